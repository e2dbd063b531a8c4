import { CognitoError } from '../../../cognito/errors';
import type { ClientRef, PoolRef } from '../../../connection/connections';
import { appClientNode, poolNode } from '../../../tree/nodes';
import { StepCounter } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { pickUserPool } from '../pickers';
import { pickClient } from './poolDetails';

// Delete App Client: a modal confirmation. Delete User Pool: the person types the pool's name, as in
// the console. A pool with deletion protection gets a sentence and an offer to turn it off; it is turned
// off only once the name is typed (Esc at any step changes nothing), and back on if the delete then
// fails. A pool with a domain cannot be deleted until the domain goes.

export async function deleteAppClient(deps: FlowDeps, given?: ClientRef): Promise<void> {
  const { connectionId, client } = given ?? (await pickClient(deps, 'Delete App Client', 1));
  await deps.prompter.confirm({
    message: `Delete the app client ${client.name}?`,
    detail: `Apps using the App Client Id ${client.clientId} can no longer sign anyone in. This cannot be undone.`,
    action: 'Delete',
  });
  await deps.feedback.progress(`Deleting app client ${client.name}…`, () => deps.connections.cognito(connectionId).clients.delete(client.userPoolId, client.clientId));
  await deps.tree.removed([appClientNode(connectionId, client)]);
  deps.feedback.status(`$(check) Deleted app client ${client.name}`);
}

export async function deleteUserPool(deps: FlowDeps, given?: PoolRef): Promise<void> {
  const steps = new StepCounter('Delete User Pool', given ? 1 : 2);
  const { connectionId, pool } = given ?? (await pickUserPool(deps.prompter, deps.connections, steps.next()));
  const cognito = deps.connections.cognito(connectionId);
  const settings = (await cognito.pools.describe(pool.id)).settings;
  if (settings?.domain || settings?.customDomain) {
    throw new CognitoError(`The pool "${pool.name}" still has the domain ${settings.customDomain ?? settings.domain}; delete the domain first (App integration → Domain in the AWS Console), then delete the pool.`, 'invalidParameter');
  }
  const protectedPool = settings?.deletionProtection === true;
  if (protectedPool) {
    await deps.prompter.confirm({
      message: `The pool "${pool.name}" has deletion protection on. Turn it off to delete the pool?`,
      detail: "Deletion protection stops anyone from deleting the pool by mistake. Nothing changes until you type the pool's name next; then protection is turned off and the pool deleted (protection goes back on if the delete fails).",
      action: 'Turn Off Deletion Protection',
    });
  }
  await deps.prompter.input({
    ...steps.next(),
    prompt: `Type the pool's name, ${pool.name}, to delete it with all its users, groups and app clients. This cannot be undone.`,
    placeholder: pool.name,
    validate: (value) => (value === pool.name ? undefined : `Type ${pool.name} exactly to confirm.`),
  });
  // Every answer is in: only now does anything change.
  if (protectedPool) await deps.feedback.progress(`Turning off deletion protection of ${pool.name}…`, () => cognito.pools.setDeletionProtection(pool.id, false));
  try {
    await deps.feedback.progress(`Deleting user pool ${pool.name}…`, () => cognito.pools.delete(pool.id));
  } catch (error) {
    if (!protectedPool) throw error;
    throw await protectionRestored(error, () => cognito.pools.setDeletionProtection(pool.id, true), pool.name);
  }
  await deps.tree.removed([poolNode(connectionId, pool)]);
  deps.feedback.status(`$(check) Deleted user pool ${pool.name}`);
}

/** The delete failed after protection was turned off: turn it back on, and say so in the one sentence. */
async function protectionRestored(deleteError: unknown, protect: () => Promise<void>, poolName: string): Promise<unknown> {
  const cause = deleteError instanceof Error ? deleteError.message : String(deleteError);
  const [kind, awsName] = deleteError instanceof CognitoError ? [deleteError.kind, deleteError.awsName] : (['unknown'] as const);
  try {
    await protect();
  } catch (restoreError) {
    // Not found: the delete did happen (its answer was lost), so there is nothing to protect.
    if (restoreError instanceof CognitoError && restoreError.kind === 'notFound') return deleteError;
    return new CognitoError(
      // Whether the delete happened is unknown too (its answer may be what was lost): say what to check.
      `The pool "${poolName}" may now be without deletion protection: the delete failed (${cause.replace(/\.$/, '')}) and turning protection back on failed too; refresh the view, and if the pool is still there, turn protection on in the AWS Console.`,
      kind,
      awsName,
    );
  }
  return new CognitoError(`The pool "${poolName}" was not deleted, and its deletion protection is on again: ${cause}`, kind, awsName);
}
