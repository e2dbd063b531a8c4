// The pool's sign-in edits through their flows and the extension's own wiring, against the AWS-faithful double:
// a pool with every member UpdateUserPool takes set away from its default, one change through the flow, and
// the whole DescribeUserPool before and after (plain SDK client): only the intended member differs. A change
// of plan that AWS would refuse is refused before anything is sent, and the pool is left as it was.
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand, SetUserPoolMfaConfigCommand, type CreateUserPoolCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import type { FlowDeps } from '../../src/commands/flows/deps';
import { editFeaturePlan } from '../../src/commands/flows/poolSettings/editFeaturePlan';
import { editSignInOptions } from '../../src/commands/flows/poolSettings/editSignInOptions';
import type { PoolRef } from '../../src/connection/connections';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { poolNode } from '../../src/tree/nodes';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault } from '../support/connections';
import { flowAgainst } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import type { Answer } from '../support/scriptedPrompter';
import { useDouble } from '../support/sessionHooks';

const REGION = 'il-central-1';

/** The rich pool on Essentials with nothing only Essentials or Plus has: no history, password sign-in only,
 *  pre token generation V1_0, threat protection off. Everything else stays away from its default. */
function essentialsOnly(name: string): CreateUserPoolCommandInput {
  const input = poolAwayFromDefaults(REGION, name);
  const { PasswordHistorySize: _history, ...policy } = input.Policies.PasswordPolicy ?? {};
  const preToken = input.LambdaConfig?.PreTokenGenerationConfig;
  return {
    ...input,
    UserPoolTier: 'ESSENTIALS',
    Policies: { PasswordPolicy: policy, SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] } },
    LambdaConfig: { ...input.LambdaConfig, ...(preToken ? { PreTokenGenerationConfig: { ...preToken, LambdaVersion: 'V1_0' } } : {}) },
    UserPoolAddOns: { AdvancedSecurityMode: 'OFF' },
  };
}

describe('the sign-in edits against the AWS-faithful double change only their member', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  const createPool = async (input: CreateUserPoolCommandInput): Promise<PoolRef> => {
    const { UserPool } = await session.client.send(new CreateUserPoolCommand(input));
    return onDefault({ id: UserPool?.Id as string, name: input.PoolName as string });
  };
  const readBack = async (target: PoolRef) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId: target.pool.id }))).UserPool;

  const edit = async (answers: Answer[], flow: (deps: FlowDeps, pool: PoolRef) => Promise<unknown>, input: CreateUserPoolCommandInput = poolAwayFromDefaults(REGION)) => {
    const pool = await createPool(input);
    const before = await readBack(pool);
    const run = flowAgainst(cognito, answers);
    await flow(run.deps, pool);
    run.prompter.assertDone();
    assert.deepEqual(run.detailsChanged, [poolNode(pool.connectionId, pool.pool).key], 'an open Pool Details renders again');
    return { before, after: await readBack(pool), run };
  };

  /** Runs the flow expecting its refusal; the pool must be exactly as before. */
  const refused = async (answers: Answer[], flow: (deps: FlowDeps, pool: PoolRef) => Promise<unknown>, input: CreateUserPoolCommandInput, message: RegExp) => {
    const pool = await createPool(input);
    const before = await readBack(pool);
    const run = flowAgainst(cognito, answers);
    await assert.rejects(flow(run.deps, pool), { message });
    run.prompter.assertDone();
    assertOnlyChanged(before, await readBack(pool), [], []);
  };

  describe('Edit Feature Plan', () => {
    it('moves an Essentials pool using nothing Lite lacks to Lite, nothing else', async () => {
      const { before, after } = await edit([{ pick: 'Lite' }, { confirm: true }], editFeaturePlan, essentialsOnly('ledger-down'));
      assertOnlyChanged(before, after, ['UserPoolTier']);
      assert.equal(after?.UserPoolTier, 'LITE');
    });

    it('moves that pool up to Plus, nothing else', async () => {
      const { before, after } = await edit([{ pick: 'Plus' }, { confirm: true }], editFeaturePlan, essentialsOnly('ledger-up'));
      assertOnlyChanged(before, after, ['UserPoolTier']);
      assert.equal(after?.UserPoolTier, 'PLUS');
    });

    it('refuses Lite for the rich Plus pool, naming what it uses, and leaves it as it was', async () => {
      await refused(
        [{ pick: 'Lite' }],
        editFeaturePlan,
        poolAwayFromDefaults(REGION, 'ledger-rich'),
        /^ledger-rich cannot move to Lite: it uses password history, passwordless sign-in \(e-mail code\), pre token generation V2_0 and threat protection \(AUDIT\), which Lite does not have; turn them off first\.$/,
      );
    });

    it('refuses Lite for a pool with e-mail MFA on (read from GetUserPoolMfaConfig), and leaves it as it was', async () => {
      const pool = await createPool(essentialsOnly('ledger-otp'));
      await session.client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: pool.pool.id, MfaConfiguration: 'OPTIONAL', EmailMfaConfiguration: { Subject: 'Ledger code' } }));
      const before = await readBack(pool);
      const run = flowAgainst(cognito, [{ pick: 'Lite' }]);
      await assert.rejects(editFeaturePlan(run.deps, pool), { message: 'ledger-otp cannot move to Lite: it uses e-mail MFA, which Lite does not have; turn it off first.' });
      assertOnlyChanged(before, await readBack(pool), [], []);
    });

    it('refuses Essentials for a Plus pool with threat protection on', async () => {
      await refused([{ pick: 'Essentials' }], editFeaturePlan, poolAwayFromDefaults(REGION, 'ledger-guarded'), /cannot move to Essentials: it uses threat protection \(AUDIT\)/);
    });
  });

  describe('Edit Sign-in Options', () => {
    it('allows SMS codes and passkeys instead of e-mail codes, nothing else', async () => {
      const { before, after, run } = await edit([{ pickMany: ['SMS code', 'passkey'] }, { confirm: true }], editSignInOptions);
      assert.deepEqual(run.prompter.asked[0].picked, [true, false, false], 'e-mail codes ticked, as the pool has them');
      assertOnlyChanged(before, after, ['Policies.SignInPolicy.AllowedFirstAuthFactors']);
      assert.deepEqual(after?.Policies?.SignInPolicy?.AllowedFirstAuthFactors, ['PASSWORD', 'SMS_OTP', 'WEB_AUTHN']);
    });

    it('goes back to the password alone, nothing else', async () => {
      const { before, after } = await edit([{ pickMany: [] }, { confirm: true }], editSignInOptions);
      assertOnlyChanged(before, after, ['Policies.SignInPolicy.AllowedFirstAuthFactors']);
      assert.deepEqual(after?.Policies?.SignInPolicy?.AllowedFirstAuthFactors, ['PASSWORD']);
    });
  });
});
