import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CognitoError } from '../../src/shared/errors';
import { exportUsers } from '../../src/commands/flows/users/exportUsers';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { TreeModel } from '../../src/tree/model';
import { connectionKey, type ListingParent, type LoadMoreNode, type MessageNode, type TreeNode } from '../../src/tree/nodes';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun, settle } from '../support/flowHarness';
import { anonymous, failure, row, settleTable, told } from './faultTable';
import { useDouble } from '../support/sessionHooks';

// The second fault table of docs/reliability.md: what reads leave when the endpoint goes away in the middle of a paged
// listing (after page 1) and comes back, and when the credentials expire: the tree's pool list and a
// pool's Users folder (the extension's tree model, LazyCognito and SDK client, with the SDK's own
// retries), and Export Users. The tree must never look complete when it is not (an error node, and "Load
// more" while pages remain), a retry after the endpoint is back must work, and nothing may be listed or
// exported twice.

const PAGE = 10;
const USERS = 25;
const POOLS = 25;

describe('reliability: reads when the endpoint goes away mid-list and comes back', function () {
  this.timeout(60_000);
  let cognito: LazyCognito;
  let model: TreeModel;
  let folder: string;
  const rows: string[] = [];
  const say = (fault: string, read: string, seen: string, left: string) => rows.push(row([fault, read, anonymous(seen), left]));
  const others = Array.from({ length: POOLS - 1 }, (_, i) => ({ name: `other-${String(i + 1).padStart(2, '0')}` }));
  const session = useDouble({ pools: [{ name: 'paged', users: USERS }, ...others], pageSizeCap: PAGE });

  before(() => {
    cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: session.endpoint, profile: 'dev' }));
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faults-export-'));
  });
  after(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await session.double.comeBack();
    session.double.renewCredentials();
    model = new TreeModel(singleConnection(cognito));
  });

  // The two paged listings of the tree: the pools (the hidden root of the one connection) and "Users".
  const listings: { name: string; operation: string; total: number; kind: TreeNode['kind']; open: () => Promise<ListingParent> }[] = [
    {
      name: 'the pool list',
      operation: 'ListUserPools',
      total: POOLS,
      kind: 'pool',
      open: async () => {
        await model.getChildren();
        const root = model.getNode(connectionKey(SINGLE_CONNECTION_ID));
        assert.ok(root?.kind === 'connection');
        return root;
      },
    },
    {
      name: 'Users of a pool',
      operation: 'ListUsers',
      total: USERS,
      kind: 'user',
      open: async () => {
        const pool = (await model.getChildren()).find((n) => n.kind === 'pool' && n.pool.name === 'paged');
        assert.ok(pool);
        const users = (await model.getChildren(pool)).find((n) => n.kind === 'usersFolder');
        assert.ok(users?.kind === 'usersFolder');
        return users;
      },
    },
  ];

  for (const listing of listings) {
    it(`${listing.name}: the endpoint goes away after page 1; Load more, then Load more again once it is back`, async () => {
      session.double.goAwayAfterNext(listing.operation);
      const parent = await listing.open();
      let shown = await model.getChildren(parent);
      assert.equal(count(shown, listing.kind), PAGE, 'page 1 arrived before the endpoint went away');

      await model.loadMore(loadMoreOf(shown));
      shown = await model.getChildren(parent);
      const error = errorOf(shown);
      assert.equal(error.reason, 'unreachable');
      assert.ok(loadMoreOf(shown), 'still "Load more": the list does not claim to be complete');
      say('Endpoint gone after page 1, then Load more', listing.name, `error node: ${error.message}`, shownAs(shown, listing.kind));

      await session.double.comeBack();
      await model.loadMore(loadMoreOf(shown));
      shown = await model.getChildren(parent);
      assert.equal(shown.filter((n) => n.kind === 'error').length, 0, 'the error is gone once a page arrives');
      shown = await loadToTheEnd(parent);
      assertEachOnce(shown, listing.kind, listing.total);
      say('… back; Load more again, to the end', listing.name, 'the next pages', shownAs(shown, listing.kind));
    });

    it(`${listing.name}: the endpoint goes away after page 1; the error clicked while it is gone, then once it is back`, async () => {
      session.double.goAwayAfterNext(listing.operation);
      const parent = await listing.open();
      await model.loadMore(loadMoreOf(await model.getChildren(parent)));
      // Clicking the error node reloads its folder from the first page (the view's Retry is a refresh).
      model.refresh(parent);
      let shown = await model.getChildren(parent);
      const error = errorOf(shown);
      assert.equal(count(shown, listing.kind), 0);
      say('Endpoint gone after page 1; the error clicked while it is gone', listing.name, `error node: ${error.message}`, shownAs(shown, listing.kind));

      await session.double.comeBack();
      model.refresh(parent);
      shown = await model.getChildren(parent);
      assert.equal(count(shown, listing.kind), PAGE);
      shown = await loadToTheEnd(parent);
      assertEachOnce(shown, listing.kind, listing.total);
      say('… back; the error clicked again, then Load more to the end', listing.name, 'page 1, then the next pages', shownAs(shown, listing.kind));
    });
  }

  it('Users of a pool: the credentials expire; the folder refreshed, then refreshed again once renewed', async () => {
    const parent = await listings[1].open();
    await model.getChildren(parent);
    session.double.expireCredentials();
    model.refresh(parent);
    let shown = await model.getChildren(parent);
    const error = errorOf(shown);
    assert.equal(error.reason, 'expiredSession', 'the node offers "aws sso login"');
    say('Credentials expired, then the folder refreshed', 'Users of a pool', `error node: ${error.message}`, shownAs(shown, 'user'));

    session.double.renewCredentials();
    model.refresh(parent);
    shown = await loadToTheEnd(parent);
    assertEachOnce(shown, 'user', USERS);
    say('… renewed; the error clicked, then Load more to the end', 'Users of a pool', 'page 1, then the next pages', shownAs(shown, 'user'));
  });

  it('Export Users: the endpoint goes away after page 1, then the export runs again once it is back', async () => {
    const file = path.join(folder, 'paged-users.jsonl');
    const answers = [{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }];
    const target = onDefault({ id: session.double.pools[0].id, name: 'paged' });

    const first = flowRun(answers);
    first.deps.connections = singleConnection(cognito);
    session.double.goAwayAfterNext('ListUsers');
    const refusal = await exportUsers(first.deps, target).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(refusal instanceof CognitoError && refusal.kind === 'unreachable', `one sentence: ${String(refusal)}`);
    assert.match(refusal.message, new RegExp(`the export stopped after ${PAGE} users and its partial file was removed\\.$`));
    // Nothing is left that could pass for a whole export.
    assert.equal(fs.existsSync(file), false, 'the partial file is removed');
    say('Endpoint gone after page 1', 'Export Users (JSON Lines)', failure(refusal), 'no file');

    await session.double.comeBack();
    const again = flowRun(answers);
    again.deps.connections = singleConnection(cognito);
    await exportUsers(again.deps, target);
    await settle();
    const all = usernames(file);
    assert.equal(all.length, USERS);
    assert.equal(new Set(all).size, USERS, 'each user once');
    say('… back; the export run again', 'Export Users (JSON Lines)', told(again), `the file holds all ${USERS} users, each once`);
  });

  after(() =>
    settleTable(
      { name: 'read fault table', producedBy: 'test/integration/faultsReadPaths.test.ts', columns: ['Fault', 'Read', 'What the person sees', 'What the tree or the file holds'] },
      rows,
      2 * listings.length * 2 + 2 + 2,
    ),
  );

  async function loadToTheEnd(parent: ListingParent): Promise<TreeNode[]> {
    for (;;) {
      const shown = await model.getChildren(parent);
      const more = shown.find((n): n is LoadMoreNode => n.kind === 'loadMore');
      if (!more) return shown;
      await model.loadMore(more);
    }
  }
});

function count(nodes: TreeNode[], kind: TreeNode['kind']): number {
  return nodes.filter((n) => n.kind === kind).length;
}

function loadMoreOf(nodes: TreeNode[]): LoadMoreNode {
  const more = nodes.find((n): n is LoadMoreNode => n.kind === 'loadMore');
  assert.ok(more, 'a "Load more" node');
  return more;
}

function errorOf(nodes: TreeNode[]): MessageNode {
  const error = nodes.find((n): n is MessageNode => n.kind === 'error');
  assert.ok(error, 'an error node');
  return error;
}

function assertEachOnce(nodes: TreeNode[], kind: TreeNode['kind'], total: number): void {
  assert.equal(count(nodes, kind), total, `all ${total}`);
  assert.equal(new Set(nodes.map((n) => n.key)).size, nodes.length, 'each once');
  assert.ok(!nodes.some((n) => n.kind === 'error' || n.kind === 'loadMore'), 'complete, and nothing more to load');
}

/** The folder as the person sees it: how many items, each once or not, then the error and "Load more" rows. */
function shownAs(nodes: TreeNode[], kind: TreeNode['kind']): string {
  const items = count(nodes, kind);
  const noun = kind === 'pool' ? 'pools' : 'users';
  const distinct = new Set(nodes.filter((n) => n.kind === kind).map((n) => n.key)).size === items;
  const parts = [`${items} ${noun}${items > 0 ? (distinct ? ', each once' : ', some twice') : ''}`];
  if (nodes.some((n) => n.kind === 'error')) parts.push('the error node');
  if (nodes.some((n) => n.kind === 'loadMore')) parts.push('"Load more"');
  return parts.join(', then ');
}

function usernames(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { username: string }).username);
}
