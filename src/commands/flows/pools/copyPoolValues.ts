import type { ClientRef, PoolRef } from '../../../connection/connections';
import { consoleUrl, issuerUrl, jwksUrl, type ConsoleTarget } from '../../../connection/poolUrls';
import { configSnippet, SNIPPET_FORMATS, type SnippetFormat } from '../../../views/configSnippets';
import { copyToClipboard } from '../copyIds';
import type { FlowDeps } from '../deps';
import { NothingToPick } from '../../../ui/prompter';
import { runFlow } from '../steps';
import { clientSteps, poolStep } from '../targetSteps';
import { endpointOf, regionFor } from '../connectionPlace';

type ConfigAnswers = { clientPool: PoolRef; client: ClientRef; format: SnippetFormat };

// Copy Pool ARN / Issuer URL / JWKS URL, Copy Configuration For… (Amplify, .env, aws-jwt-verify, AWS
// CLI), and Open in AWS Console. Each works on its node or asks from the palette.

/** A command whose only question is the pool, skipped on a pool node. */
function onPool<R>(deps: FlowDeps, title: string, given: PoolRef | undefined, execute: (pool: PoolRef) => Promise<R>): Promise<R> {
  return runFlow<{ pool: PoolRef }, R>({ title, given: { pool: given }, steps: [poolStep(deps)], execute: ({ pool }) => execute(pool) });
}

export async function copyPoolArn(deps: FlowDeps, given?: PoolRef): Promise<string> {
  return onPool(deps, 'Copy Pool ARN', given, (pool) => copyArn(deps, pool));
}

async function copyArn(deps: FlowDeps, { connectionId, pool }: PoolRef): Promise<string> {
  // ListUserPools has no ARN: read it when the tree does not have it yet.
  const arn = pool.arn ?? (await deps.connections.cognito(connectionId).pools.describe(pool.id)).arn;
  if (!arn) throw new NothingToPick('This endpoint does not tell pool ARNs.');
  await copyToClipboard(deps, 'Pool ARN', arn);
  return arn;
}

export async function copyIssuerUrl(deps: FlowDeps, given?: PoolRef): Promise<string> {
  return onPool(deps, 'Copy Issuer URL', given, async ({ connectionId, pool }) => {
    const url = issuerUrl(pool.id, endpointOf(deps, connectionId));
    await copyToClipboard(deps, 'Issuer URL', url);
    return url;
  });
}

export async function copyJwksUrl(deps: FlowDeps, given?: PoolRef): Promise<string> {
  return onPool(deps, 'Copy JWKS URL', given, async ({ connectionId, pool }) => {
    const url = jwksUrl(pool.id, endpointOf(deps, connectionId));
    await copyToClipboard(deps, 'JWKS URL', url);
    return url;
  });
}

export async function copyConfig(deps: FlowDeps, given?: ClientRef): Promise<string> {
  return runFlow<ConfigAnswers, string>({
    title: 'Copy Configuration For…',
    given: { client: given },
    steps: [
      ...clientSteps<ConfigAnswers>(deps),
      {
        fills: 'format',
        ask: ({ client: { client } }, step) =>
          deps.prompter.pick<SnippetFormat>(
            SNIPPET_FORMATS.map((f) => ({ label: f.label, detail: f.detail, value: f.format })),
            { ...step, placeholder: `Configuration for the app client ${client.name}` },
          ),
      },
    ],
    execute: ({ client, format }) => copySnippet(deps, client, format),
  });
}

async function copySnippet(deps: FlowDeps, { connectionId, client }: ClientRef, format: SnippetFormat): Promise<string> {
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
