import type { AppClient, AuthFlow, CreateAppClientRequest } from '../../shared/types';
import type { PoolRef } from '../../connection/connections';
import { appClientNode } from '../../tree/nodes';
import { checkAppClientName } from '../../validation/names';
import { askAuthFlows } from './authFlowPick';
import { copyToClipboard } from './copyIds';
import type { FlowDeps } from './deps';
import { runFlow } from './steps';
import { poolStep } from './targetSteps';

// Create App Client, as the console's "Add an app":
//   1. the pool (only from the palette)
//   2. app name
//   3. generate a client secret? (default no: a public client for web and mobile apps)
//   4. authentication flows (default SRP; refresh tokens are always allowed; authFlowPick.ts)
// then CreateUserPoolClient, reveal the client, and offer to copy its App Client Id. A generated
// secret is never shown, logged or returned by CognitoApi.

const TITLE = 'Create App Client';

interface CreateAppClientAnswers {
  pool: PoolRef;
  name: string;
  generateSecret: boolean;
  authFlows: AuthFlow[];
}

export async function createAppClient(deps: FlowDeps, pool?: PoolRef): Promise<AppClient> {
  const { prompter } = deps;
  return runFlow<CreateAppClientAnswers, AppClient>({
    title: TITLE,
    given: { pool },
    steps: [
      poolStep(deps),
      {
        fills: 'name',
        ask: ({ pool: { pool: target } }, step) =>
          prompter.input({
            ...step,
            prompt: `App client name in "${target.name}": letters, digits, spaces and + = , . @ - _`,
            placeholder: 'my-web-app',
            validate: checkAppClientName,
          }),
      },
      {
        fills: 'generateSecret',
        ask: (_, step) =>
          prompter.pick(
            [
              { label: 'No client secret', detail: 'A public client: web and mobile apps, which cannot keep a secret (recommended)', value: false },
              { label: 'Generate a client secret', detail: 'A confidential client: server-side apps that can keep a secret', value: true },
            ],
            { ...step, placeholder: 'Generate a client secret?' },
          ),
      },
      { fills: 'authFlows', ask: (_, step) => askAuthFlows(prompter, step) },
    ],
    execute: ({ pool: { connectionId, pool: target }, name, generateSecret, authFlows }) => create(deps, connectionId, { userPoolId: target.id, name, generateSecret, authFlows }),
  });
}

async function create(deps: FlowDeps, connectionId: string, request: CreateAppClientRequest): Promise<AppClient> {
  const client = await deps.feedback.progress(`Creating app client "${request.name}"…`, () => deps.connections.cognito(connectionId).clients.create(request));
  await deps.tree.showCreated(appClientNode(connectionId, client));
  const secretNote = request.generateSecret ? ' Its client secret is not shown here; read it in the AWS Console when you need it.' : '';
  const lost = client.recovered ? " (Cognito's answer was lost on the way; the new client was found, so it was not created twice)" : '';
  void deps.feedback.info(`Created app client "${client.name}"${lost}. App Client Id: ${client.clientId}.${secretNote}`, 'Copy App Client Id').then((choice) => {
    if (choice) return copyToClipboard(deps, 'App Client Id', client.clientId);
  });
  return client;
}
