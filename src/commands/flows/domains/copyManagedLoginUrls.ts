import type { ClientRef, PoolRef } from '../../../connection/connections';
import { managedLoginBaseUrl, managedLoginUrl, openIdConfigurationUrl } from '../../../connection/poolUrls';
import { copyToClipboard } from '../copyIds';
import type { FlowDeps } from '../deps';
import { endpointOf, loginLocationOf } from '../connectionPlace';
import { runFlow } from '../steps';
import { clientSteps, poolStep } from '../targetSteps';
import { domainOfPool } from './managedLogin';

// Copy Managed Login URL (an app client's sign-in page, ready to open: the domain's /login endpoint with the
// authorization code grant and the client's first callback URL) and Copy OpenID Configuration URL (the
// pool's discovery document beside its issuer). Without a domain or a callback URL there is no sign-in page
// to open: the status bar says which is missing and nothing is copied.

export async function copyManagedLoginUrl(deps: FlowDeps, given?: ClientRef): Promise<string | undefined> {
  return runFlow<{ clientPool: PoolRef; client: ClientRef }, string | undefined>({
    title: 'Copy Managed Login URL',
    given: { client: given },
    steps: clientSteps(deps),
    execute: ({ client }) => copyLoginUrl(deps, client),
  });
}

async function copyLoginUrl(deps: FlowDeps, { connectionId, client }: ClientRef): Promise<string | undefined> {
  const cognito = deps.connections.cognito(connectionId);
  const [domain, details] = await Promise.all([domainOfPool(cognito, client.userPoolId), cognito.clients.describe(client.userPoolId, client.clientId)]);
  if (!domain) {
    deps.feedback.status(`$(info) Nothing copied: the pool of ${client.name} has no domain; create one first (Create Domain…)`);
    return undefined;
  }
  const redirectUri = details.settings?.callbackUrls[0];
  if (!redirectUri) {
    deps.feedback.status(`$(info) Nothing copied: ${client.name} has no callback URL for the sign-in page to return to; add one to the app client first`);
    return undefined;
  }
  const url = managedLoginUrl(managedLoginBaseUrl(client.userPoolId, domain.domain, loginLocationOf(deps, connectionId)), client.clientId, redirectUri);
  await copyToClipboard(deps, 'Managed login URL', url);
  return url;
}

export async function copyOpenIdConfigurationUrl(deps: FlowDeps, given?: PoolRef): Promise<string> {
  return runFlow<{ pool: PoolRef }, string>({
    title: 'Copy OpenID Configuration URL',
    given: { pool: given },
    steps: [poolStep(deps)],
    execute: async ({ pool: { connectionId, pool } }) => {
      const url = openIdConfigurationUrl(pool.id, endpointOf(deps, connectionId));
      await copyToClipboard(deps, 'OpenID configuration URL', url);
      return url;
    },
  });
}
