import type { PoolRef } from '../../../connection/connections';
import { managedLoginBaseUrl } from '../../../connection/poolUrls';
import type { ManagedLoginVersion } from '../../../shared/types';
import { NothingToPick } from '../../../ui/prompter';
import { checkDomainPrefix } from '../../../validation/domainPrefix';
import type { FlowDeps } from '../deps';
import { loginLocationOf } from '../connectionPlace';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { poolDetailsChanged } from './managedLogin';

// Create Domain…: a prefix domain for the pool's managed login pages, `<prefix>.auth.<region>.amazoncognito.com`.
// The prefix is checked as it is typed with Cognito's own rule; whether another pool holds it only Cognito
// can say. Managed login (version 2) is the default, as in the AWS Console; its pages need a branding style
// per app client (Assign Default Branding), the classic hosted UI (version 1) does not.

interface CreateDomainAnswers {
  pool: PoolRef;
  free: true;
  prefix: string;
  version: ManagedLoginVersion;
}

export async function createDomain(deps: FlowDeps, given?: PoolRef): Promise<string> {
  return runFlow<CreateDomainAnswers, string>({
    title: 'Create Domain',
    given: { pool: given },
    steps: [
      poolStep(deps),
      {
        fills: 'free',
        load: async ({ pool: { connectionId, pool } }) => {
          const domain = (await deps.connections.cognito(connectionId).pools.describe(pool.id)).settings?.domain;
          // A pool has at most one domain (CreateUserPoolDomain refuses a second).
          if (domain) throw new NothingToPick(`The pool "${pool.name}" already has the domain ${domain}; delete it first to use another prefix.`);
          return true;
        },
      },
      {
        fills: 'prefix',
        ask: ({ pool: { pool } }, step) =>
          deps.prompter.input({
            ...step,
            prompt: `Domain prefix for the sign-in pages of ${pool.name}: lower-case letters, numbers and hyphens, unique in the Region`,
            placeholder: suggestedPrefix(pool.name),
            validate: checkDomainPrefix,
          }),
      },
      {
        fills: 'version',
        ask: (_answers, step) =>
          deps.prompter.pick<ManagedLoginVersion>(
            [
              { label: 'Managed login', description: 'version 2', detail: 'The current sign-in pages; each app client needs a branding style (Assign Default Branding).', value: 2 },
              { label: 'Hosted UI (classic)', description: 'version 1', detail: 'The older sign-in pages; no branding style needed.', value: 1 },
            ],
            { ...step, placeholder: 'Which sign-in pages the domain serves' },
          ),
      },
    ],
    execute: ({ pool, prefix, version }) => create(deps, pool, prefix, version),
  });
}

async function create(deps: FlowDeps, ref: PoolRef, prefix: string, version: ManagedLoginVersion): Promise<string> {
  const { connectionId, pool } = ref;
  await deps.feedback.progress(`Creating the domain ${prefix} of ${pool.name}…`, () => deps.connections.cognito(connectionId).domains.create(pool.id, prefix, version));
  poolDetailsChanged(deps, ref);
  const base = managedLoginBaseUrl(pool.id, prefix, loginLocationOf(deps, connectionId));
  deps.feedback.status(
    version === 2
      ? `$(check) Created the domain ${base}; its login pages work for an app client once it has a branding style (Assign Default Branding)`
      : `$(check) Created the domain ${base}`,
  );
  return prefix;
}

/** A prefix that passes Cognito's rule, from the pool's name ("Shop Users" → "shop-users"). */
export function suggestedPrefix(poolName: string): string {
  const prefix = poolName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return prefix || 'my-app';
}
