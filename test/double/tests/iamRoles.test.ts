// IAM's ListRoles on the double's endpoint, read with the real IAM client (no extension code): the SDK parses
// the double's XML, the trust policy comes back URL-encoded as IAM returns it, PathPrefix filters, Marker pages,
// and the refusals are IAM's (iamRoles.ts).
import * as assert from 'node:assert/strict';
import { GetRoleCommand, IAMClient, ListRolesCommand } from '@aws-sdk/client-iam';
import type { RoleSeed } from '../iamRoles';
import { useDouble } from '../../support/sessionHooks';
import { rejectsWith } from '../../support/signInDouble';

const ACCOUNT = '123456789012';
const CREATED = Date.parse('2025-11-02T17:45:09Z');
const COGNITO_TRUST = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } },
    },
  ],
};
const LAMBDA_TRUST = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
const ROLES: RoleSeed[] = [
  { name: 'tide-readers', path: '/cognito/', trustPolicy: COGNITO_TRUST, description: 'Reads & lists <tides>' },
  { name: 'tide-visitors', path: '/cognito/', trustPolicy: COGNITO_TRUST },
  { name: 'pier-runner', path: '/service-role/', trustPolicy: LAMBDA_TRUST, maxSessionDuration: 7200 },
];

const iamClient = (endpoint: string) => new IAMClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });

describe('the Cognito double: IAM’s ListRoles on the same endpoint', () => {
  const session = useDouble({ roles: ROLES, now: () => CREATED });
  let iam: IAMClient;
  before(() => void (iam = iamClient(session.endpoint)));
  after(() => iam.destroy());

  it('lists every role with its ARN, id, path and date, the trust policy URL-encoded as IAM returns it', async () => {
    const answer = await iam.send(new ListRolesCommand({}));
    assert.deepEqual([answer.IsTruncated, answer.Marker], [false, undefined]);
    assert.deepEqual(answer.Roles?.map((role) => role.Arn), [`arn:aws:iam::${ACCOUNT}:role/cognito/tide-readers`, `arn:aws:iam::${ACCOUNT}:role/cognito/tide-visitors`, `arn:aws:iam::${ACCOUNT}:role/service-role/pier-runner`]);
    const [readers, , runner] = answer.Roles ?? [];
    assert.deepEqual([readers.RoleName, readers.Path, readers.Description, readers.MaxSessionDuration], ['tide-readers', '/cognito/', 'Reads & lists <tides>', 3600]);
    assert.match(readers.RoleId ?? '', /^AROA[A-Z2-7]{17}$/);
    assert.equal(readers.CreateDate?.getTime(), CREATED);
    // RFC 3986: nothing but unreserved characters is left as it is.
    assert.match(readers.AssumeRolePolicyDocument ?? '', /^[A-Za-z0-9%._~-]+$/);
    assert.ok(readers.AssumeRolePolicyDocument?.startsWith('%7B%22Version%22%3A%222012-10-17%22'));
    assert.deepEqual(JSON.parse(decodeURIComponent(readers.AssumeRolePolicyDocument ?? '')), COGNITO_TRUST);
    assert.equal(decodeURIComponent(runner.AssumeRolePolicyDocument ?? ''), LAMBDA_TRUST);
    assert.deepEqual([runner.Description, runner.MaxSessionDuration], [undefined, 7200]);
  });

  it('filters by PathPrefix, and refuses a prefix that does not start with a slash', async () => {
    assert.deepEqual((await iam.send(new ListRolesCommand({ PathPrefix: '/cognito/' }))).Roles?.map((role) => role.RoleName), ['tide-readers', 'tide-visitors']);
    assert.deepEqual((await iam.send(new ListRolesCommand({ PathPrefix: '/nowhere/' }))).Roles, []);
    await rejectsWith(iam.send(new ListRolesCommand({ PathPrefix: 'cognito/' })), 'ValidationError', /at 'pathPrefix' failed to satisfy constraint/);
  });

  it('lists a role a test adds, and records the call with its form members', async () => {
    session.double.iam.add({ name: 'quay-auditors', trustPolicy: COGNITO_TRUST });
    session.double.calls.length = 0;
    const names = (await iam.send(new ListRolesCommand({ PathPrefix: '/' }))).Roles?.map((role) => role.RoleName);
    assert.ok(names?.includes('quay-auditors'));
    const call = session.double.calls.at(-1);
    assert.deepEqual([call?.operation, call?.outcome, call?.input.PathPrefix, call?.accessKeyId], ['ListRoles', 'ok', '/', 'local']);
  });

  it('answers ExpiredToken while credentials are expired, and InvalidAction for an action it does not serve', async () => {
    session.double.expireCredentials();
    try {
      await rejectsWith(iam.send(new ListRolesCommand({})), 'ExpiredToken', 'The security token included in the request is expired');
    } finally {
      session.double.renewCredentials();
    }
    await rejectsWith(iam.send(new GetRoleCommand({ RoleName: 'tide-readers' })), 'InvalidAction', 'Could not find operation GetRole for version 2010-05-08');
  });

  describe('paging', () => {
    const many = useDouble({ roles: Array.from({ length: 130 }, (_, i) => ({ name: `berth-${String(i).padStart(3, '0')}`, trustPolicy: LAMBDA_TRUST })) });
    let client: IAMClient;
    before(() => void (client = iamClient(many.endpoint)));
    after(() => client.destroy());

    it('pages 100 roles by default, MaxItems when given, with a Marker while IsTruncated', async () => {
      const first = await client.send(new ListRolesCommand({}));
      assert.deepEqual([first.Roles?.length, first.IsTruncated], [100, true]);
      assert.ok(first.Marker && !first.Marker.includes('berth'), 'an opaque marker');
      const second = await client.send(new ListRolesCommand({ Marker: first.Marker, MaxItems: 25 }));
      assert.deepEqual([second.Roles?.[0].RoleName, second.Roles?.length, second.IsTruncated], ['berth-100', 25, true]);
      const last = await client.send(new ListRolesCommand({ Marker: second.Marker, MaxItems: 25 }));
      assert.deepEqual([last.Roles?.map((role) => role.RoleName), last.IsTruncated, last.Marker], [['berth-125', 'berth-126', 'berth-127', 'berth-128', 'berth-129'], false, undefined]);
    });

    it('refuses MaxItems outside 1–1000 and an unknown Marker', async () => {
      await rejectsWith(client.send(new ListRolesCommand({ MaxItems: 0 })), 'ValidationError', "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1");
      await rejectsWith(client.send(new ListRolesCommand({ MaxItems: 1001 })), 'ValidationError', /less than or equal to 1000/);
      await rejectsWith(client.send(new ListRolesCommand({ Marker: 'made-up' })), 'ValidationError');
    });
  });
});
