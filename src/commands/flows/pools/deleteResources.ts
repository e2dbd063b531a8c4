import { CognitoError } from '../../../shared/errors';
import type { ClientRef, PoolRef } from '../../../connection/connections';
import { appClientNode, poolNode } from '../../../tree/nodes';
import type { UserPoolDetails } from '../../../shared/types';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { clientSteps, poolStep } from '../targetSteps';

// Delete App Client: a modal confirmation. Delete User Pool: the person types the pool's name, as in
// the console. A pool with deletion protection gets a sentence and an offer to turn it off; it is turned
// off only once the name is typed (Esc at any step changes nothing), and back on if the delete then
// fails. A pool with a domain cannot be deleted until the domain goes.

export async function deleteAppClient(deps: FlowDeps, given?: ClientRef): Promise<void> {
  return runFlow<{ clientPool: PoolRef; client: ClientRef }, void>({
    title: 'Delete App Client',
    given: { client: given },
    steps: [
      ...clientSteps(deps),
      {
        confirm: ({ client: { client } }) =>
          deps.prompter.confirm({
            message: `Delete the app client ${client.name}?`,
            detail: `Apps using the App Client Id ${client.clientId} can no longer sign anyone in. This cannot be undone.`,
            action: 'Delete',
          }),
      },
    ],
    execute: ({ client }) => deleteClient(deps, client),
  });
}

async function deleteClient(deps: FlowDeps, { connectionId, client }: ClientRef): Promise<void> {
  await deps.feedback.progress(`Deleting app client ${client.name}…`, () => deps.connections.cognito(connectionId).clients.delete(client.userPoolId, client.clientId));
  await deps.tree.removed([appClientNode(connectionId, client)]);
  deps.feedback.status(`$(check) Deleted app client ${client.name}`);
}

interface DeletePoolAnswers {
  pool: PoolRef;
  settings: UserPoolDetails['settings'];
  name: string;
}

export async function deleteUserPool(deps: FlowDeps, given?: PoolRef): Promise<void> {
  return runFlow<DeletePoolAnswers, void>({
    title: 'Delete User Pool',
    given: { pool: given },
    steps: [
      poolStep(deps),
      { fills: 'settings', load: ({ pool: { connectionId, pool } }) => deletableSettings(deps, connectionId, pool.id, pool.name) },
      {
        skip: (a) => a.settings?.deletionProtection !== true,
        confirm: ({ pool: { pool } }) =>
          deps.prompter.confirm({
            message: `The pool "${pool.name}" has deletion protection on. Turn it off to delete the pool?`,
            detail: "Deletion protection stops anyone from deleting the pool by mistake. Nothing changes until you type the pool's name next; then protection is turned off and the pool deleted (protection goes back on if the delete fails).",
            action: 'Turn Off Deletion Protection',
          }),
      },
      {
        fills: 'name',
        ask: ({ pool: { pool } }, step) =>
          deps.prompter.input({
            ...step,
            prompt: `Type the pool's name, ${pool.name}, to delete it with all its users, groups and app clients. This cannot be undone.`,
            placeholder: pool.name,
            validate: (value) => (value === pool.name ? undefined : `Type ${pool.name} exactly to confirm.`),
          }),
      },
    ],
    execute: ({ pool, settings }) => deletePool(deps, pool, settings?.deletionProtection === true),
  });
}

/** The pool's settings, once it is clear the pool can go: a pool with a domain cannot. */
async function deletableSettings(deps: FlowDeps, connectionId: string, userPoolId: string, poolName: string): Promise<UserPoolDetails['settings']> {
  const settings = (await deps.connections.cognito(connectionId).pools.describe(userPoolId)).settings;
  if (settings?.domain || settings?.customDomain) {
    // A custom domain is not this extension's to delete (its certificate and DNS are elsewhere): the console's.
    const how = settings.customDomain ? 'delete the domain first (App integration → Domain in the AWS Console)' : 'run Delete Domain on the pool first';
    throw new CognitoError(`The pool "${poolName}" still has the domain ${settings.customDomain ?? settings.domain}; ${how}, then delete the pool.`, 'invalidParameter');
  }
  return settings;
}

async function deletePool(deps: FlowDeps, { connectionId, pool }: PoolRef, protectedPool: boolean): Promise<void> {
  const cognito = deps.connections.cognito(connectionId);
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
