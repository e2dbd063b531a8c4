import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chooseSignIn, copyAsCurl, copyAuthorizationHeader } from '../../src/commands/flows/auth/tokenActions';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { editAttributePermissions } from '../../src/commands/flows/appClientSettings/editAttributePermissions';
import { editClientSettings } from '../../src/commands/flows/appClientSettings/editClientSettings';
import { editOAuthSettings } from '../../src/commands/flows/appClientSettings/editOAuthSettings';
import { createResourceServer } from '../../src/commands/flows/resourceServers/resourceServerActions';
import { editTokenValidity } from '../../src/commands/flows/appClientSettings/editTokenValidity';
import { copyAppClientId, copyPoolId } from '../../src/commands/flows/copyIds';
import { createAppClient } from '../../src/commands/flows/createAppClient';
import { createUser } from '../../src/commands/flows/createUser';
import { createUserPool } from '../../src/commands/flows/createUserPool';
import { addCustomAttribute } from '../../src/commands/flows/customAttributes/addCustomAttribute';
import type { FlowDeps } from '../../src/commands/flows/deps';
import { editGroup } from '../../src/commands/flows/groups/editGroup';
import { addUsersToGroup, addUserToThisGroup, createGroup } from '../../src/commands/flows/groups/groupActions';
import { addConnection, type ManageConnectionsDeps } from '../../src/commands/flows/manageConnections';
import { copyConfig, copyIssuerUrl, copyJwksUrl, copyPoolArn } from '../../src/commands/flows/pools/copyPoolValues';
import { deleteAppClient, deleteUserPool } from '../../src/commands/flows/pools/deleteResources';
import { editAppClientAuthFlows } from '../../src/commands/flows/pools/editAuthFlows';
import { editEmailSending } from '../../src/commands/flows/poolMessaging/editEmailSending';
import { editSmsSending } from '../../src/commands/flows/poolMessaging/editSmsSending';
import { editLambdaTriggers } from '../../src/commands/flows/lambdaTriggers/editLambdaTriggers';
import { showAppClientDetails, showPoolDetails } from '../../src/commands/flows/pools/poolDetails';
import { setDeletionProtection } from '../../src/commands/flows/poolSettings/deletionProtection';
import { editAccountRecovery } from '../../src/commands/flows/poolSettings/editAccountRecovery';
import { editFeaturePlan } from '../../src/commands/flows/poolSettings/editFeaturePlan';
import { editMfa } from '../../src/commands/flows/poolSettings/editMfa';
import { editSignInOptions } from '../../src/commands/flows/poolSettings/editSignInOptions';
import { editPasswordPolicy } from '../../src/commands/flows/poolSettings/editPasswordPolicy';
import { editSignUp } from '../../src/commands/flows/poolSettings/editSignUp';
import { editTags } from '../../src/commands/flows/poolSettings/editTags';
import { searchUsers } from '../../src/commands/flows/searchUsers';
import { selectProfile, selectRegion } from '../../src/commands/flows/selectConnection';
import { exportUsers } from '../../src/commands/flows/users/exportUsers';
import { importUsers } from '../../src/commands/flows/users/importUsers';
import { setUserMfaPreference } from '../../src/commands/flows/users/setUserMfaPreference';
import { setUserPassword } from '../../src/commands/flows/users/setUserPassword';
import { showUserDetails } from '../../src/commands/flows/users/showUserDetails';
import { confirmUser, deleteUsers, resendInvitation, resetUserPassword, setUsersEnabled, signOutEverywhere } from '../../src/commands/flows/users/userActions';
import { deleteUserAttribute, editUserAttribute } from '../../src/commands/flows/users/userAttributes';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import type { ClientRef, PoolRef } from '../../src/connection/connections';
import { groupNode } from '../../src/tree/nodes';
import { listedConnections, onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ScriptedPrompter, type Answer, type AskedPrompt } from '../support/scriptedPrompter';

// "Step n of m" is derived from a flow's steps, never counted by hand: every flow, entered from a node and
// from the palette, must show numbers a person can trust. A flow that counted by hand again (a step too
// many, a confirmation counted as a step, a step that turned out not to apply) fails here, by name.

/**
 * The numbers a person saw: one title; from 1, each question the same number as the one before (a
 * sub-question of the same step) or one more; never past its total; and the last question is step m of m,
 * unless its own answer ruled out `ruledOut` steps that were still counted while it was asked (CSV has no
 * groups question). A file dialog shows no counter but takes the next number; a confirmation is a modal
 * and takes none.
 */
function assertDerived(name: string, asked: AskedPrompt[], ruledOut = 0): void {
  const seen = asked.filter((a) => a.type !== 'confirm').map((a) => `${a.type} ${a.step}/${a.totalSteps}`);
  const why = `${name} showed ${seen.join(', ')}`;
  let last = 0;
  let total = 0;
  const titles = new Set<string>();
  for (const a of asked) {
    if (a.type === 'confirm') continue;
    if (a.type === 'file') {
      last += 1;
      continue;
    }
    titles.add(a.title);
    assert.ok(a.step === last || a.step === last + 1, `${why}: step ${a.step} came after step ${last}`);
    assert.ok(a.step >= 1 && a.step <= a.totalSteps, `${why}: step ${a.step} of ${a.totalSteps}`);
    [last, total] = [a.step, a.totalSteps];
  }
  assert.ok(titles.size <= 1, `${why}: titles ${[...titles].join(' | ')}`);
  assert.equal(total - last, ruledOut, `${why}: the last question said ${last}/${total}, so ${total - last} counted step(s) never came`);
}

const TOKENS = { kind: 'signedIn', tokens: { idToken: 'id.token.x', accessToken: 'access.token.x', refreshToken: 'refresh-x', expiresIn: 3600 } } as const;

function world() {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop', { arn: 'arn:aws:cognito-idp:eu-central-2:123456789012:userpool/eu-central-2_shop' });
  cognito.data.users.set(pool.id, [{ username: 'alice', status: 'FORCE_CHANGE_PASSWORD', enabled: true, email: 'alice@example.test', phoneNumber: '+14325550188' }]);
  cognito.attributes.set(`${pool.id}/alice`, [{ name: 'custom:level', value: '3' }]);
  cognito.data.clients.push({ userPoolId: pool.id, clientId: 'web1', name: 'web' });
  cognito.data.groups.push({ userPoolId: pool.id, name: 'admins' });
  cognito.authSteps = [{ kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', parameters: {}, session: 's1', username: 'alice' }, TOKENS];
  const poolRef: PoolRef = onDefault(pool);
  const userRef: UserRef = { connectionId: poolRef.connectionId, userPoolId: pool.id, user: cognito.data.users.get(pool.id)![0] };
  const clientRef: ClientRef = { connectionId: poolRef.connectionId, client: cognito.data.clients[0] };
  return { cognito, poolRef, userRef, clientRef };
}

type World = ReturnType<typeof world>;

function tempFile(name: string, text?: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-steps-')), name);
  if (text !== undefined) fs.writeFileSync(file, text);
  return file;
}

interface Case {
  name: string;
  /** What the palette asks before the rest: the pool, the pool and a user, or the pool and a client. */
  target: 'pool' | 'user' | 'client';
  /** The questions after the target, the same from a node and from the palette. */
  answers: () => Answer[];
  /** Steps the last question's answer rules out (they were counted until it was given). */
  ruledOut?: number;
  run(deps: FlowDeps, w: World, fromNode: boolean): Promise<unknown>;
}

const PALETTE: Record<Case['target'], Answer[]> = {
  pool: [{ pick: 'shop' }],
  user: [{ pick: 'shop' }, { pick: 'alice' }],
  client: [{ pick: 'shop' }, { pick: 'web' }],
};

const PASSWORD = 'Str0ng-Passw0rd!';
const TRIGGER_ARN = 'arn:aws:lambda:eu-central-2:123456789012:function:shop-trigger';

const CASES: Case[] = [
  {
    name: 'Create User',
    target: 'pool',
    answers: () => [{ input: 'bob' }, { input: 'bob@example.test' }, { pick: 'No' }, { input: '' }, { pick: 'Send by e-mail' }, { input: '' }],
    run: (d, w, n) => createUser(d, n ? w.poolRef : undefined),
  },
  { name: 'Create App Client', target: 'pool', answers: () => [{ input: 'mobile' }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }], run: (d, w, n) => createAppClient(d, n ? w.poolRef : undefined) },
  { name: 'Search Users', target: 'pool', answers: () => [{ pick: 'email' }, { pick: 'starts with' }, { input: 'al' }], run: (d, w, n) => searchUsers(d, n ? w.poolRef : undefined) },
  { name: 'Create Group', target: 'pool', answers: () => [{ input: 'readers' }, { input: '' }, { input: '0' }, { input: '' }], run: (d, w, n) => createGroup(d, n ? w.poolRef : undefined) },
  { name: 'Export Users (JSON Lines)', target: 'pool', answers: () => [{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file: tempFile('out.jsonl') }], run: (d, w, n) => exportUsers(d, n ? w.poolRef : undefined) },
  { name: 'Export Users (CSV)', target: 'pool', answers: () => [{ pick: 'CSV' }, { file: tempFile('out.csv') }], ruledOut: 1, run: (d, w, n) => exportUsers(d, n ? w.poolRef : undefined) },
  { name: 'Import Users', target: 'pool', answers: () => [{ file: tempFile('in.jsonl', JSON.stringify({ username: 'zed', attributes: {} })) }, { pick: 'No invitations' }], run: (d, w, n) => importUsers(d, n ? w.poolRef : undefined) },
  { name: 'Copy Pool Id', target: 'pool', answers: () => [], run: (d, w, n) => copyPoolId(d, n ? w.poolRef : undefined) },
  { name: 'Copy Pool ARN', target: 'pool', answers: () => [], run: (d, w, n) => copyPoolArn(d, n ? w.poolRef : undefined) },
  { name: 'Copy Issuer URL', target: 'pool', answers: () => [], run: (d, w, n) => copyIssuerUrl(d, n ? w.poolRef : undefined) },
  { name: 'Copy JWKS URL', target: 'pool', answers: () => [], run: (d, w, n) => copyJwksUrl(d, n ? w.poolRef : undefined) },
  { name: 'Show Pool Details', target: 'pool', answers: () => [], run: (d, w, n) => showPoolDetails(d, n ? w.poolRef : undefined) },
  { name: 'Add Custom Attribute (String)', target: 'pool', answers: () => [{ input: 'tenantId' }, { pick: 'String' }, { input: '1' }, { input: '64' }, { pick: 'Immutable' }, { confirm: true }], run: (d, w, n) => addCustomAttribute(d, n ? w.poolRef : undefined) },
  { name: 'Add Custom Attribute (Number)', target: 'pool', answers: () => [{ input: 'level' }, { pick: 'Number' }, { input: '-5' }, { input: '' }, { pick: 'Mutable' }, { confirm: true }], run: (d, w, n) => addCustomAttribute(d, n ? w.poolRef : undefined) },
  {
    name: 'Edit E-mail Sending (SES)',
    target: 'pool',
    answers: () => [{ pick: 'Amazon SES' }, { input: 'arn:aws:ses:eu-central-2:123456789012:identity/shop.example' }, { input: 'no-reply@shop.example' }, { input: '' }, { input: '' }, { confirm: true }],
    run: (d, w, n) => editEmailSending(d, n ? w.poolRef : undefined),
  },
  { name: 'Edit E-mail Sending (Cognito)', target: 'pool', answers: () => [{ pick: "Cognito's default e-mail" }, { input: 'help@shop.example' }, { confirm: true }], run: (d, w, n) => editEmailSending(d, n ? w.poolRef : undefined) },
  { name: 'Edit SMS Sending', target: 'pool', answers: () => [{ input: 'arn:aws:iam::123456789012:role/sms' }, { input: 'ext-1' }, { input: '' }, { confirm: true }], run: (d, w, n) => editSmsSending(d, n ? w.poolRef : undefined) },
  { name: 'Edit Password Policy', target: 'pool', answers: () => [{ input: '12' }, { pickMany: ['Numbers'] }, { input: '7' }, { input: '3' }, { confirm: true }], run: (d, w, n) => editPasswordPolicy(d, n ? w.poolRef : undefined) },
  { name: 'Edit Sign-up and Verification', target: 'pool', answers: () => [{ pick: 'Only administrators create users' }, { pick: 'E-mail' }, { pickMany: ['Keep the original e-mail'] }, { confirm: true }], run: (d, w, n) => editSignUp(d, n ? w.poolRef : undefined) },
  { name: 'Edit Sign-up and Verification (none verified)', target: 'pool', answers: () => [{ pick: 'Only administrators create users' }, { pick: 'None' }, { confirm: true }], ruledOut: 1, run: (d, w, n) => editSignUp(d, n ? w.poolRef : undefined) },
  { name: 'Edit Account Recovery', target: 'pool', answers: () => [{ pick: 'Phone only' }, { confirm: true }], run: (d, w, n) => editAccountRecovery(d, n ? w.poolRef : undefined) },
  { name: 'Edit Tags (add)', target: 'pool', answers: () => [{ pick: 'Add a tag…' }, { input: 'team' }, { input: 'payments' }, { confirm: true }], run: (d, w, n) => editTags(d, n ? w.poolRef : undefined) },
  {
    name: 'Edit Tags (remove)',
    target: 'pool',
    answers: () => [{ pick: 'team' }, { pick: 'Remove the tag' }, { confirm: true }],
    ruledOut: 1,
    run: (d, w, n) => {
      w.cognito.data.pools[0].settings = { usernameAttributes: [], aliasAttributes: [], mfa: 'OFF', deletionProtection: false, emailSending: 'x', triggers: [], tags: { team: 'payments' } };
      return editTags(d, n ? w.poolRef : undefined);
    },
  },
  { name: 'Edit Feature Plan', target: 'pool', answers: () => [{ pick: 'Plus' }, { confirm: true }], run: (d, w, n) => editFeaturePlan(d, n ? w.poolRef : undefined) },
  { name: 'Edit Sign-in Options', target: 'pool', answers: () => [{ pickMany: ['passkey'] }, { confirm: true }], run: (d, w, n) => editSignInOptions(d, n ? w.poolRef : undefined) },
  { name: 'Edit MFA', target: 'pool', answers: () => [{ pick: 'Optional' }, { pickMany: ['Authenticator app'] }, { confirm: true }], run: (d, w, n) => editMfa(d, n ? w.poolRef : undefined) },
  {
    name: 'Set MFA Preference',
    target: 'user',
    answers: () => [{ pickMany: ['SMS', 'e-mail'] }, { pick: 'SMS' }, { confirm: true }],
    run: (d, w, n) => {
      w.cognito.mfaConfigs.set(w.poolRef.pool.id, { mode: 'OPTIONAL', factors: ['sms', 'email'] });
      w.cognito.attributes.set(`${w.poolRef.pool.id}/alice`, [{ name: 'email', value: 'alice@example.test' }, { name: 'phone_number', value: '+14325550188' }]);
      return setUserMfaPreference(d, n ? w.userRef : undefined);
    },
  },
  { name: 'Turn On Deletion Protection', target: 'pool', answers: () => [{ confirm: true }], run: (d, w, n) => setDeletionProtection(d, true, n ? w.poolRef : undefined) },
  {
    name: 'Edit Lambda Triggers (typed ARN)',
    target: 'pool',
    answers: () => [{ pick: 'PreSignUp' }, { pick: 'Type a function ARN' }, { input: TRIGGER_ARN }, { confirm: true }],
    run: (d, w, n) => editLambdaTriggers(d, n ? w.poolRef : undefined),
  },
  {
    name: 'Edit Lambda Triggers (pre token generation)',
    target: 'pool',
    answers: () => [{ pick: 'PreTokenGeneration' }, { pick: 'Type a function ARN' }, { input: TRIGGER_ARN }, { pick: 'V2_0' }, { confirm: true }],
    run: (d, w, n) => editLambdaTriggers(d, n ? w.poolRef : undefined),
  },
  { name: 'Delete User Pool', target: 'pool', answers: () => [{ input: 'shop' }], run: (d, w, n) => deleteUserPool(d, n ? w.poolRef : undefined) },
  { name: 'Enable User', target: 'user', answers: () => [], run: (d, w, n) => setUsersEnabled(d, n ? [w.userRef] : [], true) },
  { name: 'Delete User', target: 'user', answers: () => [{ confirm: true }], run: (d, w, n) => deleteUsers(d, n ? [w.userRef] : []) },
  { name: 'Confirm User', target: 'user', answers: () => [], run: (d, w, n) => confirmUser(d, n ? w.userRef : undefined) },
  { name: 'Reset Password', target: 'user', answers: () => [{ confirm: true }], run: (d, w, n) => resetUserPassword(d, n ? w.userRef : undefined) },
  { name: 'Resend Invitation', target: 'user', answers: () => [{ pick: 'E-mail and SMS' }], run: (d, w, n) => resendInvitation(d, n ? w.userRef : undefined) },
  { name: 'Sign Out Everywhere', target: 'user', answers: () => [{ confirm: true }], run: (d, w, n) => signOutEverywhere(d, n ? w.userRef : undefined) },
  { name: 'Set Password (typed)', target: 'user', answers: () => [{ pick: 'Permanent' }, { pick: 'Type a password' }, { input: PASSWORD }], run: (d, w, n) => setUserPassword(d, n ? w.userRef : undefined) },
  { name: 'Set Password (generated)', target: 'user', answers: () => [{ pick: 'Temporary' }, { pick: 'Generate a password' }], ruledOut: 1, run: (d, w, n) => setUserPassword(d, n ? w.userRef : undefined) },
  { name: 'Edit Attribute (phone)', target: 'user', answers: () => [{ pick: 'phone_number' }, { input: '+14155550100' }, { pick: 'Leave it unverified' }], run: (d, w, n) => editUserAttribute(d, n ? w.userRef : undefined) },
  { name: 'Edit Attribute (name)', target: 'user', answers: () => [{ pick: 'given_name' }, { input: 'Alice' }], run: (d, w, n) => editUserAttribute(d, n ? w.userRef : undefined) },
  { name: 'Delete Attribute', target: 'user', answers: () => [{ pick: 'custom:level' }], run: (d, w, n) => deleteUserAttribute(d, n ? w.userRef : undefined) },
  { name: 'Show User Details', target: 'user', answers: () => [], run: (d, w, n) => showUserDetails(d, n ? w.userRef : undefined) },
  { name: 'Add to Group', target: 'user', answers: () => [{ pick: 'admins' }], run: (d, w, n) => addUsersToGroup(d, n ? [w.userRef] : [], 'shop') },
  { name: 'Copy App Client Id', target: 'client', answers: () => [], run: (d, w, n) => copyAppClientId(d, n ? w.clientRef : undefined) },
  { name: 'Show App Client Details', target: 'client', answers: () => [], run: (d, w, n) => showAppClientDetails(d, n ? w.clientRef : undefined) },
  { name: 'Copy Configuration For…', target: 'client', answers: () => [{ pick: '.env file' }], run: (d, w, n) => copyConfig(d, n ? w.clientRef : undefined) },
  { name: 'Edit Authentication Flows', target: 'client', answers: () => [{ pickMany: ['Username and password'] }, { confirm: true }], run: (d, w, n) => editAppClientAuthFlows(d, n ? w.clientRef : undefined) },
  { name: 'Edit Token Validity', target: 'client', answers: () => [{ input: '45 minutes' }, { input: '2 hours' }, { input: '30 days' }, { confirm: true }], run: (d, w, n) => editTokenValidity(d, n ? w.clientRef : undefined) },
  {
    name: 'Edit Attribute Permissions',
    target: 'client',
    answers: () => [{ pickMany: ['email', 'name'] }, { pickMany: ['name'] }, { confirm: true }],
    run: (d, w, n) => {
      w.cognito.data.pools[0].attributes = ['sub', 'email', 'name'].map((name) => ({ name, type: 'String', mutable: name !== 'sub', required: name === 'sub', custom: false }));
      return editAttributePermissions(d, n ? w.clientRef : undefined);
    },
  },
  {
    name: 'Edit App Client Settings (rotation on)',
    target: 'client',
    answers: () => [{ input: 'web-2' }, { pick: 'On' }, { pick: 'Off' }, { input: '5' }, { pick: 'On' }, { input: '10' }, { confirm: true }],
    run: (d, w, n) => editClientSettings(d, n ? w.clientRef : undefined),
  },
  {
    name: 'Edit App Client Settings (rotation off)',
    target: 'client',
    answers: () => [{ input: 'web-2' }, { pick: 'On' }, { pick: 'On' }, { input: '5' }, { pick: 'Off' }, { confirm: true }],
    ruledOut: 1,
    run: (d, w, n) => editClientSettings(d, n ? w.clientRef : undefined),
  },
  {
    name: 'Edit OAuth Settings',
    target: 'client',
    answers: () => [{ pick: 'On' }, { pickMany: ['code'] }, { pickMany: ['openid'] }, { input: 'https://app.example.com/cb' }, { input: '' }, { pickMany: ['COGNITO'] }, { confirm: true }],
    run: (d, w, n) => editOAuthSettings(d, n ? w.clientRef : undefined),
  },
  {
    name: 'Create Resource Server',
    target: 'pool',
    answers: () => [{ input: 'https://api.example.com' }, { input: 'API' }, { input: 'read — Read' }, { input: '' }],
    run: (d, w, n) => createResourceServer(d, n ? w.poolRef : undefined),
  },
  { name: 'Delete App Client', target: 'client', answers: () => [{ confirm: true }], run: (d, w, n) => deleteAppClient(d, n ? w.clientRef : undefined) },
];

async function runCase(name: string, answers: Answer[], flow: (deps: FlowDeps, w: World) => Promise<unknown>, ruledOut = 0, w = world()): Promise<void> {
  const run = flowRun(answers, w.cognito);
  await flow(run.deps, w);
  run.prompter.assertDone();
  assertDerived(name, run.prompter.asked, ruledOut);
}

describe('step counts are derived for every flow', () => {
  for (const c of CASES) {
    it(`${c.name}, from a node and from the palette`, async () => {
      await runCase(`${c.name} from a node`, c.answers(), (deps, w) => c.run(deps, w, true), c.ruledOut);
      await runCase(`${c.name} from the palette`, [...PALETTE[c.target], ...c.answers()], (deps, w) => c.run(deps, w, false), c.ruledOut);
    });
  }

  it('Sign In as User, from a user node, an app client node and the palette, with a challenge after the password', async () => {
    const rest: Answer[] = [{ input: PASSWORD }, { input: 'New-Passw0rd!2' }];
    const at = (w: World, more: object) => ({ connectionId: w.poolRef.connectionId, pool: w.poolRef.pool, ...more });
    await runCase('Sign In from a user node', [{ pick: 'web' }, ...rest], (d, w) => signInAsUser(d, at(w, { username: 'alice' })));
    await runCase('Sign In from a client node', [{ pick: 'alice' }, ...rest], (d, w) => signInAsUser(d, at(w, { client: w.clientRef.client })));
    await runCase('Sign In from the palette', [{ pick: 'shop' }, { pick: 'alice' }, { pick: 'web' }, ...rest], (d) => signInAsUser(d));
  });

  it('Add User to Group from a group node', async () => {
    await runCase('Add User to Group', [{ search: 'al', pick: 'alice' }], (d, w) => addUserToThisGroup(d, groupNode(w.poolRef.connectionId, w.cognito.data.groups[0]), 'shop'));
  });

  it('Edit Group, from a group node and from the palette', async () => {
    const answers: Answer[] = [{ input: 'Admins of the shop' }, { input: '2' }, { input: '' }, { confirm: true }];
    await runCase('Edit Group from a node', answers, (d, w) => editGroup(d, { connectionId: w.poolRef.connectionId, group: w.cognito.data.groups[0] }, 'shop'));
    await runCase('Edit Group from the palette', [{ pick: 'shop' }, { pick: 'admins' }, ...answers], (d) => editGroup(d));
  });

  it('Create User Pool, from a connection node, and from the palette with one connection and with two', async () => {
    const review: Answer[] = [{ input: 'second-shop' }, { pick: 'Create pool' }];
    await runCase('Create User Pool from a connection', review, (d, w) => createUserPool(d, w.poolRef.connectionId));
    await runCase('Create User Pool with one connection', review, (d) => createUserPool(d));
    await runCase('Create User Pool with two connections', [{ pick: 'first' }, ...review], (d, w) => createUserPool({ ...d, connections: listedConnections({ first: w.cognito, second: new FakeCognito() }) }));
  });

  it('the token actions, with two sign-ins to choose from', async () => {
    for (const [name, act] of [
      ['Copy ID Token', (d: FlowDeps) => chooseSignIn(d, 'Copy ID Token')],
      ['Copy Authorization Header', async (d: FlowDeps) => copyAuthorizationHeader(d, await chooseSignIn(d, 'Copy Authorization Header'))],
      ['Copy as curl', async (d: FlowDeps) => copyAsCurl(d, await chooseSignIn(d, 'Copy as curl'))],
    ] as const) {
      const run = flowRun(name === 'Copy ID Token' ? [{ pick: 'bob' }] : [{ pick: 'bob' }, { pick: 'ID token' }]);
      for (const username of ['alice', 'bob']) {
        run.signIns.add({ connectionId: 'default', poolName: 'shop', clientName: 'web', client: { userPoolId: 'eu-central-2_shop', clientId: 'web1', hasSecret: false }, username, admin: true, tokens: TOKENS.tokens, issuedAt: new Date(0) });
      }
      await act(run.deps);
      run.prompter.assertDone();
      // Two flows in a row (choose the sign-in, then the token): each counts on its own.
      for (const title of new Set(run.prompter.asked.map((a) => a.title))) assertDerived(name, run.prompter.asked.filter((a) => a.title === title));
    }
  });

  it('Add Connection, Select AWS Profile and Select Region, from the palette', async () => {
    const profiles = Promise.resolve([{ name: 'dev', region: 'eu-west-1', kind: 'sso' as const }]);
    for (const [name, answers] of [
      ['Add Connection (profile)', [{ pick: 'dev' }, { pick: 'Other region…' }, { input: 'eu-south-2' }, { input: '' }]],
      ['Add Connection (emulator)', [{ pick: 'Local emulator' }, { input: 'http://127.0.0.1:9229' }, { pick: 'sa-east-1' }, { input: 'local' }]],
    ] as [string, Answer[]][]) {
      const prompter = new ScriptedPrompter(answers);
      const deps: ManageConnectionsDeps = {
        prompter,
        feedback: flowRun([]).deps.feedback,
        settings: { writer: { update: async () => undefined }, currentList: () => [], currentSingle: async () => ({ profile: 'dev', region: 'eu-west-1' }) },
      };
      await addConnection(deps, profiles);
      prompter.assertDone();
      assertDerived(name, prompter.asked);
    }
    const writer = { update: async () => undefined };
    const profile = new ScriptedPrompter([{ pick: 'dev' }]);
    await selectProfile(profile, profiles, writer);
    assertDerived('Select AWS Profile', profile.asked);
    const region = new ScriptedPrompter([{ pick: 'Other region…' }, { input: 'eu-south-2' }]);
    await selectRegion(region, writer);
    assertDerived('Select Region', region.asked);
  });
});
