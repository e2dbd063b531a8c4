import { CognitoError } from '../../../cognito/errors';
import type { ClientRef, PoolRef } from '../../../connection/connections';
import { appClientNode, poolNode } from '../../../tree/nodes';
import { StepCounter } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { pickUserPool } from '../pickers';
import { pickClient } from './poolDetails';

// Delete App Client: a modal confirmation. Delete User Pool: the person types the pool's name, as in
// the console. A pool with deletion protection gets a sentence and an offer to turn it off first, as a
// confirmed step of its own; a pool with a domain cannot be deleted until the domain goes.

export async function deleteAppClient(deps: FlowDeps, given?: ClientRef): Promise<void> {
  const { connectionId, client } = given ?? (await pickClient(deps, 'Delete App Client', 1));
  await deps.prompter.confirm({
    message: `Delete the app client ${client.name}?`,
    detail: `Apps using the App Client Id ${client.clientId} can no longer sign anyone in. This cannot be undone.`,
    action: 'Delete',
  });
  await deps.feedback.progress(`Deleting app client ${client.name}…`, () => deps.connections.cognito(connectionId).deleteAppClient(client.userPoolId, client.clientId));
  await deps.tree.removed([appClientNode(connectionId, client)]);
  deps.feedback.status(`$(check) Deleted app client ${client.name}`);
}

export async function deleteUserPool(deps: FlowDeps, given?: PoolRef): Promise<void> {
  const steps = new StepCounter('Delete User Pool', given ? 1 : 2);
  const { connectionId, pool } = given ?? (await pickUserPool(deps.prompter, deps.connections, steps.next()));
  const cognito = deps.connections.cognito(connectionId);
  const settings = (await cognito.describeUserPool(pool.id)).settings;
  if (settings?.domain || settings?.customDomain) {
    throw new CognitoError(`The pool "${pool.name}" still has the domain ${settings.customDomain ?? settings.domain}; delete the domain first (App integration → Domain in the AWS Console), then delete the pool.`, 'invalidParameter');
  }
  if (settings?.deletionProtection) {
    await deps.prompter.confirm({
      message: `The pool "${pool.name}" has deletion protection on. Turn it off?`,
      detail: 'Deletion protection stops anyone from deleting the pool by mistake. It is turned off first, as its own step; the pool is deleted only after you type its name next.',
      action: 'Turn Off Deletion Protection',
    });
    await deps.feedback.progress(`Turning off deletion protection of ${pool.name}…`, () => cognito.setDeletionProtection(pool.id, false));
    steps.add();
  }
  await deps.prompter.input({
    ...steps.next(),
    prompt: `Type the pool's name, ${pool.name}, to delete it with all its users, groups and app clients. This cannot be undone.`,
    placeholder: pool.name,
    validate: (value) => (value === pool.name ? undefined : `Type ${pool.name} exactly to confirm.`),
  });
  await deps.feedback.progress(`Deleting user pool ${pool.name}…`, () => cognito.deleteUserPool(pool.id));
  await deps.tree.removed([poolNode(connectionId, pool)]);
  deps.feedback.status(`$(check) Deleted user pool ${pool.name}`);
}
