import * as assert from 'node:assert/strict';
import { addUsersToGroup, deleteGroup, removeFromGroup } from '../../src/commands/flows/groups/groupActions';
import { deleteAppClient } from '../../src/commands/flows/pools/deleteResources';
import { editAppClientAuthFlows } from '../../src/commands/flows/pools/editAuthFlows';
import { showAppClientDetails } from '../../src/commands/flows/pools/poolDetails';
import { showUserDetails } from '../../src/commands/flows/users/showUserDetails';
import { deleteUsers, setUsersEnabled } from '../../src/commands/flows/users/userActions';
import { editUserAttribute } from '../../src/commands/flows/users/userAttributes';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { detailsFollowTree } from '../../src/features/detailsFollowTree';
import { groupNode, memberNode } from '../../src/tree/nodes';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun, type FlowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';

// An open details view is told when a flow changes what it shows: the subject a Show … Details flow
// opens its view with is the one the change names, so the view renders again instead of going stale.

function shop() {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop', { id: 'eu-central-2_Shop9', attributes: [{ name: 'email', type: 'String', mutable: true, required: false, custom: false }] });
  cognito.data.users.set(pool.id, [
    { username: 'zoë', status: 'CONFIRMED', enabled: true },
    { username: 'zoe', status: 'CONFIRMED', enabled: true },
  ]);
  cognito.data.groups.push({ userPoolId: pool.id, name: 'auditors', precedence: 0 });
  const client = { userPoolId: pool.id, clientId: 'client9', name: 'web' };
  cognito.data.clients.push(client);
  const ref = (username: string): UserRef => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: pool.id, user: cognito.data.users.get(pool.id)!.find((u) => u.username === username)! });
  return { cognito, pool, client, ref };
}

/** A flow run whose tree updates reach the details views, as the extension wires them. */
function following(answers: Answer[], cognito: FakeCognito): FlowRun {
  const run = flowRun(answers, cognito);
  run.deps.tree = detailsFollowTree(run.deps.tree, run.deps.details);
  return run;
}

describe('details views follow what flows change', () => {
  it('Disable User re-renders the open User Details of that user, and no other user’s', async () => {
    const { cognito, ref } = shop();
    const run = following([], cognito);
    await showUserDetails(run.deps, ref('zoë'));
    await showUserDetails(run.deps, ref('zoe'));
    const [zoë, zoe] = run.details.map((d) => d.subject);
    assert.notEqual(zoë, zoe);
    await setUsersEnabled(run.deps, [ref('zoë')], false);
    assert.deepEqual(run.detailsChanged, [zoë]);
  });

  it('Edit Attribute re-renders the user’s open details', async () => {
    const { cognito, ref } = shop();
    const run = following([{ pick: 'email' }, { input: 'zoë@example.org' }, { pick: 'Leave it unverified' }], cognito);
    await showUserDetails(run.deps, ref('zoë'));
    await editUserAttribute(run.deps, ref('zoë'));
    assert.deepEqual(run.detailsChanged, [run.details[0].subject]);
  });

  it('joining and leaving a group re-render the user’s details (they list its groups)', async () => {
    const { cognito, pool, ref } = shop();
    const run = following([{ pick: 'auditors' }], cognito);
    await showUserDetails(run.deps, ref('zoe'));
    await addUsersToGroup(run.deps, [ref('zoe')]);
    await removeFromGroup(run.deps, [memberNode(SINGLE_CONNECTION_ID, pool.id, 'auditors', ref('zoe').user)]);
    const subject = run.details[0].subject;
    assert.deepEqual(run.detailsChanged, [subject, subject]);
  });

  it('a delete re-renders the deleted user’s or app client’s open details (they then say it is gone); a deleted group names no view', async () => {
    const { cognito, pool, client, ref } = shop();
    const run = following([{ confirm: true }, { confirm: true }, { confirm: true }], cognito);
    await showUserDetails(run.deps, ref('zoe'));
    await showAppClientDetails(run.deps, { connectionId: SINGLE_CONNECTION_ID, client }, 'shop');
    const [user, app] = run.details.map((d) => d.subject);
    await deleteGroup(run.deps, groupNode(SINGLE_CONNECTION_ID, { userPoolId: pool.id, name: 'auditors', precedence: 0 }));
    assert.deepEqual(run.detailsChanged, []);
    await deleteUsers(run.deps, [ref('zoe')]);
    await deleteAppClient(run.deps, { connectionId: SINGLE_CONNECTION_ID, client });
    assert.deepEqual(run.detailsChanged, [user, app]);
  });

  it('Edit Authentication Flows re-renders the app client’s open details', async () => {
    const { cognito, client } = shop();
    cognito.clientDetails.set(client.clientId, { authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const run = following([{ pickMany: ['Secure Remote Password (SRP)', 'Username and password'] }, { confirm: true }], cognito);
    const ref = { connectionId: SINGLE_CONNECTION_ID, client };
    await showAppClientDetails(run.deps, ref, 'shop');
    await editAppClientAuthFlows(run.deps, ref);
    assert.deepEqual(run.detailsChanged, [run.details[0].subject]);
  });
});
