// Each pool-settings edit through its flow and the extension's own wiring, against the AWS-faithful double:
// a pool with every member UpdateUserPool takes set away from its default, one change through the flow,
// and the whole DescribeUserPool before and after (plain SDK client): only the intended member differs.
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand, type CreateUserPoolCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import { setDeletionProtection } from '../../src/commands/flows/poolSettings/deletionProtection';
import { editAccountRecovery } from '../../src/commands/flows/poolSettings/editAccountRecovery';
import { editPasswordPolicy } from '../../src/commands/flows/poolSettings/editPasswordPolicy';
import { editSignUp } from '../../src/commands/flows/poolSettings/editSignUp';
import { editTags } from '../../src/commands/flows/poolSettings/editTags';
import type { FlowDeps } from '../../src/commands/flows/deps';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import type { PoolRef } from '../../src/connection/connections';
import { poolNode } from '../../src/tree/nodes';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault } from '../support/connections';
import { flowAgainst } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import type { Answer } from '../support/scriptedPrompter';
import { useDouble } from '../support/sessionHooks';

const REGION = 'ca-west-1';

describe('pool settings edits against the AWS-faithful double change only their member', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  const createPool = async (input: CreateUserPoolCommandInput = poolAwayFromDefaults(REGION)): Promise<PoolRef> => {
    const { UserPool } = await session.client.send(new CreateUserPoolCommand(input));
    return onDefault({ id: UserPool?.Id as string, name: input.PoolName as string });
  };
  const readBack = async (target: PoolRef) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId: target.pool.id }))).UserPool;

  /** Runs the flow with these answers on a fresh rich pool; returns the Describe answers around it. */
  const edit = async (answers: Answer[], flow: (deps: FlowDeps, pool: PoolRef) => Promise<unknown>, input?: CreateUserPoolCommandInput) => {
    const pool = await createPool(input);
    const before = await readBack(pool);
    const run = flowAgainst(cognito, answers);
    await flow(run.deps, pool);
    run.prompter.assertDone();
    assert.deepEqual(run.detailsChanged, [poolNode(pool.connectionId, pool.pool).key], 'an open Pool Details renders again');
    return { before, after: await readBack(pool), run };
  };

  describe('Edit Password Policy', () => {
    it('changes the minimum length alone', async () => {
      const { before, after } = await edit([{ input: '14' }, { pickMany: ['Upper case letters', 'Numbers'] }, { input: '5' }, { input: '4' }, { confirm: true }], editPasswordPolicy);
      assertOnlyChanged(before, after, ['Policies.PasswordPolicy.MinimumLength']);
      assert.equal(after?.Policies?.PasswordPolicy?.MinimumLength, 14);
    });

    it('changes the temporary-password validity and the password history, nothing else', async () => {
      const { before, after } = await edit([{ input: '11' }, { pickMany: ['Upper case letters', 'Numbers'] }, { input: '30' }, { input: '0' }, { confirm: true }], editPasswordPolicy);
      // Describe reports the validity twice (the deprecated member too), both the one duration.
      assertOnlyChanged(before, after, ['Policies.PasswordPolicy.TemporaryPasswordValidityDays', 'Policies.PasswordPolicy.PasswordHistorySize', 'AdminCreateUserConfig.UnusedAccountValidityDays']);
      assert.deepEqual([after?.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays, after?.AdminCreateUserConfig?.UnusedAccountValidityDays], [30, 30]);
    });

    it('on a Lite pool, says password history is not offered, asks no history and sends none', async () => {
      const lite = poolAwayFromDefaults(REGION, 'ledger-lite');
      lite.UserPoolTier = 'LITE';
      const { PasswordHistorySize: _history, ...policy } = lite.Policies.PasswordPolicy ?? {};
      // Lite signs in with a password only (one-time codes need Essentials).
      lite.Policies = { ...lite.Policies, PasswordPolicy: policy, SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] } };
      // Lite has only the first event version of pre token generation (the double refuses V2_0 there).
      const preToken = lite.LambdaConfig?.PreTokenGenerationConfig;
      if (preToken) lite.LambdaConfig = { ...lite.LambdaConfig, PreTokenGenerationConfig: { ...preToken, LambdaVersion: 'V1_0' } };
      const { before, after, run } = await edit([{ input: '11' }, { pickMany: ['Upper case letters', 'Numbers', 'Symbols'] }, { input: '5' }, { confirm: true }], editPasswordPolicy, lite);
      assert.match(run.prompter.asked[2].text, /Password history is not asked: the pool's Lite plan does not have it/);
      assertOnlyChanged(before, after, ['Policies.PasswordPolicy.RequireSymbols']);
    });
  });

  describe('Edit Sign-up and Verification', () => {
    it('turns self-registration on alone', async () => {
      const { before, after } = await edit([{ pick: 'Anyone can sign up' }, { pick: 'E-mail' }, { pickMany: ['Keep the original e-mail'] }, { confirm: true }], editSignUp);
      assertOnlyChanged(before, after, ['AdminCreateUserConfig.AllowAdminCreateUserOnly']);
      assert.equal(after?.AdminCreateUserConfig?.AllowAdminCreateUserOnly, false);
    });

    it('verifies phone numbers instead, keeping no original: the verified attributes and what is kept, nothing else', async () => {
      const { before, after } = await edit([{ pick: 'Only administrators create users' }, { pick: 'Phone number' }, { pickMany: [] }, { confirm: true }], editSignUp);
      assertOnlyChanged(before, after, ['AutoVerifiedAttributes', 'UserAttributeUpdateSettings']);
      assert.deepEqual([after?.AutoVerifiedAttributes, after?.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate], [['phone_number'], []]);
    });

    it('drops a kept original whose attribute is no longer verified (AWS refuses it), without asking', async () => {
      const { before, after, run } = await edit([{ pick: 'Only administrators create users' }, { pick: 'None' }, { confirm: true }], editSignUp);
      assertOnlyChanged(before, after, ['AutoVerifiedAttributes', 'UserAttributeUpdateSettings']);
      assert.deepEqual(after?.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate, []);
      assert.equal(run.prompter.asked.filter((a) => a.type !== 'confirm').length, 2);
    });
  });

  describe('Edit Account Recovery', () => {
    it('makes recovery administrators only, nothing else', async () => {
      const { before, after } = await edit([{ pick: 'Administrators only' }, { confirm: true }], editAccountRecovery);
      assertOnlyChanged(before, after, ['AccountRecoverySetting']);
      assert.deepEqual(after?.AccountRecoverySetting?.RecoveryMechanisms, [{ Name: 'admin_only', Priority: 1 }]);
    });

    it('swaps the order, nothing else', async () => {
      const { before, after } = await edit([{ pick: 'Phone, then e-mail' }, { confirm: true }], editAccountRecovery);
      assertOnlyChanged(before, after, ['AccountRecoverySetting']);
      assert.deepEqual(after?.AccountRecoverySetting?.RecoveryMechanisms, [{ Name: 'verified_phone_number', Priority: 1 }, { Name: 'verified_email', Priority: 2 }]);
    });
  });

  describe('Edit Tags', () => {
    it('changes one tag’s value, nothing else', async () => {
      const { before, after } = await edit([{ pick: 'team' }, { pick: 'Change its value' }, { input: 'payments/cards' }, { confirm: true }], editTags);
      assertOnlyChanged(before, after, ['UserPoolTags.team']);
      assert.equal(after?.UserPoolTags?.team, 'payments/cards');
    });

    it('adds a tag with an empty value, nothing else', async () => {
      const { before, after } = await edit([{ pick: 'Add a tag…' }, { input: 'cost center' }, { input: '' }, { confirm: true }], editTags);
      assertOnlyChanged(before, after, ['UserPoolTags.cost center']);
      assert.equal(after?.UserPoolTags?.['cost center'], '');
    });

    it('removes a tag, nothing else', async () => {
      const { before, after } = await edit([{ pick: 'stage' }, { pick: 'Remove the tag' }, { confirm: true }], editTags);
      assertOnlyChanged(before, after, ['UserPoolTags.stage']);
      assert.deepEqual(after?.UserPoolTags, { team: 'payments' });
    });
  });

  describe('Turn On / Turn Off Deletion Protection', () => {
    it('turns protection off and on again, nothing else', async () => {
      const pool = await createPool();
      const before = await readBack(pool);
      for (const [active, expected] of [[false, 'INACTIVE'], [true, 'ACTIVE']] as const) {
        const run = flowAgainst(cognito, [{ confirm: true }]);
        await setDeletionProtection(run.deps, active, pool);
        const after = await readBack(pool);
        assert.equal(after?.DeletionProtection, expected);
        assertOnlyChanged(before, after, active ? [] : ['DeletionProtection']);
      }
    });

    it('says when protection is already on, and sends nothing', async () => {
      const pool = await createPool();
      const before = await readBack(pool);
      const run = flowAgainst(cognito, []);
      await assert.rejects(setDeletionProtection(run.deps, true, pool), { message: 'Deletion protection of ledger-prod is already on.' });
      assert.deepEqual(await readBack(pool), before);
    });
  });
});
