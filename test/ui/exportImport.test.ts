// Export Users and Import Users as a person runs them in code-server's workbench, with code-server's own save and
// open dialogs, against a cognito-local seeded with the demo data (demo-pool: alice, bob, carol disabled, dave),
// where alice and bob are put in groups and alice gets a given name with the AWS SDK first, and an empty pool,
// import-target, is created next to it. Right-click demo-pool → "Export Users…" → JSON Lines → With groups → the
// save dialog offers demo-pool-users.jsonl in the workspace folder → OK; right-click import-target → "Import
// Users…" → the open dialog starts in that folder → the file's path → OK → No invitations. Then import-target is
// read back with the AWS SDK directly: the same usernames, attributes (but the generated sub), groups and
// enabled flags as demo-pool.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminListGroupsForUserCommand,
  AdminUpdateUserAttributesCommand,
  CreateGroupCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_POOL_NAME } from '../support/demoSeed';
import { listUsers } from '../support/workbench/emulator';
import { chooseInFileDialog, dialogPath, fileDialog } from '../support/workbench/fileDialog';
import { useUiSession } from '../support/workbench/session';
import { visibleOption } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';

const TARGET_POOL = 'import-target';
/** Memberships given to the demo users before the export: username → groups. */
const GROUPS: Record<string, string[]> = { alice: ['admins', 'testers'], bob: ['testers'] };

describe('ui: Export Users and Import Users through the file dialogs in code-server', function () {
  this.timeout(90_000);
  const session = useUiSession({ extension: 'working-tree' });
  let wb: Workbench;
  let sourceId: string;
  let targetId: string;
  let exported: string;

  before(async function () {
    wb = session.workbench;
    sourceId = session.seeded.poolId;
    const { sdk } = session;
    for (const group of new Set(Object.values(GROUPS).flat())) await sdk.send(new CreateGroupCommand({ UserPoolId: sourceId, GroupName: group }));
    for (const [username, groups] of Object.entries(GROUPS)) {
      for (const group of groups) await sdk.send(new AdminAddUserToGroupCommand({ UserPoolId: sourceId, Username: username, GroupName: group }));
    }
    await sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: sourceId, Username: 'alice', UserAttributes: [{ Name: 'given_name', Value: 'Alice' }] }));
    targetId = (await sdk.send(new CreateUserPoolCommand({ PoolName: TARGET_POOL }))).UserPool?.Id ?? '';
    assert.ok(targetId, 'the empty pool was created');
    exported = path.join(session.server.workspace, `${DEMO_POOL_NAME}-users.jsonl`);
  });

  it('right-click demo-pool → "Export Users…" → JSON Lines → With groups: the save dialog offers demo-pool-users.jsonl in the workspace folder, and OK writes the four users there', async () => {
    await wb.openCognitoView();
    await wb.treeRow(TARGET_POOL).waitFor(); // created before the view first listed the pools
    await wb.contextMenu(wb.treeRow(DEMO_POOL_NAME), 'Export Users…');

    await wb.waitForStep('Export Users', 1);
    await visibleOption(wb, 'JSON Lines').click();
    await wb.waitForStep('Export Users', 2);
    await visibleOption(wb, 'With groups').click();

    await fileDialog(wb, 'Export Users');
    assert.equal(await dialogPath(wb), exported, 'the save dialog starts in the workspace folder with the suggested name');
    await chooseInFileDialog(wb, 'Export Users', exported);

    await wb.page.locator('.notification-toast', { hasText: `Exported 4 users of ${DEMO_POOL_NAME} to ${exported}.` }).waitFor();
    const lines = fs.readFileSync(exported, 'utf8').trim().split('\n');
    assert.deepEqual(lines.map((line) => (JSON.parse(line) as { username: string }).username).sort(), ['alice', 'bob', 'carol', 'dave']);
  });

  it('right-click import-target → "Import Users…": the open dialog starts in the folder of the export; the file → OK → No invitations creates the four users', async () => {
    await wb.contextMenu(wb.treeRow(TARGET_POOL), 'Import Users…');
    await fileDialog(wb, `Import Users into ${TARGET_POOL}`);
    assert.equal(await dialogPath(wb), `${session.server.workspace}/`, 'the open dialog starts in the folder the export went to');
    await chooseInFileDialog(wb, `Import Users into ${TARGET_POOL}`, exported);

    await visibleOption(wb, 'No invitations').click();
    await wb.waitForQuickInputClosed();
    await wb.statusMessage.filter({ hasText: `Imported into ${TARGET_POOL}: created 4, already there 0, failed 0.` }).waitFor();

    const imported = await usersOf(session.sdk, targetId);
    assert.deepEqual(imported, await usersOf(session.sdk, sourceId), 'the same users, attributes, groups and enabled flags');
    // What makes that comparison worth something: every user, the groups, an attribute beyond the e-mail, carol's disabling.
    assert.deepEqual(imported.map((u) => u.username), ['alice', 'bob', 'carol', 'dave']);
    assert.deepEqual(Object.fromEntries(imported.filter((u) => u.groups.length).map((u) => [u.username, u.groups])), GROUPS);
    assert.ok(imported[0].attributes.includes('given_name=Alice') && imported[0].attributes.includes('email=alice@example.com'), imported[0].attributes.join(', '));
    assert.equal(imported[2].enabled, false, 'carol is disabled again');
  });
});

interface UserSummary {
  username: string;
  enabled: boolean;
  /** name=value, sorted; without sub, which each pool generates itself. */
  attributes: string[];
  groups: string[];
}

/** A pool's users as compared across pools, read with the SDK directly. */
async function usersOf(sdk: CognitoIdentityProviderClient, poolId: string): Promise<UserSummary[]> {
  const users: UserSummary[] = [];
  for (const user of await listUsers(sdk, poolId)) {
    const username = user.Username ?? '';
    const { Groups: groups = [] } = await sdk.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: username }));
    users.push({
      username,
      enabled: user.Enabled ?? true,
      attributes: (user.Attributes ?? []).filter((a) => a.Name !== 'sub').map((a) => `${a.Name}=${a.Value}`).sort(),
      groups: groups.map((g) => g.GroupName ?? '').sort(),
    });
  }
  return users.sort((a, b) => a.username.localeCompare(b.username));
}
