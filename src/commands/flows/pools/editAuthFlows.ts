import type { ClientRef } from '../../../connection/connections';
import { appClientNode } from '../../../tree/nodes';
import { StepCounter } from '../../../ui/prompter';
import { askAuthFlows } from '../authFlowPick';
import type { FlowDeps } from '../deps';
import { pickClient } from './poolDetails';

// Edit Authentication Flows: the multi-pick of Create App Client, pre-selected with the client's
// current flows; flows the pick does not list are kept, and refresh tokens stay allowed unless the client
// rotates them (authFlowPick.ts). The service sends the client's whole configuration with only the flows
// changed (UpdateUserPoolClient resets whatever a request leaves out).

const TITLE = 'Edit Authentication Flows';

export async function editAppClientAuthFlows(deps: FlowDeps, given?: ClientRef): Promise<string[]> {
  const { connectionId, client, steps } = given ? { ...given, steps: new StepCounter(TITLE, 1) } : await pickClient(deps, TITLE, 1);
  const cognito = deps.connections.cognito(connectionId);
  const current = await cognito.clients.describe(client.userPoolId, client.clientId);
  const flows = await askAuthFlows(deps.prompter, steps, { flows: current.authFlows, rotatesRefreshTokens: current.rotatesRefreshTokens === true });
  await deps.feedback.progress(`Updating the flows of ${client.name}…`, () => cognito.clients.updateAuthFlows(client.userPoolId, client.clientId, flows));
  deps.details.changed(appClientNode(connectionId, client).key); // an open App Client Details lists the flows
  deps.feedback.status(`$(check) ${client.name} now allows ${flows.map((f) => f.replace(/^ALLOW_/, '')).join(', ')}`);
  return flows;
}
