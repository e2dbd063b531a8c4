// Identity pools through the extension's own wiring (dist/identity.js's calls: Cognito Identity and IAM at the
// endpoint) against the AWS-faithful double: Create Identity Pool from an app client with roles picked from the
// account's roles that Cognito Identity may assume, Add to Identity Pool, the details, Get AWS Credentials for a
// signed-in user and for a guest, and Delete. Each result is read back with plain SDK clients and from what the
// double recorded, never through the extension.
import * as assert from 'node:assert/strict';
import { CognitoIdentityClient, DescribeIdentityPoolCommand, GetIdentityPoolRolesCommand, ListIdentityPoolsCommand } from '@aws-sdk/client-cognito-identity';
import { AdminCreateUserCommand, AdminInitiateAuthCommand, AdminSetUserPasswordCommand, CreateUserPoolClientCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { getAwsCredentialsFor, getAwsCredentialsFrom } from '../../src/commands/flows/identityPools/getAwsCredentials';
import { addClientToIdentityPool, createIdentityPool, deleteIdentityPool, showIdentityPoolDetails } from '../../src/commands/flows/identityPools/identityPoolActions';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { identityPoolNode } from '../../src/tree/nodes';
import { listedConnections } from '../support/connections';
import { flowAgainst, type FlowRun } from '../support/flowHarness';
import { useDouble } from '../support/sessionHooks';
import type { Answer } from '../support/scriptedPrompter';

const REGION = 'ap-northeast-3';
const ACCOUNT = '123456789012';
const PASSWORD = 'Lantern-Keeper-88';
const cognitoTrust = (amr: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr } },
    },
  ],
});
const ROLES = [
  { name: 'lantern-readers', trustPolicy: cognitoTrust('authenticated') },
  { name: 'lantern-visitors', trustPolicy: cognitoTrust('unauthenticated') },
  { name: 'nightly-lambda', trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } },
];
const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

describe('identity pools against the AWS-faithful double', function () {
  this.timeout(30_000);
  let clock = Date.now();
  const session = useDouble({ region: REGION, roles: ROLES, now: () => clock }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;
  let identity: CognitoIdentityClient;
  let pool: { id: string; name: string };
  let web: { clientId: string; name: string };
  let kiosk: { clientId: string; name: string };
  let admin: { clientId: string; name: string };
  let idToken: string;
  let adminIdToken: string;

  before(async () => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
    identity = new CognitoIdentityClient({ region: REGION, endpoint: session.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
    const poolId = (await session.client.send(new CreateUserPoolCommand({ PoolName: 'lantern-users' }))).UserPool?.Id as string;
    pool = { id: poolId, name: 'lantern-users' };
    const client = async (name: string) => ({
      name,
      clientId: (await session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: name, ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }))).UserPoolClient?.ClientId as string,
    });
    web = await client('lantern-web');
    kiosk = await client('lantern-kiosk');
    admin = await client('lantern-admin');
    await session.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'odile', MessageAction: 'SUPPRESS' }));
    await session.client.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'odile', Password: PASSWORD, Permanent: true }));
    const signedIn = await session.client.send(new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: web.clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'odile', PASSWORD } }));
    idToken = signedIn.AuthenticationResult?.IdToken as string;
    const viaAdmin = await session.client.send(new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: admin.clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'odile', PASSWORD } }));
    adminIdToken = viaAdmin.AuthenticationResult?.IdToken as string;
  });
  after(() => identity.destroy());

  /** A run whose one connection is the double, as an emulator endpoint connection in REGION. */
  const onDouble = (answers: Answer[]): FlowRun => {
    const run = flowAgainst(cognito, answers);
    const directory = listedConnections({ double: cognito });
    const settings = directory.byLabel('double').settings as { endpoint?: string; region?: string };
    settings.endpoint = session.endpoint;
    settings.region = REGION;
    run.deps.connections = directory;
    return run;
  };
  const connectionOf = (run: FlowRun) => run.deps.connections.list()[0].id;
  const onClient = (run: FlowRun, client: { clientId: string; name: string }) => ({ connectionId: connectionOf(run), pool, client: { ...client, userPoolId: pool.id } });
  const provider = () => `cognito-idp.${REGION}.amazonaws.com/${pool.id}`;
  let identityPoolId: string;

  it('Create Identity Pool on lantern-web: trusts it, guests allowed, roles picked from those Cognito Identity may assume', async () => {
    const run = onDouble([{ input: 'Lantern Identities' }, { pick: 'Allow guest access' }, { pick: 'lantern-readers' }, { pick: 'lantern-visitors' }]);
    const created = await createIdentityPool(run.deps, onClient(run, web));
    identityPoolId = created.id;

    const offered = run.prompter.asked.find((a) => a.type === 'pick' && a.step === 3)?.labels;
    assert.deepEqual(offered, ['lantern-readers', 'lantern-visitors', 'Type a role ARN…'], 'the Lambda role is not offered; the authenticated one first');
    const described = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: created.id }));
    assert.equal(described.IdentityPoolName, 'Lantern Identities');
    assert.equal(described.AllowUnauthenticatedIdentities, true);
    assert.deepEqual(described.CognitoIdentityProviders, [{ ProviderName: provider(), ClientId: web.clientId, ServerSideTokenCheck: false }]);
    const roles = await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: created.id }));
    assert.deepEqual(roles.Roles, { authenticated: roleArn('lantern-readers'), unauthenticated: roleArn('lantern-visitors') });
    assert.deepEqual(run.shown.map((n) => n.key), [identityPoolNode(connectionOf(run), { id: created.id, name: 'Lantern Identities' }).key]);
  });

  it('Get AWS Credentials for odile: the trusting pool first, her credentials of the authenticated role copied as shell variables, nothing logged', async () => {
    const run = onDouble([{ pick: 'Lantern Identities' }, { pick: 'Copy as shell variables' }]);
    const signedIn = run.signIns.add({ connectionId: connectionOf(run), poolName: pool.name, clientName: web.name, client: { userPoolId: pool.id, clientId: web.clientId, hasSecret: false }, username: 'odile', admin: true, tokens: { idToken, accessToken: 'unused' }, issuedAt: new Date() });
    await getAwsCredentialsFor(run.deps, signedIn);

    const issued = session.double.identity.credentialsIssued.at(-1);
    assert.equal(issued?.kind, 'authenticated');
    assert.equal(issued?.roleArn, roleArn('lantern-readers'));
    const copied = run.clipboard[0];
    assert.match(copied, new RegExp(`^export AWS_ACCESS_KEY_ID='${issued?.accessKeyId}'\\nexport AWS_SECRET_ACCESS_KEY='[^']+'\\nexport AWS_SESSION_TOKEN='[^']+'\\nexport AWS_REGION='${REGION}'$`));
    const [poolPick, usePick] = run.prompter.asked;
    assert.deepEqual(poolPick.descriptions, ['trusts lantern-web']);
    assert.match(usePick.text, new RegExp(`^Identity ${REGION}:[0-9a-f-]+ · role ${roleArn('lantern-readers')} · expires `));
    const secrets = [...copied.matchAll(/'([^']+)'/g)].map((m) => m[1]).filter((v) => v !== REGION);
    for (const line of run.logLines) for (const secret of [...secrets, idToken]) assert.ok(!line.includes(secret), line);
  });

  it('says what the identity pool refused: a token of a client it does not trust, an expired token, guests where guest access is off', async () => {
    const signedIn = (run: FlowRun, client: { clientId: string; name: string }, token: string) =>
      run.signIns.add({ connectionId: connectionOf(run), poolName: pool.name, clientName: client.name, client: { userPoolId: pool.id, clientId: client.clientId, hasSecret: false }, username: 'odile', admin: true, tokens: { idToken: token, accessToken: 'unused' }, issuedAt: new Date() });
    const refused = /The identity pool refused the ID token: it does not trust this user pool and app client, or the token expired; refresh the tokens or add the client to the identity pool\.$/;
    const untrusted = onDouble([{ pick: 'Lantern Identities' }]);
    await assert.rejects(getAwsCredentialsFor(untrusted.deps, signedIn(untrusted, admin, adminIdToken)), refused);
    assert.equal(untrusted.prompter.asked[0].descriptions?.[0], 'does not trust this app client');

    clock += 2 * 60 * 60 * 1000;
    try {
      const expired = onDouble([{ pick: 'Lantern Identities' }]);
      await assert.rejects(getAwsCredentialsFor(expired.deps, signedIn(expired, web, idToken)), refused);
    } finally {
      clock = Date.now();
    }

    const members = onDouble([{ input: 'Lantern Members' }, { pick: 'No guest access' }, { pick: 'lantern-readers' }]);
    const membersOnly = await createIdentityPool(members.deps, onClient(members, web));
    const guest = onDouble([{ pick: 'As a guest' }]);
    await assert.rejects(getAwsCredentialsFrom(guest.deps, { connectionId: connectionOf(guest), identityPool: { id: membersOnly.id, name: membersOnly.name } }), /This identity pool does not allow guest access; turn it on, or get credentials with a signed-in user\.$/);
    const run = onDouble([{ input: 'Lantern Members' }]);
    await deleteIdentityPool(run.deps, identityPoolNode(connectionOf(run), { id: membersOnly.id, name: membersOnly.name }));
  });

  it('Get AWS Credentials on the identity pool as a guest: a terminal with the guest role’s credentials', async () => {
    const run = onDouble([{ pick: 'As a guest' }, { pick: 'Open a terminal with them' }]);
    await getAwsCredentialsFrom(run.deps, { connectionId: connectionOf(run), identityPool: { id: identityPoolId, name: 'Lantern Identities' } });
    const issued = session.double.identity.credentialsIssued.at(-1);
    assert.equal(issued?.kind, 'unauthenticated');
    assert.equal(issued?.roleArn, roleArn('lantern-visitors'));
    assert.equal(run.terminals.length, 1);
    assert.equal(run.terminals[0].env.AWS_ACCESS_KEY_ID, issued?.accessKeyId);
    assert.equal(run.terminals[0].env.AWS_REGION, REGION);
    assert.deepEqual(run.clipboard, []);
  });

  it('Add to Identity Pool on lantern-kiosk: a second trusted client, the name, guest access and roles as they were', async () => {
    const run = onDouble([{ pick: 'Lantern Identities' }, { confirm: true }]);
    await addClientToIdentityPool(run.deps, onClient(run, kiosk));
    const described = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: identityPoolId }));
    assert.deepEqual(described.CognitoIdentityProviders?.map((p) => p.ClientId), [web.clientId, kiosk.clientId]);
    assert.equal(described.IdentityPoolName, 'Lantern Identities');
    assert.equal(described.AllowUnauthenticatedIdentities, true);
    const roles = await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId }));
    assert.deepEqual(roles.Roles, { authenticated: roleArn('lantern-readers'), unauthenticated: roleArn('lantern-visitors') });
  });

  it('Show Identity Pool Details names both clients and both roles', async () => {
    const run = onDouble([]);
    await showIdentityPoolDetails(run.deps, identityPoolNode(connectionOf(run), { id: identityPoolId, name: 'Lantern Identities' }));
    const fields = Object.fromEntries(run.details[0].model.sections.flatMap((s) => s.fields).map((f) => [f.id, f]));
    assert.equal(fields.guests.value, 'on: guests get the unauthenticated role');
    assert.equal(fields['client:0'].label, 'App client lantern-web');
    assert.equal(fields['client:1'].value, kiosk.clientId);
    assert.equal(fields['provider:0'].value, provider());
    assert.equal(fields.authenticatedRole.value, roleArn('lantern-readers'));
    assert.equal(fields.unauthenticatedRole.value, roleArn('lantern-visitors'));
  });

  it('Delete Identity Pool after its name is typed; a wrong name is refused as typed', async () => {
    const run = onDouble([{ input: 'Lantern Identities' }]);
    await deleteIdentityPool(run.deps, identityPoolNode(connectionOf(run), { id: identityPoolId, name: 'Lantern Identities' }));
    const listed = await identity.send(new ListIdentityPoolsCommand({ MaxResults: 60 }));
    assert.deepEqual(listed.IdentityPools?.map((p) => p.IdentityPoolId), []);
    assert.equal(run.removed.length, 1);
  });
});
