// Two connections side by side: `cognito.connections` lists two cognito-local emulators, each seeded with its
// own pool through the AWS SDK directly ("first-pool" in the first, "second-pool" in the second). The tree shows
// one root per connection with that connection's pools, and a command on a pool acts on that pool's
// connection: Copy Pool Id copies the second emulator's id (checked on the browser's real clipboard), and
// Create App Client creates the client in the second emulator and nowhere in the first (checked with the SDK).
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolClientCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { startCognitoLocal, type CognitoLocal } from '../support/cognitoLocal';
import { emulatorClient, EMULATOR_REGION } from '../support/emulatorClient';
import { listClients, listPools } from '../support/workbench/emulator';
import { openWorkbench, type OpenWorkbench } from '../support/workbench/session';
import { visibleOption } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';
import { afterTest } from '../support/workbench/failures';

const CLIENT_NAME = 'ui-second-web';

/** One emulator of one connection, with the plain SDK client that seeds and checks it. */
interface Backend {
  label: string;
  poolName: string;
  emulator: CognitoLocal;
  sdk: CognitoIdentityProviderClient;
}

/** The Id of the only pool named `name` in the emulator, read with the SDK (not through the extension). */
async function poolIdOf(backend: Backend, name = backend.poolName): Promise<string> {
  const pools = (await listPools(backend.sdk)).filter((p) => p.Name === name);
  assert.equal(pools.length, 1, `exactly one pool "${name}" in the emulator of "${backend.label}"`);
  return pools[0].Id!;
}

describe('ui: two connections (cognito.connections) in code-server', function () {
  this.timeout(60_000);
  const stops: (() => Promise<unknown>)[] = [];
  const backends: Backend[] = [];
  let opened: OpenWorkbench | undefined;
  let wb: Workbench;

  before(async function () {
    this.timeout(240_000); // two cognito-locals, seeding, code-server, Chromium, the workbench
    for (const [label, poolName] of [
      ['First', 'first-pool'],
      ['Second', 'second-pool'],
    ]) {
      const emulator = await startCognitoLocal();
      stops.push(emulator.stop);
      const sdk = emulatorClient(emulator.endpoint);
      stops.push(async () => sdk.destroy());
      await sdk.send(new CreateUserPoolCommand({ PoolName: poolName }));
      backends.push({ label, poolName, emulator, sdk });
    }
    opened = await openWorkbench({
      extension: 'working-tree',
      settings: {
        'cognito.connections': backends.map(({ label, emulator }) => ({ label, region: EMULATOR_REGION, endpoint: emulator.endpoint })),
      },
    });
    stops.push(opened.stop);
    wb = opened.workbench;
    await wb.openCognitoView();
    await wb.widenSideBar(500); // room for the ids in a failure's screenshot
  });

  afterEach(function () {
    return afterTest(this.currentTest, opened);
  });

  after(async function () {
    this.timeout(60_000);
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  });

  it('shows one expanded root per connection, "First" and "Second", each listing its own emulator\'s pool with its Pool Id', async () => {
    const [first, second] = backends;
    const firstId = await poolIdOf(first);
    const secondId = await poolIdOf(second);
    assert.notEqual(firstId, secondId);

    for (const backend of backends) {
      const root = wb.treeRow(backend.label);
      await root.waitFor();
      assert.equal(await root.getAttribute('aria-level'), '1', `"${backend.label}" is a root`);
      assert.equal(await root.getAttribute('aria-expanded'), 'true', `"${backend.label}" is expanded by default`);
    }
    const firstPool = await wb.rowAt(['First', 'first-pool']);
    assert.match((await firstPool.getAttribute('aria-label')) ?? '', new RegExp(`^first-pool ${firstId}\\b`));
    const secondPool = await wb.rowAt(['Second', 'second-pool']);
    assert.match((await secondPool.getAttribute('aria-label')) ?? '', new RegExp(`^second-pool ${secondId}\\b`));

    // Nothing else, and no pool under the other connection.
    const names = await wb.visibleRowNames();
    assert.deepEqual(
      names.map((n) => n.split(/[\s,]/)[0]),
      ['First', 'first-pool', 'Identity', 'Second', 'second-pool', 'Identity'],
      names.join(' | '),
    );
  });

  it('right-click on "second-pool" under "Second" → "Copy Pool Id" puts the second emulator\'s Pool Id on the clipboard', async () => {
    const secondId = await poolIdOf(backends[1]);
    await wb.writeClipboard('not the id');
    await wb.contextMenu(await wb.rowAt(['Second', 'second-pool']), 'Copy Pool Id');
    assert.equal(await wb.waitForClipboard(secondId), secondId);
    await wb.statusMessage.filter({ hasText: `Copied Pool Id ${secondId}` }).waitFor();
  });

  it('right-click on "second-pool" → "Create App Client": name, no secret, default flows — the client is in the second emulator only', async () => {
    const [first, second] = backends;
    const secondId = await poolIdOf(second);
    // Open the pool's "App clients" first: the extension shows a created client in a list that is open.
    await wb.expand(await wb.rowAt(['Second', 'second-pool']));
    await wb.expand(await wb.rowAt(['Second', 'second-pool', 'App clients']));
    await wb.rowAt(['Second', 'second-pool', 'App clients', 'No app clients']);
    await wb.contextMenu(await wb.rowAt(['Second', 'second-pool']), 'Create App Client');
    await wb.waitForStep('Create App Client', 1);
    assert.equal(await wb.stepTitle(), 'Create App Client (1/3)', 'the pool is not asked for: it is the one right-clicked');
    await wb.quickInputMessage.filter({ hasText: 'App client name in "second-pool"' }).waitFor();
    await wb.type(CLIENT_NAME);
    await wb.enter();
    await wb.waitForStep('Create App Client', 2);
    await visibleOption(wb, 'No client secret').click();
    await wb.waitForStep('Create App Client', 3);
    // The multi-select's rows are checkboxes, not options: wait for its first row to show.
    await wb.quickInput.locator('.monaco-list-row', { hasText: 'Secure Remote Password (SRP)' }).filter({ visible: true }).waitFor();
    assert.deepEqual(await visibleCheckedItems(wb), ['Secure Remote Password (SRP)']);
    await wb.enter();
    await wb.waitForQuickInputClosed();

    // The extension lists what it created once CreateUserPoolClient has answered.
    await wb.rowAt(['Second', 'second-pool', 'App clients', CLIENT_NAME]);
    assert.equal(await wb.treeRow(CLIENT_NAME).count(), 1, 'listed once, under "Second" only');

    const created = (await listClients(second.sdk, secondId)).filter((c) => c.ClientName === CLIENT_NAME);
    assert.equal(created.length, 1, 'exactly one such app client in the second emulator\'s pool');
    const { UserPoolClient: details } = await second.sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: secondId, ClientId: created[0].ClientId }));
    assert.deepEqual([...(details?.ExplicitAuthFlows ?? [])].sort(), ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']);
    assert.equal(details?.ClientSecret, undefined, 'no client secret');

    const inFirst: string[] = [];
    for (const pool of await listPools(first.sdk)) {
      for (const client of await listClients(first.sdk, pool.Id!)) if (client.ClientName === CLIENT_NAME) inFirst.push(`${pool.Name}/${client.ClientId}`);
    }
    assert.deepEqual(inFirst, [], 'the first emulator has no app client of that name in any pool');
  });
});

/** The labels of the checked items of the multi-select pick that shows (hidden rows left over are ignored). */
async function visibleCheckedItems(wb: Workbench): Promise<string[]> {
  const boxes = wb.quickInput.locator('.monaco-list-row .monaco-checkbox[aria-checked="true"]').filter({ visible: true });
  return (await boxes.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''))).sort();
}
