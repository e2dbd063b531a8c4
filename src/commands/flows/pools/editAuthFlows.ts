import type { AppClientDetails, AuthFlow } from '../../../shared/types';
import type { ClientRef, PoolRef } from '../../../connection/connections';
import { appClientNode } from '../../../tree/nodes';
import { allowNames, askAuthFlows } from '../authFlowPick';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { clientSteps } from '../targetSteps';

// Edit Authentication Flows: the multi-pick of Create App Client, pre-selected with the client's
// current flows; flows the pick does not list are kept, and refresh tokens stay allowed unless the client
// rotates them (authFlowPick.ts). It ends with the summary every edit ends with (changeSummary.ts): the
// flows before → after and what that means for sessions already open; the same flows send nothing. The
// service sends the client's whole configuration with only the flows changed (UpdateUserPoolClient resets
// whatever a request leaves out).

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
      confirmChanges<EditAuthFlowsAnswers>(deps, {
        subject: ({ client }) => `the authentication flows of ${client.client.name}`,
        // Sorted, so the same flows in another order read the same and are no change.
        changes: ({ current, flows }) => [{ setting: 'Authentication flows', before: flowsText(current.authFlows), after: flowsText(flows) }],
        consequence: ({ current, flows }) => sessionsSentence(current.authFlows, flows),
      }),
    ],
    execute: ({ client, flows }) => update(deps, client, flows),
  });
}

function flowsText(flows: readonly string[]): string {
  return flows.length > 0 ? [...new Set(flows)].sort().join(', ') : 'none';
}

/** What the change means for sign-ins already made (the developer guide's "Revoking tokens": only a
 *  revocation or a global sign-out ends a session; a client's settings govern new requests). */
export function sessionsSentence(current: readonly string[], after: readonly string[]): string {
  const before = allowNames(current); // a legacy name allows what its ALLOW_ name does: renaming it changes nothing
  const removed = before.filter((flow) => !after.includes(flow));
  const added = after.filter((flow) => !before.includes(flow));
  if (removed.length === 0 && added.length === 0) return 'The legacy flow names are saved as their ALLOW_ names, which allow the same sign-ins; sessions already open are unaffected.';
  if (removed.length === 0) return `Apps may sign in with ${added.join(', ')} from now on; sessions already open are unaffected.`;
  const refreshOff = removed.includes('ALLOW_REFRESH_TOKEN_AUTH') ? ' (refresh tokens can no longer get new ones)' : '';
  return `New sign-ins with ${removed.join(', ')} are refused from now on${refreshOff}, but no one is signed out: tokens already issued stay valid until they expire.`;
}

async function update(deps: FlowDeps, { connectionId, client }: ClientRef, flows: AuthFlow[]): Promise<string[]> {
  const cognito = deps.connections.cognito(connectionId);
  await deps.feedback.progress(`Updating the flows of ${client.name}…`, () => cognito.clients.updateAuthFlows(client.userPoolId, client.clientId, flows));
  deps.details.changed(appClientNode(connectionId, client).key); // an open App Client Details lists the flows
  deps.feedback.status(`$(check) ${client.name} now allows ${flows.map((f) => f.replace(/^ALLOW_/, '')).join(', ')}`);
  return flows;
}
