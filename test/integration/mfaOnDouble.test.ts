// Edit MFA and Set MFA Preference through their flows and the extension's own wiring, against the AWS-faithful
// double, read back with a plain SDK client: GetUserPoolMfaConfig for the pool's MFA (the messages of the
// factors kept on as they were), DescribeUserPool for the rest of the pool (only MfaConfiguration moves), and
// AdminGetUser for a user's factors and preferred one.
import * as assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  type SetUserPoolMfaConfigCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { editMfa } from '../../src/commands/flows/poolSettings/editMfa';
import { setUserMfaPreference } from '../../src/commands/flows/users/setUserMfaPreference';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import type { PoolRef } from '../../src/connection/connections';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { poolNode, userNode } from '../../src/tree/nodes';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault } from '../support/connections';
import { flowAgainst } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import { useDouble } from '../support/sessionHooks';

const REGION = 'mx-central-1';
const EMAIL_MFA = { Subject: 'Your ledger code', Message: 'Ledger: your sign-in code is {####}' };

describe('Edit MFA and Set MFA Preference against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  /** The rich Plus pool (SES sending, an SMS role and message of its own) with this MFA set by a plain client. */
  const createPool = async (name: string, mfa: Omit<SetUserPoolMfaConfigCommandInput, 'UserPoolId'>): Promise<PoolRef> => {
    const input = poolAwayFromDefaults(REGION, name);
    const { UserPool } = await session.client.send(new CreateUserPoolCommand(input));
    const id = UserPool?.Id as string;
    await session.client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: id, ...mfa }));
    return onDefault({ id, name });
  };
  const readPool = async (target: PoolRef) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId: target.pool.id }))).UserPool;
  const readMfa = async (target: PoolRef) => {
    const { $metadata: _metadata, ...config } = await session.client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: target.pool.id }));
    return config;
  };

  describe('Edit MFA', () => {
    it('requires MFA with SMS added: the pool’s SMS role and message, the e-mail message kept, nothing else of the pool moved', async () => {
      const pool = await createPool('ledger-mfa', { MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true }, EmailMfaConfiguration: EMAIL_MFA });
      const before = await readPool(pool);
      const run = flowAgainst(cognito, [{ pick: 'Required' }, { pickMany: ['Authenticator app', 'SMS', 'E-mail'] }, { confirm: true }]);
      await editMfa(run.deps, pool);
      run.prompter.assertDone();
      assert.deepEqual(run.prompter.asked[1].picked, [true, false, true], 'ticked as the pool has them');
      assert.deepEqual(run.detailsChanged, [poolNode(pool.connectionId, pool.pool).key]);
      const mfa = await readMfa(pool);
      assert.equal(mfa.MfaConfiguration, 'ON');
      assert.equal(mfa.SoftwareTokenMfaConfiguration?.Enabled, true);
      assert.equal(mfa.SmsMfaConfiguration?.SmsAuthenticationMessage, 'Ledger sign-in {####}');
      assert.equal(mfa.SmsMfaConfiguration?.SmsConfiguration?.SnsCallerArn, 'arn:aws:iam::210987654321:role/ledger-sms');
      assert.deepEqual(mfa.EmailMfaConfiguration, EMAIL_MFA);
      assertOnlyChanged(before, await readPool(pool), ['MfaConfiguration']);
    });

    it('turns MFA off: no factor left, nothing else of the pool moved', async () => {
      const pool = await createPool('ledger-mfa-off', { MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true }, EmailMfaConfiguration: EMAIL_MFA });
      const before = await readPool(pool);
      const run = flowAgainst(cognito, [{ pick: 'Off' }, { confirm: true }]);
      await editMfa(run.deps, pool);
      const mfa = await readMfa(pool);
      assert.equal(mfa.MfaConfiguration, 'OFF');
      assert.notEqual(mfa.SoftwareTokenMfaConfiguration?.Enabled, true);
      assert.equal(mfa.EmailMfaConfiguration, undefined);
      assert.equal(mfa.SmsMfaConfiguration, undefined);
      assertOnlyChanged(before, await readPool(pool), ['MfaConfiguration']);
    });

    it('refuses Optional with no factor before sending anything', async () => {
      const pool = await createPool('ledger-mfa-none', { MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } });
      const [before, beforeMfa] = [await readPool(pool), await readMfa(pool)];
      const run = flowAgainst(cognito, [{ pick: 'Optional' }, { pickMany: [] }]);
      await assert.rejects(editMfa(run.deps, pool), { message: 'MFA optional needs at least one factor; tick one, or choose Off for ledger-mfa-none.' });
      assertOnlyChanged(before, await readPool(pool), [], []);
      assert.deepEqual(await readMfa(pool), beforeMfa);
    });
  });

  describe('Set MFA Preference', () => {
    const createUser = async (pool: PoolRef, username: string): Promise<UserRef> => {
      await session.client.send(
        new AdminCreateUserCommand({
          UserPoolId: pool.pool.id,
          Username: username,
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: `${username}@ledger.example` },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'phone_number', Value: '+525512345678' },
            { Name: 'phone_number_verified', Value: 'true' },
          ],
        }),
      );
      return { connectionId: pool.connectionId, userPoolId: pool.pool.id, user: { username, status: 'FORCE_CHANGE_PASSWORD', enabled: true } };
    };
    const readUser = async (ref: UserRef) => {
      const out = await session.client.send(new AdminGetUserCommand({ UserPoolId: ref.userPoolId, Username: ref.user.username }));
      return { factors: [...(out.UserMFASettingList ?? [])].sort(), preferred: out.PreferredMfaSetting };
    };

    it('turns SMS and e-mail on with e-mail preferred, then both off again; User Details renders again', async () => {
      const pool = await createPool('ledger-users-mfa', {
        MfaConfiguration: 'OPTIONAL',
        SmsMfaConfiguration: { SmsAuthenticationMessage: 'Ledger sign-in {####}', SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::210987654321:role/ledger-sms', ExternalId: 'ledger-ext-7' } },
        EmailMfaConfiguration: EMAIL_MFA,
      });
      const user = await createUser(pool, 'Ñandú.Keeper');
      const run = flowAgainst(cognito, [{ pickMany: ['SMS', 'e-mail'] }, { pick: 'e-mail' }, { confirm: true }]);
      await setUserMfaPreference(run.deps, user);
      run.prompter.assertDone();
      assert.match(run.prompter.asked[0].text, /authenticator app is not on in the pool \(Edit MFA…\)$/);
      assert.deepEqual(run.detailsChanged, [userNode(user.connectionId, user.userPoolId, user.user).key]);
      assert.deepEqual(await readUser(user), { factors: ['EMAIL_OTP', 'SMS_MFA'], preferred: 'EMAIL_OTP' });

      const off = flowAgainst(cognito, [{ pickMany: [] }, { confirm: true }]);
      await setUserMfaPreference(off.deps, user);
      assert.deepEqual([off.prompter.asked[0].labels, off.prompter.asked[0].picked], [['SMS', 'e-mail'], [true, true]], 'ticked as the user has them');
      assert.deepEqual(await readUser(user), { factors: [], preferred: undefined });
    });
  });
});

describe('Set MFA Preference against the double, for a user with an authenticator set up', function () {
  this.timeout(30_000);
  const session = useDouble(
    {
      region: REGION,
      pools: [
        {
          name: 'ledger-totp',
          mfa: { configuration: 'ON', softwareToken: true, email: EMAIL_MFA },
          emailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: `arn:aws:ses:${REGION}:123456789012:identity/ledger.example` },
          extraUsers: [{ username: 'Ōtani', attributes: { email: 'otani@ledger.example', email_verified: 'true' }, mfa: { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA', totpSecret: 'JBSWY3DPEHPK3PXP' } }],
        },
      ],
    },
    { region: REGION, maxAttempts: 1 },
  );

  it('offers the authenticator the user set up, ticked, and keeps it beside e-mail with e-mail preferred', async () => {
    const cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
    const pool = session.double.pools[0];
    const user: UserRef = { connectionId: onDefault({ id: pool.id, name: 'ledger-totp' }).connectionId, userPoolId: pool.id, user: { username: 'Ōtani', status: 'CONFIRMED', enabled: true } };
    const run = flowAgainst(cognito, [{ pickMany: ['authenticator app', 'e-mail'] }, { pick: 'e-mail' }, { confirm: true }]);
    await setUserMfaPreference(run.deps, user);
    run.prompter.assertDone();
    assert.deepEqual([run.prompter.asked[0].labels, run.prompter.asked[0].picked], [['authenticator app', 'e-mail'], [true, false]]);
    const out = await session.client.send(new AdminGetUserCommand({ UserPoolId: pool.id, Username: 'Ōtani' }));
    assert.deepEqual([[...(out.UserMFASettingList ?? [])].sort(), out.PreferredMfaSetting], [['EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'], 'EMAIL_OTP']);
  });
});
