// The double refuses what AWS refuses in a pool's policies and sign-up settings (test/double/poolSettingRules.ts
// gives each rule's source): password history on the Lite plan, verification before update of an attribute
// that is not auto-verified, account-recovery orders AWS does not take, and tags outside AWS's rules. Each
// refusal beside an accepted request just inside the rule. Plain SDK client only.
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand, UpdateUserPoolCommand, type UpdateUserPoolCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import { ADMIN_ONLY_ALONE, HISTORY_NOT_ON_LITE, NOT_AUTO_VERIFIED, RECOVERY_REPEATED, RESERVED_TAG } from '../poolSettingRules';
import { useDouble } from '../../support/sessionHooks';

const REGION = 'sa-east-1';

describe('the double refuses pool policy and sign-up settings AWS refuses', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let poolId: string;

  before(async () => {
    poolId = (await session.client.send(new CreateUserPoolCommand({ PoolName: 'rules', UserPoolTier: 'LITE' }))).UserPool?.Id as string;
  });

  const update = (input: Omit<UpdateUserPoolCommandInput, 'UserPoolId'>) => session.client.send(new UpdateUserPoolCommand({ UserPoolId: poolId, ...input }));
  const refused = (input: Omit<UpdateUserPoolCommandInput, 'UserPoolId'>, name: string, message: string | RegExp) => assert.rejects(update(input), { name, message });
  const policy = (PasswordHistorySize: number) => ({ PasswordPolicy: { MinimumLength: 8, PasswordHistorySize } });

  it('refuses password history on the Lite plan, and takes it on Essentials and Plus, or 0 on Lite', async () => {
    await refused({ UserPoolTier: 'LITE', Policies: policy(1) }, 'FeatureUnavailableInTierException', HISTORY_NOT_ON_LITE);
    await update({ UserPoolTier: 'LITE', Policies: policy(0) });
    await update({ UserPoolTier: 'ESSENTIALS', Policies: policy(24) });
    await update({ UserPoolTier: 'PLUS', Policies: policy(1) });
    // Left out, the plan is Essentials (UpdateUserPool: "Defaults to ESSENTIALS"), which has history.
    await update({ Policies: policy(3) });
    const pool = (await session.client.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))).UserPool;
    assert.deepEqual([pool?.UserPoolTier, pool?.Policies?.PasswordPolicy?.PasswordHistorySize], ['ESSENTIALS', 3]);
    await refused({ UserPoolTier: 'ESSENTIALS', Policies: policy(25) }, 'InvalidParameterException', /passwordHistorySize/);
  });

  it('keeps the original value until verified only for auto-verified attributes', async () => {
    await refused({ UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] } }, 'InvalidParameterException', NOT_AUTO_VERIFIED);
    await refused({ AutoVerifiedAttributes: ['email'], UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email', 'phone_number'] } }, 'InvalidParameterException', NOT_AUTO_VERIFIED);
    await update({ AutoVerifiedAttributes: ['email', 'phone_number'], UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['phone_number'] } });
    await update({ UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [] } });
  });

  it('takes one or two recovery mechanisms with priorities 1 and 2, admin_only alone', async () => {
    const recovery = (...mechanisms: [string, number][]) => ({ AccountRecoverySetting: { RecoveryMechanisms: mechanisms.map(([Name, Priority]) => ({ Name: Name as 'admin_only', Priority })) } });
    await update(recovery(['verified_phone_number', 1], ['verified_email', 2]));
    await update(recovery(['admin_only', 1]));
    await update(recovery(['verified_email', 1]));
    await refused(recovery(), 'InvalidParameterException', /greater than or equal to 1/);
    await refused(recovery(['verified_email', 1], ['verified_phone_number', 2], ['admin_only', 1]), 'InvalidParameterException', /less than or equal to 2/);
    await refused(recovery(['verified_email', 3]), 'InvalidParameterException', /between 1 and 2/);
    await refused(recovery(['verified_email', 0]), 'InvalidParameterException', /between 1 and 2/);
    await refused(recovery(['email', 1]), 'InvalidParameterException', /enum value set/);
    await refused(recovery(['admin_only', 1], ['verified_email', 2]), 'InvalidParameterException', ADMIN_ONLY_ALONE);
    await refused(recovery(['verified_email', 1], ['verified_email', 2]), 'InvalidParameterException', RECOVERY_REPEATED);
    await refused(recovery(['verified_email', 1], ['verified_phone_number', 1]), 'InvalidParameterException', RECOVERY_REPEATED);
  });

  it('takes tags within AWS’s rules: 50 at most, keys 1–128 and values 0–256 of the allowed characters, no aws: keys', async () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, `v${i}`]));
    await update({ UserPoolTags: fifty });
    await update({ UserPoolTags: { ['k'.repeat(128)]: 'é'.repeat(256), 'cost center': '', 'a_b.c:d/e=f+g-h@i': 'Ünïcode 1' } });
    await refused({ UserPoolTags: { ...fifty, k50: 'one too many' } }, 'InvalidParameterException', /less than or equal to 50/);
    await refused({ UserPoolTags: { ['k'.repeat(129)]: 'x' } }, 'InvalidParameterException', /Map keys/);
    await refused({ UserPoolTags: { '': 'x' } }, 'InvalidParameterException', /Map keys/);
    await refused({ UserPoolTags: { 'team!': 'x' } }, 'InvalidParameterException', /Map keys/);
    await refused({ UserPoolTags: { team: 'v'.repeat(257) } }, 'InvalidParameterException', /Map value/);
    await refused({ UserPoolTags: { team: 'a,b' } }, 'InvalidParameterException', /Map value/);
    await refused({ UserPoolTags: { 'aws:team': 'x' } }, 'InvalidParameterException', RESERVED_TAG);
  });
});
