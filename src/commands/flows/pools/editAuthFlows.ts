import type { AppClientDetails, AuthFlow } from '../../../shared/types';
import type { ClientRef, PoolRef } from '../../../connection/connections';
import { appClientNode } from '../../../tree/nodes';
import { askAuthFlows } from '../authFlowPick';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { clientSteps } from '../targetSteps';

// Edit Authentication Flows: the multi-pick of Create App Client, pre-selected with the client's
// current flows; flows the pick does not list are kept, and refresh tokens stay allowed unless the client
// rotates them (authFlowPick.ts). The service sends the client's whole configuration with only the flows
// changed (UpdateUserPoolClient resets whatever a request leaves out).

const TITLE = 'Edit Authentication Flows';

interface EditAuthFlowsAnswers {
  clientPool: PoolRef;
  client: ClientRef;
  current: AppClientDetails;
  flows: AuthFlow[];
}

export async function editAppClientAuthFlows(deps: FlowDeps, given?: ClientRef): Promise<string[]> {
  return runFlow<EditAuthFlowsAnswers, string[]>({
    title: TITLE,
    given: { client: given },
    steps: [
      ...clientSteps<EditAuthFlowsAnswers>(deps),
      { fills: 'current', load: ({ client: { connectionId, client } }) => deps.connections.cognito(connectionId).clients.describe(client.userPoolId, client.clientId) },
      { fills: 'flows', ask: ({ current }, step) => askAuthFlows(deps.prompter, step, { flows: current.authFlows, rotatesRefreshTokens: current.rotatesRefreshTokens === true }) },
    ],
    execute: ({ client, flows }) => update(deps, client, flows),
  });
}

async function update(deps: FlowDeps, { connectionId, client }: ClientRef, flows: AuthFlow[]): Promise<string[]> {
  const cognito = deps.connections.cognito(connectionId);
  await deps.feedback.progress(`Updating the flows of ${client.name}…`, () => cognito.clients.updateAuthFlows(client.userPoolId, client.clientId, flows));
  deps.details.changed(appClientNode(connectionId, client).key); // an open App Client Details lists the flows
  deps.feedback.status(`$(check) ${client.name} now allows ${flows.map((f) => f.replace(/^ALLOW_/, '')).join(', ')}`);
  return flows;
}
