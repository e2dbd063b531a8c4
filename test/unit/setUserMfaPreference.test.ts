import * as assert from 'node:assert/strict';
import { setUserMfaPreference } from '../../src/commands/flows/users/setUserMfaPreference';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import type { PoolMfaConfig, UserAttribute, UserMfaPreference, UserPoolDetails } from '../../src/shared/types';
import { userNode } from '../../src/tree/nodes';
import { userDetailsModel } from '../../src/views/models/userDetailsModel';
import { poolDetailsModel } from '../../src/views/models/poolDetailsModel';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';

// Set MFA Preference on a user, with scripted answers against the fake: only factors the pool has on and the
// user can have are offered (the others named with the reason), pre-ticked from the user's settings; the
// preferred one is asked only among two or more; what is sent; the summary; Esc at every step. And how User
// Details and Pool Details show the MFA.

const PHONE = { name: 'phone_number', value: '+34600111222' };
const EMAIL = { name: 'email', value: 'zoë@ledger.example' };

function world(mfa: PoolMfaConfig, attributes: UserAttribute[], preference?: UserMfaPreference) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('ledger');
  cognito.mfaConfigs.set(pool.id, mfa);
  cognito.data.users.set(pool.id, [{ username: 'Zoë', status: 'CONFIRMED', enabled: true }]);
  cognito.attributes.set(`${pool.id}/Zoë`, attributes);
  if (preference) cognito.userMfa.set(`${pool.id}/Zoë`, preference);
  const ref: UserRef = { connectionId: onDefault(pool).connectionId, userPoolId: pool.id, user: { username: 'Zoë', status: 'CONFIRMED', enabled: true } };
  return { cognito, pool, ref };
}

const ALL_ON: PoolMfaConfig = { mode: 'OPTIONAL', factors: ['totp', 'sms', 'email'] };

describe('Set MFA Preference', () => {
  it('offers the pool’s factors the user can have, ticked as they are, asks the preferred one, and sends all offered', async () => {
    const w = world(ALL_ON, [PHONE, EMAIL], { enabled: ['totp'], preferred: 'totp' });
    const run = flowRun([{ pickMany: ['authenticator app', 'SMS'] }, { pick: 'SMS' }, { confirm: true }], w.cognito);
    await setUserMfaPreference(run.deps, w.ref);
    run.prompter.assertDone();
    const [factors, preferred, confirm] = run.prompter.asked;
    assert.deepEqual([factors.labels, factors.picked, factors.text], [['authenticator app', 'SMS', 'e-mail'], [true, false, false], 'The factors Zoë has on (none ticked: all off)']);
    assert.deepEqual([preferred.labels, preferred.descriptions], [['authenticator app', 'SMS', 'No preferred factor'], ['current', undefined, undefined]]);
    assert.equal(confirm.detail, 'Factors on: authenticator app → authenticator app, SMS\nPreferred: authenticator app → SMS\n\nApplies from the next sign-in; sessions already open are not affected.');
    const call = w.cognito.writeCalls.map((c) => [c.method, ...c.args]);
    assert.deepEqual(call, [['users.setMfaPreference', w.pool.id, 'Zoë', { enabled: ['totp', 'sms'], preferred: 'sms' }, ['totp', 'sms', 'email']]]);
    assert.deepEqual(run.detailsChanged, [userNode(w.ref.connectionId, w.pool.id, w.ref.user).key]);
  });

  it('names what is not offered: no phone number, no authenticator set up, a factor the pool has off; one factor is the preferred one', async () => {
    const w = world({ mode: 'ON', factors: ['totp', 'sms', 'email'] }, [EMAIL]);
    const run = flowRun([{ pickMany: ['e-mail'] }, { confirm: true }], w.cognito);
    await setUserMfaPreference(run.deps, w.ref);
    run.prompter.assertDone();
    assert.deepEqual(run.prompter.asked[0].labels, ['e-mail']);
    assert.equal(run.prompter.asked[0].text, 'The factors Zoë has on (none ticked: all off). an authenticator app is set up by Zoë themselves. SMS needs a phone_number, which Zoë does not have');
    assert.equal(run.prompter.asked[0].totalSteps, 2, 'the preferred one is counted until the factors are known');
    assert.deepEqual(w.cognito.userMfa.get(`${w.pool.id}/Zoë`), { enabled: ['email'], preferred: 'email' });
  });

  it('turns everything off without asking a preferred factor, and says what Required means then', async () => {
    const w = world({ mode: 'ON', factors: ['sms'] }, [PHONE], { enabled: ['sms'], preferred: 'sms' });
    const run = flowRun([{ pickMany: [] }, { confirm: true }], w.cognito);
    await setUserMfaPreference(run.deps, w.ref);
    assert.match(run.prompter.asked[1].detail ?? '', /^Factors on: SMS → none\nPreferred: SMS → none\n\nMFA is required in this pool/);
    assert.deepEqual(w.cognito.writeCalls[0].args.slice(2), [{ enabled: [] }, ['sms']]);
  });

  it('refuses before asking anything when the pool has MFA off, naming why', async () => {
    const w = world({ mode: 'OFF', factors: [] }, [PHONE, EMAIL]);
    const run = flowRun([], w.cognito);
    await assert.rejects(setUserMfaPreference(run.deps, w.ref), {
      message: 'No MFA factor can be turned on for Zoë: authenticator app is not on in the pool (Edit MFA…); SMS is not on in the pool (Edit MFA…); e-mail is not on in the pool (Edit MFA…).',
    });
    assert.deepEqual([run.prompter.asked, w.cognito.writeCalls], [[], []]);
  });

  it('Esc at every step sends nothing', async () => {
    const ref = world(ALL_ON, [PHONE, EMAIL]).ref;
    await assertEscAtEveryStepCreatesNothing([{ pickMany: ['SMS', 'e-mail'] }, { pick: 'e-mail' }, { confirm: true }], () => world(ALL_ON, [PHONE, EMAIL]).cognito, (d) => setUserMfaPreference(d, ref));
  });
});

describe('the MFA in User Details and Pool Details', () => {
  it('User Details names the user’s factors and preferred one, with Set MFA Preference beside them', () => {
    const model = userDetailsModel({ username: 'Zoë', status: 'CONFIRMED', enabled: true, attributes: [], groups: [], mfaMethods: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'], preferredMfa: 'SMS_MFA' }, 'ledger', 'eu-south-2_L');
    const field = model.sections.flatMap((s) => s.fields).find((f) => f.id === 'mfa');
    assert.deepEqual([field?.value, field?.actions?.map((a) => a.id)], ['authenticator app, SMS (preferred: SMS)', ['cognito.setUserMfaPreference']]);
  });

  it('Pool Details shows the plan, first factors, MFA and its factors in the sign-in section, each edit beside its value', () => {
    const pool: UserPoolDetails = {
      id: 'eu-south-2_L',
      name: 'ledger',
      signIn: 'username',
      attributes: [],
      passwordPolicy: { minimumLength: 10, requireUppercase: true, requireLowercase: false, requireNumbers: true, requireSymbols: false },
      autoVerifiedAttributes: [],
      smsConfigured: true,
      settings: { usernameAttributes: [], aliasAttributes: [], mfa: 'ON', deletionProtection: false, emailSending: 'x', triggers: [], plan: 'PLUS', firstFactors: ['WEB_AUTHN', 'PASSWORD', 'SMS_OTP'] },
      mfaConfig: { mode: 'ON', factors: ['sms', 'email'] },
    };
    const urls = { issuer: 'https://i.example/p', jwks: 'https://i.example/p/jwks' };
    const shown = (p: UserPoolDetails) => {
      const section = poolDetailsModel(p, urls).sections.find((s) => s.title === 'Sign-in');
      return section?.fields.slice(0, 4).map((f) => [f.id, f.value, ...(f.actions ?? []).map((a) => a.id)]);
    };
    assert.deepEqual(shown(pool), [
      ['plan', 'Plus', 'cognito.editFeaturePlan'],
      ['firstFactors', 'password, SMS code, passkey', 'cognito.editSignInOptions'],
      ['mfa', 'required', 'cognito.editMfa'],
      ['mfaFactors', 'SMS, e-mail'],
    ]);
    const { mfaConfig: _mfa, ...untold } = pool;
    assert.deepEqual(shown({ ...untold, mfaConfigUnavailable: 'unknown: Access denied: cognito-idp:GetUserPoolMfaConfig' })?.[3], ['mfaFactors', 'unknown: Access denied: cognito-idp:GetUserPoolMfaConfig']);
    assert.deepEqual(shown({ ...pool, mfaConfig: { mode: 'OFF', factors: ['sms'] } })?.slice(2), [['mfa', 'off', 'cognito.editMfa'], ['mfaFactors', 'none (MFA is off)']]);
  });
});
