// PoolsApi.update against a recording SDK: for each member of PoolChange, the UpdateUserPool request is the
// pool's whole configuration as Describe reported it (every member away from its default) with only that
// member's part of the request changed; several members at once change only their parts.
import * as assert from 'node:assert/strict';
import type { UpdateUserPoolRequest } from '@aws-sdk/client-cognito-identity-provider';
import { PoolCalls } from '../../src/aws/cognito/poolCalls';
import type { PoolChange } from '../../src/shared/types';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { assertOnlyChanged } from '../support/onlyChanged';
import { RecordingSdk } from '../support/recordingSdk';

const POOL_ID = 'af-south-1_Ledger7';
const { PoolName, DcrConfiguration: _kept, ...SETTINGS } = poolAwayFromDefaults('af-south-1');
/** What an update with no change sends: Describe's members as they are (DcrConfiguration is kept when left out). */
const UNCHANGED = { UserPoolId: POOL_ID, PoolName, ...SETTINGS };

async function sent(change: PoolChange): Promise<UpdateUserPoolRequest> {
  const sdk = new RecordingSdk();
  sdk.answers.set('DescribeUserPoolCommand', { UserPool: { Id: POOL_ID, Name: PoolName, ...poolAwayFromDefaults('af-south-1') } });
  await new PoolCalls(sdk.client, sdk.context()).update(POOL_ID, change);
  assert.deepEqual(sdk.sent.map((s) => s.name), ['DescribeUserPoolCommand', 'UpdateUserPoolCommand']);
  return sdk.sent[1].input as unknown as UpdateUserPoolRequest;
}

describe('PoolsApi.update sends the whole configuration with only the change', () => {
  it('sends every member back as it was for an empty change', async () => {
    assertOnlyChanged(UNCHANGED, await sent({}), [], []);
  });

  const cases: [string, PoolChange, string[], (request: UpdateUserPoolRequest) => unknown, unknown][] = [
    [
      'the password policy (SignInPolicy beside it kept)',
      { passwordPolicy: { minimumLength: 16, requireUppercase: true, requireLowercase: false, requireNumbers: true, requireSymbols: false, temporaryPasswordDays: 5, passwordHistorySize: 0 } },
      ['Policies.PasswordPolicy.MinimumLength', 'Policies.PasswordPolicy.PasswordHistorySize'],
      (r) => [r.Policies?.PasswordPolicy?.MinimumLength, r.Policies?.PasswordPolicy?.PasswordHistorySize],
      [16, 0],
    ],
    [
      'the password policy without history (Lite), leaving the member out',
      { passwordPolicy: { minimumLength: 11, requireUppercase: true, requireLowercase: false, requireNumbers: true, requireSymbols: false, temporaryPasswordDays: 5 } },
      ['Policies.PasswordPolicy.PasswordHistorySize'],
      (r) => 'PasswordHistorySize' in (r.Policies?.PasswordPolicy ?? {}),
      false,
    ],
    ['self-registration', { selfSignUp: true }, ['AdminCreateUserConfig.AllowAdminCreateUserOnly'], (r) => r.AdminCreateUserConfig?.AllowAdminCreateUserOnly, false],
    ['the verified attributes', { autoVerifiedAttributes: ['phone_number'] }, ['AutoVerifiedAttributes'], (r) => r.AutoVerifiedAttributes, ['phone_number']],
    ['what is kept until verified', { keepOriginalUntilVerified: [] }, ['UserAttributeUpdateSettings'], (r) => r.UserAttributeUpdateSettings, { AttributesRequireVerificationBeforeUpdate: [] }],
    ['the recovery order, with priorities from 1', { accountRecovery: ['verified_phone_number', 'verified_email'] }, ['AccountRecoverySetting'], (r) => r.AccountRecoverySetting?.RecoveryMechanisms, [{ Name: 'verified_phone_number', Priority: 1 }, { Name: 'verified_email', Priority: 2 }]],
    ['deletion protection', { deletionProtection: false }, ['DeletionProtection'], (r) => r.DeletionProtection, 'INACTIVE'],
    ['the tags as a whole set', { tags: { team: 'cards' } }, ['UserPoolTags'], (r) => r.UserPoolTags, { team: 'cards' }],
  ];
  for (const [what, change, paths, read, expected] of cases) {
    it(`changes ${what} alone`, async () => {
      const request = await sent(change);
      assertOnlyChanged(UNCHANGED, request, paths, []);
      assert.deepEqual(read(request), expected);
    });
  }

  it('changes several members at once, each in its own part', async () => {
    const request = await sent({ selfSignUp: true, deletionProtection: false, accountRecovery: ['admin_only'] });
    assertOnlyChanged(UNCHANGED, request, ['AdminCreateUserConfig.AllowAdminCreateUserOnly', 'DeletionProtection', 'AccountRecoverySetting'], []);
    assert.deepEqual(request.AdminCreateUserConfig?.InviteMessageTemplate, SETTINGS.AdminCreateUserConfig.InviteMessageTemplate, 'the invitation beside it is kept');
  });
});
