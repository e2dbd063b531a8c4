import * as assert from 'node:assert/strict';
import type { FlowDeps } from '../../src/commands/flows/deps';
import { editFeaturePlan } from '../../src/commands/flows/poolSettings/editFeaturePlan';
import { editMfa } from '../../src/commands/flows/poolSettings/editMfa';
import { editSignInOptions } from '../../src/commands/flows/poolSettings/editSignInOptions';
import { CognitoError } from '../../src/shared/errors';
import type { PoolMfaConfig, PoolSettings, UserPoolDetails } from '../../src/shared/types';
import { poolNode } from '../../src/tree/nodes';
import { NothingToPick } from '../../src/ui/prompter';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';

// The pool's sign-in edits (feature plan, first factors, MFA) with scripted answers against the fake: what is
// offered for which plan and sending, what is refused before anything is asked or sent, what each sends, the
// summary, and Esc at every step.

const SES = { email: { kind: 'ses' as const, sourceArn: 'arn:aws:ses:eu-south-2:210987654321:identity/ledger.example', from: 'Ledger <no-reply@ledger.example>' }, sms: { roleArn: 'arn:aws:iam::210987654321:role/ledger-sms' } };
const BASE: PoolSettings = {
  usernameAttributes: [],
  aliasAttributes: [],
  mfa: 'OFF',
  deletionProtection: true,
  emailSending: 'Amazon SES (arn:aws:ses:eu-south-2:210987654321:identity/ledger.example)',
  triggers: [],
  passwordHistorySize: 0,
  plan: 'ESSENTIALS',
  firstFactors: ['PASSWORD'],
  threatProtection: 'OFF',
};

function world(settings: Partial<PoolSettings> = {}, details: Partial<UserPoolDetails> = {}, mfa?: PoolMfaConfig) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('ledger', { smsConfigured: true, messaging: SES, settings: { ...BASE, ...settings }, ...details });
  if (mfa) cognito.mfaConfigs.set(pool.id, mfa);
  return { cognito, pool, ref: onDefault(pool) };
}

const writes = (cognito: FakeCognito) => cognito.writeCalls.map((c) => [c.method, c.args[1]]);

async function runOn(answers: Answer[], flow: (deps: FlowDeps, w: ReturnType<typeof world>) => Promise<unknown>, w: ReturnType<typeof world>) {
  const run = flowRun(answers, w.cognito);
  await flow(run.deps, w);
  run.prompter.assertDone();
  return run;
}

describe('Edit Feature Plan', () => {
  it('offers the three plans, each saying what it adds or loses, and sends only the plan', async () => {
    const w = world();
    const run = await runOn([{ pick: 'Plus' }, { confirm: true }], (d) => editFeaturePlan(d, w.ref), w);
    const [pick, confirm] = run.prompter.asked;
    assert.deepEqual(pick.labels, ['Lite', 'Essentials', 'Plus']);
    assert.deepEqual(pick.descriptions, [undefined, 'current', undefined]);
    assert.match(pick.details?.[0] ?? '', /^Loses password history, e-mail MFA, passwordless sign-in .* none of which this pool uses\.$/);
    assert.equal(pick.details?.[2], 'Adds threat protection (compromised-credential checks and adaptive authentication).');
    assert.equal(confirm.text, 'Change the feature plan of ledger?');
    assert.match(confirm.detail ?? '', /^Feature plan: Essentials → Plus\n\nAdds threat protection/);
    assert.deepEqual(writes(w.cognito), [['pools.update', { plan: 'PLUS' }]]);
    assert.deepEqual(run.detailsChanged, [poolNode(w.ref.connectionId, w.pool).key]);
  });

  it('from Lite, says Essentials adds its features and Plus adds threat protection too', async () => {
    const w = world({ plan: 'LITE' });
    const run = await runOn([{ pick: 'Essentials' }, { confirm: true }], (d) => editFeaturePlan(d, w.ref), w);
    const details = run.prompter.asked[0].details ?? [];
    assert.match(details[1] ?? '', /^Adds password history, e-mail MFA, passwordless sign-in \(e-mail and SMS codes, passkeys\) and access-token customization/);
    assert.match(details[2] ?? '', /^Adds password history.* and threat protection/);
    assert.deepEqual(writes(w.cognito), [['pools.update', { plan: 'ESSENTIALS' }]]);
  });

  it('refuses Lite up front, naming every Essentials setting the pool uses, and sends nothing', async () => {
    const w = world(
      { passwordHistorySize: 4, firstFactors: ['PASSWORD', 'EMAIL_OTP'], triggers: [{ name: 'PreTokenGeneration', arn: 'arn:aws:lambda:eu-south-2:210987654321:function:claims' }], preTokenVersion: 'V2_0' },
      {},
      { mode: 'OPTIONAL', factors: ['totp', 'email'] },
    );
    const run = flowRun([{ pick: 'Lite' }], w.cognito);
    await assert.rejects(editFeaturePlan(run.deps, w.ref), {
      message: 'ledger cannot move to Lite: it uses password history, e-mail MFA, passwordless sign-in (e-mail code) and pre token generation V2_0, which Lite does not have; turn them off first.',
    });
    assert.match(run.prompter.asked[0].details?.[0] ?? '', /^Refused while the pool uses password history, /);
    assert.deepEqual(writes(w.cognito), []);
  });

  it('does not count e-mail MFA while MFA is off, nor a V2_0 version without a pre token trigger', async () => {
    const w = world({ preTokenVersion: 'V2_0' }, {}, { mode: 'OFF', factors: ['email'] });
    await runOn([{ pick: 'Lite' }, { confirm: true }], (d) => editFeaturePlan(d, w.ref), w);
    assert.deepEqual(writes(w.cognito), [['pools.update', { plan: 'LITE' }]]);
  });

  it('refuses Essentials for a Plus pool with threat protection on, and allows it with it off', async () => {
    const on = world({ plan: 'PLUS', threatProtection: 'ENFORCED' });
    const run = flowRun([{ pick: 'Essentials' }], on.cognito);
    await assert.rejects(editFeaturePlan(run.deps, on.ref), (e: unknown) => e instanceof CognitoError && e.message === 'ledger cannot move to Essentials: it uses threat protection (ENFORCED), which Essentials does not have; turn it off first.');
    assert.deepEqual(writes(on.cognito), []);
    const off = world({ plan: 'PLUS', threatProtection: 'OFF' });
    const ok = await runOn([{ pick: 'Essentials' }, { confirm: true }], (d) => editFeaturePlan(d, off.ref), off);
    assert.equal(ok.prompter.asked[0].details?.[1], 'Loses threat protection (compromised-credential checks and adaptive authentication), none of which this pool uses.');
    assert.deepEqual(writes(off.cognito), [['pools.update', { plan: 'ESSENTIALS' }]]);
  });

  it('still changes the plan when the MFA configuration cannot be read (e-mail MFA is then AWS’s to refuse)', async () => {
    const w = world({ plan: 'PLUS' });
    w.cognito.failNext.set('pools.getMfaConfig', new CognitoError('Access denied: the profile may not call cognito-idp:GetUserPoolMfaConfig.', 'accessDenied', 'AccessDeniedException'));
    await runOn([{ pick: 'Lite' }, { confirm: true }], (d) => editFeaturePlan(d, w.ref), w);
    assert.deepEqual(writes(w.cognito), [['pools.update', { plan: 'LITE' }]]);
  });

  it('sends nothing when the plan is the one the pool has', async () => {
    const w = world({ plan: 'PLUS' });
    const run = flowRun([{ pick: 'Plus' }], w.cognito);
    await assert.rejects(editFeaturePlan(run.deps, w.ref), NothingToPick);
    assert.deepEqual(writes(w.cognito), []);
  });

  it('Esc at every step sends nothing', async () => {
    await assertEscAtEveryStepCreatesNothing([{ pick: 'Plus' }, { confirm: true }], () => world().cognito, (d) => editFeaturePlan(d, onDefault({ id: 'us-east-1_ledger1', name: 'ledger' })));
  });
});

describe('Edit Sign-in Options', () => {
  it('offers e-mail and SMS codes and passkeys on Essentials with SES and SMS, ticks those allowed, and sends the whole list with the password first', async () => {
    const w = world({ firstFactors: ['PASSWORD', 'WEB_AUTHN'] });
    const run = await runOn([{ pickMany: ['e-mail code', 'passkey'] }, { confirm: true }], (d) => editSignInOptions(d, w.ref), w);
    const [pick, confirm] = run.prompter.asked;
    assert.deepEqual([pick.labels, pick.picked], [['e-mail code', 'SMS code', 'passkey'], [false, false, true]]);
    assert.equal(pick.text, 'A password is always allowed; also allow (none ticked: password only)');
    assert.match(confirm.detail ?? '', /^First sign-in factors: password, passkey → password, e-mail code, passkey\n\n/);
    assert.deepEqual(writes(w.cognito), [['pools.update', { firstFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] }]]);
    assert.deepEqual(run.detailsChanged, [poolNode(w.ref.connectionId, w.pool).key]);
  });

  it('without SES or an SMS role offers passkeys only, and says why the codes are not offered', async () => {
    const w = world({ emailSending: "Cognito's default e-mail (50 a day)" }, { smsConfigured: false, messaging: { email: { kind: 'cognito' } } });
    const run = await runOn([{ pickMany: ['passkey'] }, { confirm: true }], (d) => editSignInOptions(d, w.ref), w);
    assert.deepEqual(run.prompter.asked[0].labels, ['passkey']);
    assert.equal(
      run.prompter.asked[0].text,
      'A password is always allowed; also allow (none ticked: password only). e-mail code needs e-mail sent through Amazon SES (Edit E-mail Sending…). SMS code needs an SMS role (Edit SMS Sending…)',
    );
    assert.deepEqual(writes(w.cognito), [['pools.update', { firstFactors: ['PASSWORD', 'WEB_AUTHN'] }]]);
  });

  it('keeps offering a factor allowed now that the pool could no longer allow, so it can be removed', async () => {
    const w = world({ firstFactors: ['PASSWORD', 'SMS_OTP'] }, { smsConfigured: false });
    const run = await runOn([{ pickMany: [] }, { confirm: true }], (d) => editSignInOptions(d, w.ref), w);
    assert.deepEqual([run.prompter.asked[0].labels, run.prompter.asked[0].picked], [['e-mail code', 'SMS code', 'passkey'], [false, true, false]]);
    assert.deepEqual(writes(w.cognito), [['pools.update', { firstFactors: ['PASSWORD'] }]]);
  });

  it('on Lite says passwordless sign-in needs another plan before asking anything', async () => {
    const w = world({ plan: 'LITE' });
    const run = flowRun([], w.cognito);
    await assert.rejects(editSignInOptions(run.deps, w.ref), { message: 'ledger can only sign in with a password: passwordless sign-in needs the Essentials or Plus plan, and ledger is on Lite (Edit Feature Plan…).' });
    assert.deepEqual([run.prompter.asked, writes(w.cognito)], [[], []]);
  });

  it('Esc at every step sends nothing', async () => {
    await assertEscAtEveryStepCreatesNothing([{ pickMany: ['passkey'] }, { confirm: true }], () => world().cognito, (d) => editSignInOptions(d, onDefault({ id: 'us-east-1_ledger1', name: 'ledger' })));
  });
});

describe('Edit MFA', () => {
  it('asks the mode, then the factors the pool allows, ticked as they are, and sends the whole MFA configuration', async () => {
    const w = world({}, {}, { mode: 'OFF', factors: [] });
    const run = await runOn([{ pick: 'Optional' }, { pickMany: ['Authenticator app', 'E-mail'] }, { confirm: true }], (d) => editMfa(d, w.ref), w);
    const [mode, factors, confirm] = run.prompter.asked;
    assert.deepEqual([mode.labels, mode.descriptions], [['Off', 'Optional', 'Required'], ['current', undefined, undefined]]);
    assert.deepEqual([factors.labels, factors.picked, factors.text], [['Authenticator app', 'SMS', 'E-mail'], [false, false, false], 'The factors users may use (at least one)']);
    assert.equal(confirm.text, 'Change the MFA of ledger?');
    assert.equal(confirm.detail, 'MFA: off → optional\nFactors: none → authenticator app, e-mail\n\nUsers who turned a factor on are asked for it at sign-in; the others sign in as before.');
    assert.deepEqual(writes(w.cognito), [['pools.setMfaConfig', { mode: 'OPTIONAL', factors: ['totp', 'email'] }]]);
    assert.deepEqual(run.detailsChanged, [poolNode(w.ref.connectionId, w.pool).key]);
  });

  it('on Lite without an SMS role offers the authenticator app only and says why', async () => {
    const w = world({ plan: 'LITE' }, { smsConfigured: false }, { mode: 'ON', factors: ['totp'] });
    const run = await runOn([{ pick: 'Required' }, { pickMany: ['Authenticator app'] }], (d) => editMfa(d, w.ref), w).catch((e: unknown) => e);
    assert.ok(run instanceof NothingToPick, 'nothing changed');
    const again = flowRun([{ pick: 'Optional' }, { pickMany: ['Authenticator app'] }, { confirm: true }], w.cognito);
    await editMfa(again.deps, w.ref);
    const factors = again.prompter.asked[1];
    assert.deepEqual(factors.labels, ['Authenticator app']);
    assert.equal(factors.text, 'The factors users may use (at least one). SMS needs an SMS role (Edit SMS Sending…). e-mail needs the Essentials or Plus plan');
    assert.deepEqual(writes(w.cognito), [['pools.setMfaConfig', { mode: 'OPTIONAL', factors: ['totp'] }]]);
  });

  it('without SES does not offer e-mail, but keeps offering it while it is on, so it can be turned off', async () => {
    const w = world({ emailSending: "Cognito's default e-mail" }, { messaging: { email: { kind: 'cognito' } } }, { mode: 'ON', factors: ['sms', 'email'] });
    const run = await runOn([{ pick: 'Required' }, { pickMany: ['SMS'] }, { confirm: true }], (d) => editMfa(d, w.ref), w);
    assert.deepEqual([run.prompter.asked[1].labels, run.prompter.asked[1].picked], [['Authenticator app', 'SMS', 'E-mail'], [false, true, true]]);
    assert.match(run.prompter.asked[2].detail ?? '', /^Factors: SMS, e-mail → SMS\n\nEvery user must pass a second factor/);
    assert.deepEqual(writes(w.cognito), [['pools.setMfaConfig', { mode: 'ON', factors: ['sms'] }]]);
  });

  it('refuses Optional or Required with no factor, in one sentence, and sends nothing', async () => {
    const w = world({}, {}, { mode: 'OPTIONAL', factors: ['totp'] });
    const run = flowRun([{ pick: 'Required' }, { pickMany: [] }], w.cognito);
    await assert.rejects(editMfa(run.deps, w.ref), { message: 'MFA required needs at least one factor; tick one, or choose Off for ledger.' });
    assert.deepEqual(writes(w.cognito), []);
  });

  it('turning MFA off asks no factors and sends none', async () => {
    const w = world({}, {}, { mode: 'ON', factors: ['totp', 'sms'] });
    const run = await runOn([{ pick: 'Off' }, { confirm: true }], (d) => editMfa(d, w.ref), w);
    assert.equal(run.prompter.asked[0].totalSteps, 2, 'the factors counted until Off is chosen');
    assert.equal(run.prompter.asked[1].detail, "MFA: required → off\nFactors: authenticator app, SMS → none\n\nNo user is asked for a second factor any more; users' own MFA settings are kept.");
    assert.deepEqual(writes(w.cognito), [['pools.setMfaConfig', { mode: 'OFF', factors: [] }]]);
  });

  it('Esc at every step sends nothing', async () => {
    await assertEscAtEveryStepCreatesNothing(
      [{ pick: 'Required' }, { pickMany: ['SMS'] }, { confirm: true }],
      () => world({}, {}, { mode: 'OFF', factors: [] }).cognito,
      (d) => editMfa(d, onDefault({ id: 'us-east-1_ledger1', name: 'ledger' })),
    );
  });
});
