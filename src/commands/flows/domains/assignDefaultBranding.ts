import type { PoolRef } from '../../../connection/connections';
import type { AppClient } from '../../../shared/types';
import { NothingToPick } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { brandingOfClients, poolDetailsChanged, type ClientBranding } from './managedLogin';

// Assign Default Branding: Cognito's own branding style (CreateManagedLoginBranding with
// UseCognitoProvidedValues) for an app client. Managed login (version 2) serves its pages to an app client
// only once the client has a style ("Login pages unavailable" until then); a style is per app client, so
// the flow asks which when more than one has none. Clients with a style already are not offered.

interface BrandingAnswers {
  pool: PoolRef;
  clients: ClientBranding[];
  client: AppClient;
}

export async function assignDefaultBranding(deps: FlowDeps, given?: PoolRef): Promise<AppClient> {
  return runFlow<BrandingAnswers, AppClient>({
    title: 'Assign Default Branding',
    given: { pool: given },
    steps: [
      poolStep(deps),
      {
        fills: 'clients',
        load: async ({ pool: { connectionId, pool } }) => {
          const all = await brandingOfClients(deps.connections.cognito(connectionId), pool.id);
          if (all.length === 0) throw new NothingToPick(`The pool "${pool.name}" has no app clients yet; create one first.`);
          const unbranded = all.filter((c) => !c.branded);
          if (unbranded.length === 0) throw new NothingToPick(`Every app client of ${pool.name} already has a branding style.`);
          return unbranded;
        },
      },
      {
        fills: 'client',
        ask: ({ pool: { pool }, clients }, step) =>
          deps.prompter.pick(
            clients.map(({ client }) => ({ label: client.name, description: client.clientId, value: client })),
            { ...step, placeholder: `The app client of ${pool.name} whose login pages get Cognito's default style` },
          ),
        // One client without a style: nothing to ask.
        skip: ({ clients }) => clients?.length === 1,
      },
    ],
    execute: async (answers) => assign(deps, answers.pool, answers.client ?? answers.clients[0].client),
  });
}

async function assign(deps: FlowDeps, ref: PoolRef, client: AppClient): Promise<AppClient> {
  const { connectionId, pool } = ref;
  await deps.feedback.progress(`Assigning the default branding to ${client.name}…`, () => deps.connections.cognito(connectionId).domains.assignDefaultBranding(pool.id, client.clientId));
  poolDetailsChanged(deps, ref);
  deps.feedback.status(`$(check) ${client.name} of ${pool.name} has Cognito's default branding; its managed login pages are available`);
  return client;
}
