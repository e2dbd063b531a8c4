import type { AppClient, CreateAppClientRequest, UserPool } from '../../cognito/types';
import type { PoolRef } from '../../connection/connections';
import { appClientNode } from '../../tree/nodes';
import { StepCounter, type Prompter } from '../../ui/prompter';
import { checkAppClientName } from '../../validation/names';
import { askAuthFlows } from './authFlowPick';
import { copyToClipboard } from './copyIds';
import type { FlowDeps } from './deps';
import { pickUserPool } from './pickers';

// Create App Client, as the console's "Add an app":
//   1. the pool (only from the palette)
//   2. app name
//   3. generate a client secret? (default no: a public client for web and mobile apps)
//   4. authentication flows (default SRP; refresh tokens are always allowed; authFlowPick.ts)
// then CreateUserPoolClient, reveal the client, and offer to copy its App Client Id. A generated
// secret is never shown, logged or returned by CognitoApi.

const TITLE = 'Create App Client';

export async function askCreateAppClient(prompter: Prompter, pickPool: (steps: StepCounter) => Promise<UserPool>, poolGiven: boolean): Promise<CreateAppClientRequest> {
  const steps = new StepCounter(TITLE, poolGiven ? 3 : 4);
  const pool = await pickPool(steps);
  const name = await prompter.input({
    ...steps.next(),
    prompt: `App client name in "${pool.name}": letters, digits, spaces and + = , . @ - _`,
    placeholder: 'my-web-app',
    validate: checkAppClientName,
  });
  const generateSecret = await prompter.pick(
    [
      { label: 'No client secret', detail: 'A public client: web and mobile apps, which cannot keep a secret (recommended)', value: false },
      { label: 'Generate a client secret', detail: 'A confidential client: server-side apps that can keep a secret', value: true },
    ],
    { ...steps.next(), placeholder: 'Generate a client secret?' },
  );
  const authFlows = await askAuthFlows(prompter, steps);
  return { userPoolId: pool.id, name, generateSecret, authFlows };
}

export async function createAppClient(deps: FlowDeps, pool?: PoolRef): Promise<AppClient> {
  let target = pool;
  const pickPool = async (steps: StepCounter) => (target ??= await pickUserPool(deps.prompter, deps.connections, steps.next())).pool;
  const request = await askCreateAppClient(deps.prompter, pickPool, pool !== undefined);
  const { connectionId } = target as PoolRef;
  const client = await deps.feedback.progress(`Creating app client "${request.name}"…`, () => deps.connections.cognito(connectionId).clients.create(request));
  await deps.tree.showCreated(appClientNode(connectionId, client));
  const secretNote = request.generateSecret ? ' Its client secret is not shown here; read it in the AWS Console when you need it.' : '';
  const lost = client.recovered ? " (Cognito's answer was lost on the way; the new client was found, so it was not created twice)" : '';
  void deps.feedback.info(`Created app client "${client.name}"${lost}. App Client Id: ${client.clientId}.${secretNote}`, 'Copy App Client Id').then((choice) => {
    if (choice) return copyToClipboard(deps, 'App Client Id', client.clientId);
  });
  return client;
}
