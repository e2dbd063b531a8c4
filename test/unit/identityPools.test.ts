// Identity pools without a service: the names and role ARNs Cognito Identity takes, the trust policies that let it
// assume a role, the credentials in each format (quoted so no value breaks out), the create flow's Esc at every
// step, a role typed when the roles cannot be listed, and what Get AWS Credentials refuses before any call.
// Against the double: test/integration/identityPoolsOnDouble.test.ts.
import * as assert from 'node:assert/strict';
import { credentialsFileProfile, posixExports, powerShellAssignments } from '../../src/auth/credentialFormats';
import { identityError } from '../../src/aws/identity/identityErrors';
import { identityTrustOf } from '../../src/aws/identity/trustPolicy';
import { getAwsCredentialsFor } from '../../src/commands/flows/identityPools/getAwsCredentials';
import { createIdentityPool } from '../../src/commands/flows/identityPools/identityPoolActions';
import { CognitoError } from '../../src/shared/errors';
import { checkIdentityPoolName, checkRoleArn } from '../../src/validation/identityPool';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import { FakeCognito } from '../support/fakeCognito';

const CREDENTIALS = { accessKeyId: 'ASIAEXAMPLE7QUOTE01', secretAccessKey: "se'cret/+key", sessionToken: 'IQoJb3JpZ2luX2VjE$(whoami)`id`', expiration: new Date('2026-05-01T09:00:00Z') };

describe('identity pool names and role ARNs as Cognito Identity takes them', () => {
  it('takes 1–128 characters of letters, digits, spaces and + = , . @ _ -', () => {
    assert.equal(checkIdentityPoolName('Lantern Identities_2+@x.y=z,w-v'), undefined);
    assert.equal(checkIdentityPoolName(''), 'Enter a name for the identity pool.');
    assert.equal(checkIdentityPoolName('a'.repeat(129)), 'An identity pool name has at most 128 characters (now 129).');
    assert.equal(checkIdentityPoolName('a'.repeat(128)), undefined);
    assert.match(checkIdentityPoolName('lantern/identities') ?? '', /letters, digits, spaces/);
  });

  it('takes an IAM role ARN of any partition, with a path', () => {
    for (const arn of ['arn:aws:iam::123456789012:role/Readers', 'arn:aws-cn:iam::123456789012:role/cognito/Readers', 'arn:aws-us-gov:iam::123456789012:role/a.b@c']) assert.equal(checkRoleArn(arn), undefined, arn);
    for (const arn of ['arn:aws:iam::12345:role/Readers', 'arn:aws:iam::123456789012:user/Readers', 'arn:aws:lambda:eu-west-1:123456789012:function:f', 'Readers']) assert.ok(checkRoleArn(arn), arn);
  });
});

describe('a role’s trust in Cognito Identity', () => {
  const trust = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
  const cognito = { Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' };

  it('reads the amr and aud conditions, URL-encoded as ListRoles returns them or not', () => {
    const both = trust({ ...cognito, Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'eu-west-1:1111' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': ['authenticated', 'unauthenticated'] } } });
    assert.deepEqual(identityTrustOf(encodeURIComponent(both)), { trusts: 'both', identityPools: ['eu-west-1:1111'] });
    assert.deepEqual(identityTrustOf(trust({ ...cognito, Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } } })), { trusts: 'unauthenticated', identityPools: [] });
    assert.deepEqual(identityTrustOf(trust(cognito)), { trusts: 'unstated', identityPools: [] });
  });

  it('leaves out roles Cognito Identity may not assume: another principal, a Deny, no policy', () => {
    assert.equal(identityTrustOf(trust({ ...cognito, Principal: { Service: 'lambda.amazonaws.com' } })), undefined);
    assert.equal(identityTrustOf(trust({ ...cognito, Effect: 'Deny' })), undefined);
    assert.equal(identityTrustOf(undefined), undefined);
    assert.equal(identityTrustOf('%7Bnot json'), undefined);
  });
});

describe('Cognito Identity’s refusals as sentences', () => {
  const context = { region: 'eu-west-3', profile: 'ops' };
  const aws = (name: string, message: string) => Object.assign(new Error(message), { name });

  it('names iam:PassRole and the role when setting roles is refused for it, else the action', () => {
    const passRole = identityError(aws('AccessDeniedException', 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/ops-readers'), 'SetIdentityPoolRoles', 'cognito-identity', context);
    assert.equal(passRole.message, "Access denied: setting an identity pool's roles passes them to Cognito Identity, so your credentials need iam:PassRole on arn:aws:iam::123456789012:role/ops-readers; ask for it or choose another profile.");
    assert.equal(identityError(aws('AccessDeniedException', 'no'), 'CreateIdentityPool', 'cognito-identity', context).message, 'Access denied: your credentials lack the IAM permission cognito-identity:CreateIdentityPool; ask for it or choose another profile.');
    assert.equal(identityError(aws('AccessDenied', 'no'), 'ListRoles', 'iam', context).message, 'Access denied: your credentials lack the IAM permission iam:ListRoles; ask for it or choose another profile.');
  });

  it('says an emulator does not serve IAM when its ListRoles answer cannot be read', () => {
    const unreadable = identityError(aws('Error', 'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'), 'ListRoles', 'iam', { ...context, customEndpoint: true });
    assert.equal(unreadable.message, "This endpoint does not serve IAM's ListRoles; type the role's ARN instead.");
    assert.equal(unreadable.kind, 'unsupported');
  });

  it('tells guest access off from a refused token', () => {
    assert.match(identityError(aws('NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.'), 'GetId', 'cognito-identity', context).message, /does not allow guest access/);
    assert.match(identityError(aws('NotAuthorizedException', 'Invalid login token. Token expired: 1 >= 0'), 'GetId', 'cognito-identity', context).message, /refused the ID token/);
  });
});

describe('temporary credentials as shells and files take them', () => {
  it('quotes each value for a POSIX shell and for PowerShell, so none runs', () => {
    assert.equal(
      posixExports(CREDENTIALS, 'eu-west-3'),
      [`export AWS_ACCESS_KEY_ID='ASIAEXAMPLE7QUOTE01'`, `export AWS_SECRET_ACCESS_KEY='se'\\''cret/+key'`, "export AWS_SESSION_TOKEN='IQoJb3JpZ2luX2VjE$(whoami)`id`'", `export AWS_REGION='eu-west-3'`].join('\n'),
    );
    assert.equal(
      powerShellAssignments(CREDENTIALS, 'eu-west-3'),
      [`$Env:AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE7QUOTE01'`, `$Env:AWS_SECRET_ACCESS_KEY = 'se''cret/+key'`, "$Env:AWS_SESSION_TOKEN = 'IQoJb3JpZ2luX2VjE$(whoami)`id`'", `$Env:AWS_REGION = 'eu-west-3'`].join('\n'),
    );
    assert.equal(credentialsFileProfile(CREDENTIALS, 'cognito-lantern'), `[cognito-lantern]\naws_access_key_id = ASIAEXAMPLE7QUOTE01\naws_secret_access_key = se'cret/+key\naws_session_token = IQoJb3JpZ2luX2VjE$(whoami)\`id\``);
  });
});

describe('Create Identity Pool and Get AWS Credentials without a service', () => {
  const withClient = () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('harbour');
    cognito.data.clients.push({ userPoolId: pool.id, clientId: 'web7client', name: 'harbour-web' });
    cognito.data.iamRoles = [{ name: 'harbour-readers', arn: 'arn:aws:iam::123456789012:role/harbour-readers', trusts: 'authenticated', identityPools: [] }];
    return cognito;
  };
  const target = (cognito: FakeCognito) => ({ connectionId: 'c1', pool: { id: cognito.data.pools[0].id, name: 'harbour' }, client: cognito.data.clients[0] });

  it('Esc at any step creates nothing', async () => {
    const answers = [{ input: 'Harbour Identities' }, { pick: 'Allow guest access' }, { pick: 'harbour-readers' }, { pick: 'Type a role ARN…' }, { input: 'arn:aws:iam::123456789012:role/harbour-guests' }];
    await assertEscAtEveryStepCreatesNothing(answers, withClient, (deps) => createIdentityPool(deps, { ...target(withClient()), connectionId: deps.connections.list()[0].id }));
  });

  it('without iam:ListRoles, says why in the pick and takes a typed ARN, checked as typed', async () => {
    const cognito = withClient();
    cognito.failNext.set('roles.listForIdentityPools', new CognitoError('Access denied: your credentials lack the IAM permission iam:ListRoles; ask for it or choose another profile.', 'accessDenied', 'AccessDenied'));
    const run = flowRun([{ input: 'Harbour Identities' }, { pick: 'No guest access' }, { pick: 'Type a role ARN…' }, { input: ' arn:aws:iam::123456789012:role/typed-readers ' }], cognito);
    const created = await createIdentityPool(run.deps, { ...target(cognito), connectionId: run.deps.connections.list()[0].id });
    const rolePick = run.prompter.asked[2];
    assert.deepEqual(rolePick.labels, ['Type a role ARN…']);
    assert.match(rolePick.details?.[0] ?? '', /^The roles could not be listed: Access denied: .*iam:ListRoles/);
    assert.equal(run.prompter.asked[3].type, 'input');
    assert.deepEqual(cognito.data.identityPoolRoles.get(created.id), { authenticated: 'arn:aws:iam::123456789012:role/typed-readers', mappings: {} });
    assert.deepEqual(cognito.data.identityPools[0].trustedClients, [{ providerName: `cognito-idp.${cognito.data.pools[0].id.split('_')[0]}.amazonaws.com/${cognito.data.pools[0].id}`, clientId: 'web7client', serverSideTokenCheck: false }]);
  });

  it('on an endpoint without Cognito Identity, says so before any question; a refused listing does not stop it', async () => {
    const emulator = withClient();
    emulator.failNext.set('identityPools.list', new CognitoError('This Cognito endpoint does not support ListIdentityPools; it works against AWS.', 'unsupported', 'UnsupportedOperation'));
    const run = flowRun([], emulator);
    await assert.rejects(createIdentityPool(run.deps, { ...target(emulator), connectionId: run.deps.connections.list()[0].id }), /does not support ListIdentityPools/);
    assert.deepEqual(run.prompter.asked, []);

    const listDenied = withClient();
    listDenied.failNext.set('identityPools.list', new CognitoError('Access denied: your credentials lack the IAM permission cognito-identity:ListIdentityPools; ask for it or choose another profile.', 'accessDenied', 'AccessDeniedException'));
    const allowed = flowRun([{ input: 'Harbour Identities' }, { pick: 'No guest access' }, { pick: 'harbour-readers' }], listDenied);
    await createIdentityPool(allowed.deps, { ...target(listDenied), connectionId: allowed.deps.connections.list()[0].id });
    assert.equal(listDenied.data.identityPools.length, 1);
  });

  it('Get AWS Credentials refuses a sign-in without an ID token before any call', async () => {
    const run = flowRun([]);
    const session = run.signIns.add({ connectionId: 'c1', poolName: 'harbour', clientName: 'nightly', client: { userPoolId: 'eu-west-1_X', clientId: 'm2m', hasSecret: true }, username: 'nightly', admin: false, tokens: { accessToken: 'a.b.c' }, issuedAt: new Date(), machine: { baseUrl: 'https://x', scopes: [] } });
    await assert.rejects(getAwsCredentialsFor(run.deps, session), /has no ID token, which an identity pool needs/);
    assert.deepEqual(run.cognito.calls, []);
  });
});
