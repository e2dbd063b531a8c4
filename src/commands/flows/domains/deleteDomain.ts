import type { PoolRef } from '../../../connection/connections';
import { NothingToPick } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { poolDetailsChanged } from './managedLogin';

// Delete Domain: the pool's prefix domain, after a modal naming it. Apps that send people to its sign-in
// pages (or exchange codes at its token endpoint) stop working; the pool itself, its users and app
// clients stay. A pool with a domain cannot be deleted, so this comes before Delete User Pool.

interface DeleteDomainAnswers {
  pool: PoolRef;
  domain: string;
}

export async function deleteDomain(deps: FlowDeps, given?: PoolRef): Promise<void> {
  return runFlow<DeleteDomainAnswers, void>({
    title: 'Delete Domain',
    given: { pool: given },
    steps: [
      poolStep(deps),
      {
        fills: 'domain',
        load: async ({ pool: { connectionId, pool } }) => {
          const settings = (await deps.connections.cognito(connectionId).pools.describe(pool.id)).settings;
          if (!settings?.domain) {
            throw new NothingToPick(
              settings?.customDomain
                ? `The pool "${pool.name}" has the custom domain ${settings.customDomain}, which this extension does not manage; delete it in the AWS Console.`
                : `The pool "${pool.name}" has no domain.`,
            );
          }
          return settings.domain;
        },
      },
      {
        confirm: ({ pool: { pool }, domain }) =>
          deps.prompter.confirm({
            message: `Delete the domain ${domain} of ${pool.name}?`,
            detail: `Apps that use its hosted sign-in pages or its token endpoint stop working until a domain is created again. The pool, its users and app clients stay.`,
            action: 'Delete Domain',
          }),
      },
    ],
    execute: ({ pool, domain }) => remove(deps, pool, domain),
  });
}

async function remove(deps: FlowDeps, ref: PoolRef, domain: string): Promise<void> {
  const { connectionId, pool } = ref;
  await deps.feedback.progress(`Deleting the domain ${domain} of ${pool.name}…`, () => deps.connections.cognito(connectionId).domains.delete(pool.id, domain));
  poolDetailsChanged(deps, ref);
  deps.feedback.status(`$(check) Deleted the domain ${domain} of ${pool.name}`);
}
