import * as assert from 'node:assert/strict';
import { CognitoError } from '../../src/shared/errors';
import type { Page, UserPool } from '../../src/shared/types';
import { contextValueOf } from '../../src/tree/contextValue';
import { KINDS, specOf, type KindRegistry, type NodeKind } from '../../src/tree/kinds';
import { listed, type KindSpec, type Row } from '../../src/tree/kinds/kindSpec';
import { TreeModel } from '../../src/tree/model';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { folderNodes, poolNode, type LoadMoreNode, type TreeNode } from '../../src/tree/nodes';
import { singleConnection } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';

// A node kind is one specification (src/tree/kinds/): a kind the tree has never seen, written in this
// file alone, is listed page by page, refreshed, shown and given its context value by the model and
// the row code as they are. (A real one is a file under src/tree/kinds/ and its entry in the registry,
// kinds/index.ts; a folder of a pool also goes into folderNodes in kinds/pool.ts, as the test's pool does.)

interface DomainsFolderNode {
  kind: 'domainsFolder';
  key: string;
  parentKey: string;
  connectionId: string;
  pool: UserPool;
}

interface DomainNode {
  kind: 'domain';
  key: string;
  parentKey: string;
  connectionId: string;
  domain: string;
}

/** A made-up paged API: a pool's domains, two a page, with a continuation token as Cognito's lists have. */
class Domains {
  names: string[] = [];
  tokens: (string | undefined)[] = [];
  failNext?: CognitoError;
  async list(poolId: string, token?: string): Promise<Page<string>> {
    this.tokens.push(token);
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
    const start = Number(token ?? 0);
    const next = start + 2 < this.names.length ? String(start + 2) : undefined;
    return { items: this.names.slice(start, start + 2).map((name) => `${name}.${poolId}`), nextToken: next };
  }
}

function domainKinds(domains: Domains): KindRegistry {
  const domainsFolder: KindSpec<DomainsFolderNode> = {
    row: () => ({ label: 'Domains', icon: { id: 'globe' }, collapsible: 'collapsed' }),
    children: listed({
      page: (folder: DomainsFolderNode, { token }) => domains.list(folder.pool.id, token),
      toNode: (domain, folder) => ({ kind: 'domain', key: `${folder.key}/${domain}`, parentKey: folder.key, connectionId: folder.connectionId, domain }) as DomainNode as unknown as TreeNode,
      empty: 'No domains',
    }),
  };
  const domain: KindSpec<DomainNode> = {
    row: (node) => ({ label: node.domain, icon: { id: 'link' }, collapsible: 'none' }),
    tokens: (node) => [node.domain.startsWith('sso.') && 'sso'],
  };
  const pool: KindSpec = {
    ...KINDS.pool,
    children: {
      fixed: (node) => {
        if (node.kind !== 'pool') return [];
        const folder: DomainsFolderNode = { kind: 'domainsFolder', key: `${node.key}/domains`, parentKey: node.key, connectionId: node.connectionId, pool: node.pool };
        return [...folderNodes(node.connectionId, node.pool), folder as unknown as TreeNode];
      },
    },
  };
  return { ...KINDS, pool, domainsFolder, domain } as unknown as KindRegistry;
}

describe('tree node kinds: a new kind is one specification', () => {
  let cognito: FakeCognito;
  let domains: Domains;
  let kinds: KindRegistry;
  let model: TreeModel;
  let poolId: string;
  beforeEach(() => {
    cognito = new FakeCognito();
    poolId = cognito.addPool('shop').id;
    domains = new Domains();
    kinds = domainKinds(domains);
    model = new TreeModel(singleConnection(cognito), undefined, kinds);
  });

  const row = (node: TreeNode): Row & { contextValue: string } => ({ ...specOf(node, kinds).row(node, undefined), contextValue: contextValueOf(node, false, kinds) });
  async function domainsFolder(): Promise<TreeNode> {
    const [pool] = await model.getChildren();
    const folders = await model.getChildren(pool);
    assert.deepEqual(folders.map((n) => n.kind), ['appClientsFolder', 'usersFolder', 'groupsFolder', 'resourceServersFolder', 'domainsFolder']);
    return folders[4];
  }

  it('lists the made-up kind one page per call, loads more from the token, and renders each row', async () => {
    domains.names = ['auth', 'sso', 'login'];
    const folder = await domainsFolder();
    const first = await model.getChildren(folder);
    assert.deepEqual(first.map((n) => row(n).label), [`auth.${poolId}`, `sso.${poolId}`, 'Load more…']);
    assert.deepEqual(domains.tokens, [undefined]);
    await model.loadMore(first[2] as LoadMoreNode);
    const all = await model.getChildren(folder);
    assert.deepEqual(domains.tokens, [undefined, '2'], 'the continuation token is passed back');
    assert.deepEqual(all.map((n) => row(n).contextValue), ['domain', 'domain sso', 'domain']);
    assert.deepEqual(row(all[2]), { label: `login.${poolId}`, icon: { id: 'link' }, collapsible: 'none', contextValue: 'domain' });
    assert.equal(all[2].key, `${folder.key}/login.${poolId}`);
    assert.deepEqual(row(folder), { label: 'Domains', icon: { id: 'globe' }, collapsible: 'collapsed', contextValue: 'domainsFolder' });
    assert.equal(model.getParent(all[2]), folder);
  });

  it('shows its empty text, a failed load as an error row, and starts over on refresh', async () => {
    const folder = await domainsFolder();
    assert.deepEqual((await model.getChildren(folder)).map((n) => [n.kind, row(n).label]), [['empty', 'No domains']]);
    domains.failNext = new CognitoError('Cognito is throttling requests right now; wait a moment and retry.', 'throttled');
    model.refresh(folder);
    const failed = await model.getChildren(folder);
    assert.deepEqual(failed.map((n) => [row(n).contextValue, row(n).label]), [['error', 'Cognito is throttling requests right now; wait a moment and retry.']]);
    domains.names = ['sso'];
    model.refresh(failed[0]);
    assert.deepEqual((await model.getChildren(folder)).map((n) => row(n).contextValue), ['domain sso']);
    assert.deepEqual(domains.tokens, [undefined, undefined, undefined]);
  });
});

// What each kind's row and context value are, as treeItems.ts and package.json's menus see them. The
// table is keyed by kind, so a kind added to the tree without a sample here does not compile.

const POOL_ID = 'ap-southeast-4_Xy9Kinds';
const ARN = `arn:aws:cognito-idp:ap-southeast-4:123456789012:userpool/${POOL_ID}`;
const base = { parentKey: 'c/k', connectionId: 'k' };
const pool = { id: POOL_ID, name: 'shop_[main]', arn: ARN };
const ida = { username: 'ida', status: 'FORCE_CHANGE_PASSWORD', enabled: true, email: 'ida@example.org', phoneNumber: '+14155550123' };

type Sample = { node: TreeNode; filter?: string; row: Partial<Row> & { contextValue: string } };
const node = (kind: string, fields: object) => ({ kind, key: `c/k/${kind}`, ...base, ...fields }) as unknown as TreeNode;
const connectionNode = (label: string, settings: object) => ({ kind: 'connection', key: 'c/k', connectionId: 'k', connection: { id: 'k', label, settings } }) as TreeNode;

const SAMPLES: Record<NodeKind, Sample[]> = {
  connection: [
    {
      node: connectionNode('Audit', { profile: 'auditor', region: 'ap-southeast-4' }),
      row: { label: 'Audit', description: 'auditor · ap-southeast-4', tooltip: 'Audit\nAWS profile: auditor\nRegion: ap-southeast-4', icon: { id: 'cloud' }, collapsible: 'expanded', contextValue: 'connection' },
    },
    {
      // The endpoint's user:password is a secret: neither the description nor the tooltip shows it.
      node: connectionNode('Local', { endpoint: 'http://admin:s3cret@127.0.0.1:9230', region: 'eu-central-2' }),
      row: { label: 'Local', description: '127.0.0.1:9230 · eu-central-2', tooltip: 'Local\nEndpoint: http://127.0.0.1:9230\nRegion: eu-central-2', icon: { id: 'plug' }, collapsible: 'expanded', contextValue: 'connection' },
    },
    {
      node: connectionNode('default credentials', {}),
      row: { label: 'default credentials', description: '', tooltip: 'default credentials\nAWS profile: the default credential chain\nRegion: the profile’s region', icon: { id: 'cloud' }, collapsible: 'expanded', contextValue: 'connection' },
    },
  ],
  pool: [
    {
      node: node('pool', { pool }),
      row: {
        label: 'shop_[main]',
        description: POOL_ID,
        // No tooltip on the row: the hover makes it (the test below), so the first render reads no locale data.
        icon: { id: 'organization' },
        collapsible: 'collapsed',
        contextValue: 'pool',
      },
    },
  ],
  appClientsFolder: [{ node: node('appClientsFolder', { pool }), row: { label: 'App clients', icon: { id: 'symbol-interface' }, collapsible: 'collapsed', contextValue: 'appClientsFolder' } }],
  usersFolder: [
    { node: node('usersFolder', { pool }), row: { label: 'Users', icon: { id: 'person' }, collapsible: 'collapsed', contextValue: 'usersFolder' } },
    {
      node: node('usersFolder', { pool }),
      filter: 'email starts with "a"',
      row: { label: 'Users', description: 'filter: email starts with "a"', icon: { id: 'person' }, collapsible: 'collapsed', contextValue: 'usersFolder filtered' },
    },
  ],
  groupsFolder: [{ node: node('groupsFolder', { pool }), row: { label: 'Groups', icon: { id: 'shield' }, collapsible: 'collapsed', contextValue: 'groupsFolder' } }],
  resourceServersFolder: [{ node: node('resourceServersFolder', { pool }), row: { label: 'Resource servers', icon: { id: 'server' }, collapsible: 'collapsed', contextValue: 'resourceServersFolder' } }],
  identityPoolsFolder: [
    { node: node('identityPoolsFolder', {}), row: { label: 'Identity pools', icon: { id: 'key' }, collapsible: 'collapsed', contextValue: 'identityPoolsFolder' } },
  ],
  identityPool: [
    {
      node: node('identityPool', { identityPool: { id: 'ap-southeast-4:5f0c1d2e-aaaa-bbbb-cccc-0123456789ab', name: 'shop <guests>' } }),
      row: {
        label: 'shop <guests>',
        description: 'ap-southeast-4:5f0c1d2e-aaaa-bbbb-cccc-0123456789ab',
        tooltip: 'shop <guests>\nIdentity pool Id: ap-southeast-4:5f0c1d2e-aaaa-bbbb-cccc-0123456789ab',
        icon: { id: 'key' },
        collapsible: 'none',
        contextValue: 'identityPool',
      },
    },
  ],
  resourceServer: [
    {
      node: node('resourceServer', {
        server: { userPoolId: POOL_ID, identifier: 'https://orders.example.com/v2', name: 'Orders, "v2"', scopes: [{ name: 'orders.read', description: 'Read the orders' }, { name: 'orders:write', description: 'Place, "change" orders' }] },
      }),
      row: {
        label: 'Orders, "v2"',
        description: 'https://orders.example.com/v2 · orders.read, orders:write',
        tooltip: 'Orders, "v2"\nIdentifier: https://orders.example.com/v2\nScopes:\n  https://orders.example.com/v2/orders.read — Read the orders\n  https://orders.example.com/v2/orders:write — Place, "change" orders',
        icon: { id: 'server' },
        collapsible: 'none',
        contextValue: 'resourceServer',
      },
    },
    {
      node: node('resourceServer', { server: { userPoolId: POOL_ID, identifier: 'inventory', name: 'Inventory', scopes: [] } }),
      row: { label: 'Inventory', description: 'inventory · no scopes', tooltip: 'Inventory\nIdentifier: inventory\nNo scopes', icon: { id: 'server' }, collapsible: 'none', contextValue: 'resourceServer' },
    },
  ],
  appClient: [
    {
      node: node('appClient', { client: { userPoolId: POOL_ID, clientId: '7kindsclient', name: 'web, "main"' } }),
      row: { label: 'web, "main"', description: '7kindsclient', tooltip: 'web, "main"\nApp Client Id: 7kindsclient', icon: { id: 'key' }, collapsible: 'none', contextValue: 'appClient' },
    },
  ],
  user: [
    {
      node: node('user', { userPoolId: POOL_ID, user: ida }),
      row: {
        label: 'ida',
        description: 'FORCE_CHANGE_PASSWORD · ida@example.org',
        tooltip: 'ida\nStatus: FORCE_CHANGE_PASSWORD\nE-mail: ida@example.org\nPhone: +14155550123',
        icon: { id: 'key', color: 'list.warningForeground' },
        collapsible: 'none',
        contextValue: 'user enabled force_change_password',
      },
    },
    {
      node: node('user', { userPoolId: POOL_ID, user: { username: 'bo', status: 'CONFIRMED', enabled: false } }),
      row: { label: 'bo', description: 'disabled, CONFIRMED', tooltip: 'bo\nStatus: disabled, CONFIRMED', icon: { id: 'circle-slash', color: 'disabledForeground' }, collapsible: 'none', contextValue: 'user disabled confirmed' },
    },
    {
      node: node('user', { userPoolId: POOL_ID, user: { username: 'cy', status: 'CONFIRMED', enabled: true } }),
      row: { label: 'cy', description: 'CONFIRMED', tooltip: 'cy\nStatus: CONFIRMED', icon: { id: 'pass', color: 'testing.iconPassed' }, collapsible: 'none', contextValue: 'user enabled confirmed' },
    },
    {
      node: node('user', { userPoolId: POOL_ID, user: { username: 'dee', status: 'EXTERNAL_PROVIDER', enabled: true } }),
      row: { label: 'dee', description: 'EXTERNAL_PROVIDER', tooltip: 'dee\nStatus: EXTERNAL_PROVIDER', icon: { id: 'account' }, collapsible: 'none', contextValue: 'user enabled external_provider' },
    },
  ],
  group: [
    {
      node: node('group', { group: { userPoolId: POOL_ID, name: 'editors', precedence: 0, description: 'People who "edit"', roleArn: 'arn:aws:iam::123456789012:role/Editors' } }),
      row: {
        label: 'editors',
        description: 'precedence 0 · People who "edit"',
        tooltip: 'editors\nPeople who "edit"\nPrecedence: 0\nIAM role: arn:aws:iam::123456789012:role/Editors',
        icon: { id: 'shield' },
        collapsible: 'collapsed',
        contextValue: 'group',
      },
    },
    { node: node('group', { group: { userPoolId: POOL_ID, name: 'ops' } }), row: { label: 'ops', description: '', tooltip: 'ops', icon: { id: 'shield' }, collapsible: 'collapsed', contextValue: 'group' } },
  ],
  member: [
    {
      node: node('member', { userPoolId: POOL_ID, groupName: 'editors', user: { username: 'eve', status: 'UNCONFIRMED', enabled: true, email: 'eve@example.org' } }),
      row: {
        label: 'eve',
        description: 'UNCONFIRMED · eve@example.org',
        tooltip: 'eve\nStatus: UNCONFIRMED\nE-mail: eve@example.org\nMember of editors',
        icon: { id: 'mail', color: 'list.warningForeground' },
        collapsible: 'none',
        contextValue: 'member enabled unconfirmed',
      },
    },
  ],
  empty: [{ node: node('empty', { message: 'No members' }), row: { label: 'No members', collapsible: 'none', contextValue: 'empty' } }],
  error: [
    {
      node: node('error', { message: 'Your AWS session expired; run aws sso login.', reason: 'expiredSession' }),
      row: {
        label: 'Your AWS session expired; run aws sso login.',
        tooltip: 'Your AWS session expired; run aws sso login.\nClick to retry.',
        icon: { id: 'error', color: 'errorForeground' },
        collapsible: 'none',
        command: { id: 'cognito.refresh', title: 'Retry' },
        contextValue: 'error expiredSession',
      },
    },
    {
      node: node('error', { message: 'Cognito is throttling.', reason: 'throttled' }),
      row: { label: 'Cognito is throttling.', tooltip: 'Cognito is throttling.\nClick to retry.', icon: { id: 'error', color: 'errorForeground' }, collapsible: 'none', command: { id: 'cognito.refresh', title: 'Retry' }, contextValue: 'error' },
    },
  ],
  loadMore: [
    { node: node('loadMore', { token: 't:2' }), row: { label: 'Load more…', icon: { id: 'ellipsis' }, collapsible: 'none', command: { id: 'cognito.loadMore', title: 'Load more' }, contextValue: 'loadMore' } },
  ],
};

/** The row without the members a kind leaves out, as VS Code sees them (undefined is no member). */
function shown(sample: Sample): Partial<Row> & { contextValue: string } {
  const row = specOf(sample.node).row(sample.node, sample.filter);
  const present = Object.entries(row).filter(([, value]) => value !== undefined);
  return { ...Object.fromEntries(present), contextValue: contextValueOf(sample.node, Boolean(sample.filter)) };
}

describe('tree node kinds: every kind’s row and context value', () => {
  for (const [kind, samples] of Object.entries(SAMPLES)) {
    it(`${kind}: label, description, tooltip, icon, click and tokens`, () => {
      for (const sample of samples) assert.deepEqual(shown(sample), sample.row, sample.node.key);
    });
  }

  it('the registry has a specification for every kind in the table, and the table a sample for every kind', () => {
    assert.deepEqual(Object.keys(KINDS).sort(), Object.keys(SAMPLES).sort());
  });

  it('no row shows the password of an endpoint’s user:password', () => {
    for (const sample of Object.values(SAMPLES).flat()) assert.doesNotMatch(JSON.stringify(shown(sample)), /s3cret/);
  });

  it('a pool’s tooltip comes on hover: its ARN fetched with one call for the row pointed at, none when the row has it, and the rest when the call fails', async () => {
    const cognito = new FakeCognito();
    const stored = cognito.addPool('shop', { arn: ARN });
    const source = singleConnection(cognito);
    const bare = poolNode(SINGLE_CONNECTION_ID, { id: stored.id, name: 'shop' });
    assert.deepEqual(await specOf(bare).hoverTooltip?.(bare, source), { markdown: `**shop**\n\nPool Id: \`${stored.id}\`\n\nARN: \`${ARN}\`` });
    assert.deepEqual(cognito.calls.map((c) => [c.method, ...c.args]), [['pools.describe', stored.id]]);
    const known = poolNode(SINGLE_CONNECTION_ID, { id: stored.id, name: 'shop_[main]', arn: ARN });
    assert.deepEqual(await specOf(known).hoverTooltip?.(known, source), { markdown: `**shop\\_\\[main\\]**\n\nPool Id: \`${stored.id}\`\n\nARN: \`${ARN}\`` });
    assert.equal(cognito.calls.length, 1);
    cognito.failNext.set('pools.describe', new CognitoError('Cannot reach the Cognito endpoint.', 'unreachable'));
    assert.deepEqual(await specOf(bare).hoverTooltip?.(bare, source), { markdown: `**shop**\n\nPool Id: \`${stored.id}\`` });
  });
});
