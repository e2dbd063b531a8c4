import * as assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateUserPoolCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
  SignUpCommand,
  CreateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { addUsersToGroup, createGroup, deleteGroup, removeFromGroup } from '../../src/commands/flows/groups/groupActions';
import { setUserPassword } from '../../src/commands/flows/users/setUserPassword';
import { confirmUser, deleteUsers, resendInvitation, resetUserPassword, setUsersEnabled, signOutEverywhere } from '../../src/commands/flows/users/userActions';
import { deleteUserAttribute, editUserAttribute } from '../../src/commands/flows/users/userAttributes';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { groupNode, memberNode } from '../../src/tree/nodes';
import { singleConnection } from '../support/connections';
import { flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { cognitoLocalEndpoint } from '../support/cognitoLocal';
import { useEmulator } from '../support/sessionHooks';

// Each user and group command through the extension's own wiring against a real cognito-local; every
// result is read back with a plain SDK client. The three operations cognito-local lacks answer with one
// sentence saying this endpoint does not support them (the double tests them for real).

describe('users and groups against cognito-local', function () {
  this.timeout(30_000);
  const emulator = useEmulator();
  let cognito: LazyCognito;
  let poolId: string;

  before(async () => {
    cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: cognitoLocalEndpoint() }));
    poolId = (await emulator.client.send(new CreateUserPoolCommand({ PoolName: `users ${Date.now()}` }))).UserPool?.Id ?? '';
    for (const username of ['ann', 'ben', 'cat', 'dan']) {
      await emulator.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] }));
    }
  });

  async function ref(username: string): Promise<UserRef> {
    const user = await cognito.users.get(poolId, username);
    return { connectionId: SINGLE_CONNECTION_ID, userPoolId: poolId, user };
  }

  function deps(answers: Answer[] = []) {
    const run = flowRun(answers);
    run.deps.connections = singleConnection(cognito);
    return run;
  }

  const get = (username: string) => emulator.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }));

  it('sets a permanent password: the user is CONFIRMED', async () => {
    await setUserPassword(deps([{ pick: 'Permanent' }, { pick: 'Generate' }]).deps, await ref('ann'));
    assert.equal((await get('ann')).UserStatus, 'CONFIRMED');
  });

  it('disables and enables several users', async () => {
    const refs = [await ref('ben'), await ref('cat')];
    await setUsersEnabled(deps().deps, refs, false);
    assert.deepEqual([(await get('ben')).Enabled, (await get('cat')).Enabled], [false, false]);
    await setUsersEnabled(deps().deps, refs, true);
    assert.deepEqual([(await get('ben')).Enabled, (await get('cat')).Enabled], [true, true]);
  });

  it('confirms a user who signed up', async () => {
    const clientId = (await emulator.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'signup' }))).UserPoolClient?.ClientId;
    await emulator.client.send(new SignUpCommand({ ClientId: clientId, Username: 'eve', Password: 'Eve-Passw0rd!', UserAttributes: [{ Name: 'email', Value: 'eve@example.com' }] }));
    assert.equal((await get('eve')).UserStatus, 'UNCONFIRMED');
    await confirmUser(deps().deps, await ref('eve'));
    assert.equal((await get('eve')).UserStatus, 'CONFIRMED');
  });

  it('edits an e-mail marked verified, and deletes an optional attribute', async () => {
    await editUserAttribute(deps([{ pick: 'email' }, { input: 'ann.new@example.com' }, { pick: 'Mark it as verified' }]).deps, await ref('ann'));
    const attributes = Object.fromEntries(((await get('ann')).UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    assert.equal(attributes.email, 'ann.new@example.com');
    assert.equal(attributes.email_verified, 'true');
    await editUserAttribute(deps([{ pick: 'given_name' }, { input: 'Ann' }]).deps, await ref('ann'));
    await deleteUserAttribute(deps([{ pick: 'given_name' }]).deps, await ref('ann'));
    assert.ok(!((await get('ann')).UserAttributes ?? []).some((a) => a.Name === 'given_name'));
  });

  it('creates a group, adds two users, removes one, deletes the group', async () => {
    const run = deps([{ input: 'testers' }, { input: '' }, { input: '2' }, { input: '' }, { pick: 'testers' }]);
    const group = await createGroup(run.deps, { connectionId: SINGLE_CONNECTION_ID, pool: { id: poolId, name: 'users' } });
    await addUsersToGroup(run.deps, [await ref('ben'), await ref('cat')], 'users');
    const members = async () => ((await emulator.client.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'testers' }))).Users ?? []).map((u) => u.Username).sort();
    assert.deepEqual(await members(), ['ben', 'cat']);
    await removeFromGroup(deps().deps, [memberNode(SINGLE_CONNECTION_ID, poolId, 'testers', (await ref('cat')).user)]);
    assert.deepEqual(await members(), ['ben']);
    await deleteGroup(deps([{ confirm: true }]).deps, groupNode(SINGLE_CONNECTION_ID, group));
    assert.deepEqual((await cognito.groups.list(poolId)).items, []);
  });

  it('deletes two users after one confirmation', async () => {
    // Its own second user, so the test passes alone too (mutation testing runs single tests).
    await emulator.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'fay', TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' }));
    await deleteUsers(deps([{ confirm: true }]).deps, [await ref('dan'), await ref('fay')]);
    const left = ((await emulator.client.send(new ListUsersCommand({ UserPoolId: poolId }))).Users ?? []).map((u) => u.Username).sort();
    assert.deepEqual(
      left.filter((username) => username !== 'eve'),
      ['ann', 'ben', 'cat'],
      'dan and fay are gone (eve is there when the sign-up test ran before)',
    );
  });

  for (const [name, action] of [
    ['AdminResetUserPassword', (r: UserRef) => resetUserPassword(deps([{ confirm: true }]).deps, r)],
    ['resending invitations \\(AdminCreateUser with MessageAction RESEND\\)', (r: UserRef) => resendInvitation(deps().deps, r)],
    ['AdminUserGlobalSignOut', (r: UserRef) => signOutEverywhere(deps([{ confirm: true }]).deps, r)],
  ] as const) {
    it(`says this endpoint does not support ${name.replace(/\\/g, '')}`, async () => {
      await assert.rejects(action(await ref('ben')), (error) => error instanceof Error && new RegExp(`^This Cognito endpoint does not support ${name}; it works against AWS\\.$`).test(error.message));
    });
  }
});
