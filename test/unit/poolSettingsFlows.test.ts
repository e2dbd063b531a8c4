import * as assert from 'node:assert/strict';
import { setDeletionProtection } from '../../src/commands/flows/poolSettings/deletionProtection';
import { editAccountRecovery } from '../../src/commands/flows/poolSettings/editAccountRecovery';
import { editPasswordPolicy } from '../../src/commands/flows/poolSettings/editPasswordPolicy';
import { editSignUp } from '../../src/commands/flows/poolSettings/editSignUp';
import { editTags } from '../../src/commands/flows/poolSettings/editTags';
import type { FlowDeps } from '../../src/commands/flows/deps';
import type { PoolSettings, UserPoolDetails } from '../../src/shared/types';
import { poolNode } from '../../src/tree/nodes';
import { NothingToPick } from '../../src/ui/prompter';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';

// The pool-settings flows with scripted answers against the fake: what each sends (one pools.update with
// only its members), what the confirmation lists, Esc at every step, nothing sent when nothing changes, and
// the sentences at the edges of each range.

const SETTINGS: PoolSettings = {
  usernameAttributes: [],
  aliasAttributes: [],
  mfa: 'OFF',
  deletionProtection: false,
  emailSending: "Cognito's default e-mail",
  triggers: [],
  temporaryPasswordDays: 5,
  passwordHistorySize: 4,
  plan: 'PLUS',
  selfSignUp: false,
  keepOriginalUntilVerified: ['email'],
  accountRecovery: ['verified_email', 'verified_phone_number'],
  tags: { team: 'payments', stage: 'prod' },
};

function world(settings: Partial<PoolSettings> = {}, details: Partial<UserPoolDetails> = {}) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('ledger', {
    passwordPolicy: { minimumLength: 11, requireUppercase: true, requireLowercase: false, requireNumbers: true, requireSymbols: false },
    autoVerifiedAttributes: ['email'],
    smsConfigured: false,
    settings: { ...SETTINGS, ...settings },
    ...details,
  });
  return { cognito, pool, ref: onDefault(pool) };
}

const updates = (cognito: FakeCognito) => cognito.calls.filter((c) => c.method === 'pools.update').map((c) => c.args[1]);

async function runOn(answers: Answer[], flow: (deps: FlowDeps, w: ReturnType<typeof world>) => Promise<unknown>, w = world()) {
  const run = flowRun(answers, w.cognito);
  await flow(run.deps, w);
  run.prompter.assertDone();
  return run;
}

describe('Edit Password Policy', () => {
  const keep: Answer[] = [{ input: '11' }, { pickMany: ['Upper case letters', 'Numbers'] }, { input: '5' }, { input: '4' }];

  it('pre-fills every answer, sends the whole policy once, lists what changes and what it means', async () => {
    const w = world();
    const run = await runOn([{ input: '12' }, { pickMany: ['Upper case letters', 'Lower case letters', 'Numbers', 'Symbols'] }, { input: '30' }, { input: '0' }, { confirm: true }], (d) => editPasswordPolicy(d, w.ref), w);
    const [length, classes, days, history, confirm] = run.prompter.asked;
    assert.deepEqual([length.value, classes.picked, days.value, history.value], ['11', [true, false, true, false], '5', '4']);
    assert.deepEqual(updates(w.cognito), [
      { passwordPolicy: { minimumLength: 12, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true, temporaryPasswordDays: 30, passwordHistorySize: 0 } },
    ]);
    assert.equal(confirm.text, 'Change the password policy of ledger?');
    assert.equal(
      confirm.detail,
      [
        'Minimum length: 11 → 12',
        'Lower case letters required: no → yes',
        'Symbols required: no → yes',
        'Temporary passwords valid for: 5 days → 30 days',
        'Previous passwords refused: the last 4 → none',
        '',
        'Existing passwords keep working; the policy applies to new and changed passwords.',
      ].join('\n'),
    );
    assert.deepEqual(run.detailsChanged, [poolNode(w.ref.connectionId, w.pool).key]);
  });

  it('on the Lite plan asks no history, says why, and sends none', async () => {
    const w = world({ plan: 'LITE', passwordHistorySize: 0 });
    const run = await runOn([{ input: '11' }, { pickMany: ['Upper case letters'] }, { input: '5' }, { confirm: true }], (d) => editPasswordPolicy(d, w.ref), w);
    assert.match(run.prompter.asked[2].text, /Password history is not asked: the pool's Lite plan does not have it/);
    assert.deepEqual(run.prompter.asked.slice(0, 3).map((a) => `${a.step}/${a.totalSteps}`), ['1/3', '2/3', '3/3']);
    assert.deepEqual(updates(w.cognito), [{ passwordPolicy: { minimumLength: 11, requireUppercase: true, requireLowercase: false, requireNumbers: false, requireSymbols: false, temporaryPasswordDays: 5 } }]);
  });

  it('sends nothing and says so when nothing changes', async () => {
    const w = world();
    const run = flowRun(keep, w.cognito);
    await assert.rejects(editPasswordPolicy(run.deps, w.ref), (e: Error) => e instanceof NothingToPick && e.message === 'Nothing to change: the password policy of ledger already has these settings.');
    assert.deepEqual(w.cognito.writeCalls, []);
  });

  it('changes nothing on Esc at any step', async () => {
    await assertEscAtEveryStepCreatesNothing([...keep.slice(0, 3), { input: '5' }, { confirm: true }], () => world().cognito, (d) => editPasswordPolicy(d, onDefault({ id: 'us-east-1_ledger1', name: 'ledger' })));
  });

  it('refuses out-of-range answers in the boxes with a sentence', async () => {
    for (const [answers, sentence] of [
      [[{ input: '5' }], 'Enter a whole number of characters from 6 to 99.'],
      [[{ input: '100' }], 'Enter a whole number of characters from 6 to 99.'],
      [[{ input: '6' }, { pickMany: [] }, { input: '366' }], 'Enter a whole number of days from 1 to 365.'],
      [[{ input: '99' }, { pickMany: [] }, { input: '0' }], 'Cognito turns 0 into its default, 7 days: type 7 for that, or a number of days from 1 to 365.'],
      [[{ input: '99' }, { pickMany: [] }, { input: '365' }, { input: '25' }], 'Enter how many previous passwords a user may not reuse, from 0 (any) to 24.'],
    ] as [Answer[], string][]) {
      const w = world();
      await assert.rejects(editPasswordPolicy(flowRun(answers, w.cognito).deps, w.ref), { message: new RegExp(`rejected by the box's validation: ${sentence.replace(/[.()]/g, '\\$&')}`) });
      assert.deepEqual(w.cognito.writeCalls, []);
    }
  });
});

describe('Edit Sign-up and Verification', () => {
  it('marks the current choices, sends the three settings once, and names the SMS role a phone needs', async () => {
    const w = world();
    const run = await runOn([{ pick: 'Anyone can sign up' }, { pick: 'E-mail and phone number' }, { pickMany: ['Keep the original phone number'] }, { confirm: true }], (d) => editSignUp(d, w.ref), w);
    const [who, verified, keep, confirm] = run.prompter.asked;
    assert.deepEqual(who.descriptions, [undefined, 'current']);
    assert.deepEqual(verified.descriptions, ['current', undefined, undefined, undefined]);
    assert.deepEqual(keep.picked, [true, false]);
    assert.deepEqual(updates(w.cognito), [{ selfSignUp: true, autoVerifiedAttributes: ['email', 'phone_number'], keepOriginalUntilVerified: ['phone_number'] }]);
    assert.equal(
      confirm.detail,
      'Self-registration: off → on\nVerified automatically: e-mail → e-mail and phone number\nOriginal kept until verified: e-mail → phone number\n\nExisting users keep their accounts and verified attributes; the change applies to sign-ups and attribute changes from now on. Phone numbers are verified by SMS, which needs the pool to have an SMS role; it has none yet.',
    );
  });

  it('asks nothing about originals when nothing is verified automatically, and keeps none', async () => {
    const w = world();
    const run = await runOn([{ pick: 'Only administrators create users' }, { pick: 'None' }, { confirm: true }], (d) => editSignUp(d, w.ref), w);
    assert.deepEqual(run.prompter.asked.slice(0, 2).map((a) => `${a.step}/${a.totalSteps}`), ['1/3', '2/3'], 'the answer None rules the last question out');
    assert.deepEqual(updates(w.cognito), [{ selfSignUp: false, autoVerifiedAttributes: [], keepOriginalUntilVerified: [] }]);
  });

  it('sends nothing when nothing changes, and nothing on Esc at any step', async () => {
    const same: Answer[] = [{ pick: 'Only administrators create users' }, { pick: 'E-mail' }, { pickMany: ['Keep the original e-mail'] }];
    const w = world();
    await assert.rejects(editSignUp(flowRun(same, w.cognito).deps, w.ref), NothingToPick);
    assert.deepEqual(w.cognito.writeCalls, []);
    await assertEscAtEveryStepCreatesNothing([...same.slice(0, 2), { pickMany: [] }, { confirm: true }], () => world().cognito, (d) => editSignUp(d, onDefault({ id: 'us-east-1_ledger1', name: 'ledger' })));
  });
});

describe('Edit Account Recovery', () => {
  it('offers only the orders AWS accepts, marks the current one, and says what admin-only means', async () => {
    const w = world();
    const run = await runOn([{ pick: 'Administrators only' }, { confirm: true }], (d) => editAccountRecovery(d, w.ref), w);
    const [pick, confirm] = run.prompter.asked;
    assert.deepEqual(pick.labels, ['E-mail, then phone', 'Phone, then e-mail', 'E-mail only', 'Phone only', 'Administrators only']);
    assert.deepEqual(pick.descriptions, ['current', undefined, undefined, undefined, undefined]);
    assert.deepEqual(updates(w.cognito), [{ accountRecovery: ['admin_only'] }]);
    assert.equal(confirm.detail, 'Account recovery: E-mail, then phone → Administrators only\n\nUsers can no longer reset a forgotten password themselves; an administrator resets it. Codes already sent stay valid until they expire.');
  });

  it('names a pool without a setting, sends nothing for the same order, and nothing on Esc', async () => {
    const w = world({ accountRecovery: [] });
    const run = await runOn([{ pick: 'Phone only' }, { confirm: true }], (d) => editAccountRecovery(d, w.ref), w);
    assert.match(run.prompter.asked[1].detail ?? '', /^Account recovery: not set \(Cognito's legacy order: phone if verified, else e-mail\) → Phone only/);
    const same = world();
    await assert.rejects(editAccountRecovery(flowRun([{ pick: 'E-mail, then phone' }], same.cognito).deps, same.ref), NothingToPick);
    await assertEscAtEveryStepCreatesNothing([{ pick: 'Phone only' }, { confirm: true }], () => world().cognito, (d) => editAccountRecovery(d, onDefault({ id: 'us-east-1_ledger1', name: 'ledger' })));
  });
});

describe('Turn On / Turn Off Deletion Protection', () => {
  it('turns it on after a confirmation that says what it means', async () => {
    const w = world();
    const run = await runOn([{ confirm: true }], (d) => setDeletionProtection(d, true, w.ref), w);
    assert.deepEqual(updates(w.cognito), [{ deletionProtection: true }]);
    assert.deepEqual([run.prompter.asked[0].title, run.prompter.asked[0].detail], ['Turn On', 'Deletion protection: off → on\n\nThe pool cannot be deleted until protection is turned off again; nothing else changes.']);
    assert.ok(w.cognito.protectedPools.has(w.pool.id));
  });

  it('says when it already is so, asking and sending nothing; Esc at the confirmation sends nothing', async () => {
    const w = world();
    const run = flowRun([], w.cognito);
    await assert.rejects(setDeletionProtection(run.deps, false, w.ref), (e: Error) => e instanceof NothingToPick && e.message === 'Deletion protection of ledger is already off.');
    assert.deepEqual(w.cognito.writeCalls, []);
    await assertEscAtEveryStepCreatesNothing([{ confirm: true }], () => world().cognito, (d) => setDeletionProtection(d, true, onDefault({ id: 'us-east-1_ledger1', name: 'ledger' })));
  });
});

describe('Edit Tags', () => {
  it('adds a tag, keeping the others, after a confirmation', async () => {
    const w = world();
    const run = await runOn([{ pick: 'Add a tag…' }, { input: 'cost center' }, { input: 'Ünïcode 1' }, { confirm: true }], (d) => editTags(d, w.ref), w);
    assert.deepEqual(run.prompter.asked[0].labels, ['Add a tag…', 'team', 'stage']);
    assert.deepEqual(updates(w.cognito), [{ tags: { team: 'payments', stage: 'prod', 'cost center': 'Ünïcode 1' } }]);
    assert.equal(run.prompter.asked[3].detail?.split('\n')[0], 'Tag cost center: none → "Ünïcode 1"');
  });

  it('changes a value pre-filled with the current one, and removes a tag', async () => {
    const w = world();
    const run = await runOn([{ pick: 'team' }, { pick: 'Change its value' }, { input: '' }, { confirm: true }], (d) => editTags(d, w.ref), w);
    assert.equal(run.prompter.asked[2].value, 'payments');
    await runOn([{ pick: 'stage' }, { pick: 'Remove the tag' }, { confirm: true }], (d) => editTags(d, w.ref), w);
    assert.deepEqual(updates(w.cognito), [{ tags: { team: '', stage: 'prod' } }, { tags: { team: '' } }]);
  });

  it('offers no new tag at 50, refuses a key the pool has, and sends nothing for the same value or on Esc', async () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));
    const full = world({ tags: fifty });
    const run = flowRun([{ pick: 'k0' }, { pick: 'Change its value' }, { input: 'v' }], full.cognito);
    await assert.rejects(editTags(run.deps, full.ref), NothingToPick);
    assert.ok(!run.prompter.asked[0].labels?.includes('Add a tag…'));
    assert.match(run.prompter.asked[0].text, /50 tags, AWS's most/);
    const w = world();
    await assert.rejects(editTags(flowRun([{ pick: 'Add a tag…' }, { input: 'team' }], w.cognito).deps, w.ref), { message: /The pool already has the tag team: pick it to change its value\./ });
    await assertEscAtEveryStepCreatesNothing([{ pick: 'Add a tag…' }, { input: 'owner' }, { input: 'me' }, { confirm: true }], () => world().cognito, (d) => editTags(d, onDefault({ id: 'us-east-1_ledger1', name: 'ledger' })));
  });
});
