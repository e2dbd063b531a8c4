import type { ClientRef, PoolRef } from '../../../connection/connections';
import { consoleUrl, issuerUrl, jwksUrl, type ConsoleTarget } from '../../../connection/poolUrls';
import { StepCounter } from '../../../ui/prompter';
import { configSnippet, SNIPPET_FORMATS, type SnippetFormat } from '../../../views/configSnippets';
import { copyToClipboard } from '../copyIds';
import type { FlowDeps } from '../deps';
import { NothingToPick, pickUserPool } from '../pickers';
import { endpointOf, pickClient, regionFor } from './poolDetails';

// Copy Pool ARN / Issuer URL / JWKS URL, Copy Configuration For… (Amplify, .env, aws-jwt-verify, AWS
// CLI), and Open in AWS Console. Each works on its node or asks from the palette.

export async function copyPoolArn(deps: FlowDeps, given?: PoolRef): Promise<string> {
  const { connectionId, pool } = given ?? (await pickUserPool(deps.prompter, deps.connections, new StepCounter('Copy Pool ARN', 1).next()));
  // ListUserPools has no ARN: read it when the tree does not have it yet.
  const arn = pool.arn ?? (await deps.connections.cognito(connectionId).pools.describe(pool.id)).arn;
  if (!arn) throw new NothingToPick('This endpoint does not tell pool ARNs.');
  await copyToClipboard(deps, 'Pool ARN', arn);
  return arn;
}

export async function copyIssuerUrl(deps: FlowDeps, given?: PoolRef): Promise<string> {
  const { connectionId, pool } = given ?? (await pickUserPool(deps.prompter, deps.connections, new StepCounter('Copy Issuer URL', 1).next()));
  const url = issuerUrl(pool.id, endpointOf(deps, connectionId));
  await copyToClipboard(deps, 'Issuer URL', url);
  return url;
}

export async function copyJwksUrl(deps: FlowDeps, given?: PoolRef): Promise<string> {
  const { connectionId, pool } = given ?? (await pickUserPool(deps.prompter, deps.connections, new StepCounter('Copy JWKS URL', 1).next()));
  const url = jwksUrl(pool.id, endpointOf(deps, connectionId));
  await copyToClipboard(deps, 'JWKS URL', url);
  return url;
}

export async function copyConfig(deps: FlowDeps, given?: ClientRef): Promise<string> {
  const { connectionId, client, steps } = given ? { ...given, steps: new StepCounter('Copy Configuration For…', 1) } : await pickClient(deps, 'Copy Configuration For…', 1);
  const format = await deps.prompter.pick<SnippetFormat>(
    SNIPPET_FORMATS.map((f) => ({ label: f.label, detail: f.detail, value: f.format })),
    { ...steps.next(), placeholder: `Configuration for the app client ${client.name}` },
  );
  const { hasSecret } = await deps.connections.cognito(connectionId).clients.describe(client.userPoolId, client.clientId);
  const endpoint = endpointOf(deps, connectionId);
  const text = configSnippet(format, { userPoolId: client.userPoolId, clientId: client.clientId, region: regionFor(deps, connectionId, client.userPoolId), endpoint, hasSecret });
  await deps.clipboard.writeText(text);
  deps.feedback.status(`$(check) Copied the ${SNIPPET_FORMATS.find((f) => f.format === format)?.label} configuration of ${client.name}`);
  return text;
}

export async function openInConsole(deps: FlowDeps, connectionId: string, userPoolId: string, target: ConsoleTarget): Promise<void> {
  if (endpointOf(deps, connectionId)) throw new NothingToPick('This pool is on an emulator, not in AWS: the AWS Console does not know it.');
  await deps.links.open(consoleUrl(userPoolId, target));
}
