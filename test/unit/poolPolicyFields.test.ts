import * as assert from 'node:assert/strict';
import type { UserPoolDetails } from '../../src/shared/types';
import type { Field, ViewModel } from '../../src/shared/views/viewModel';
import { poolDetailsModel } from '../../src/views/models/poolDetailsModel';

// Pool Details shows the policies and sign-up settings the pool-settings edits change, each with its edit
// command beside it; an endpoint that tells none of them shows none made up.

const URLS = { issuer: 'https://issuer.example/p', jwks: 'https://issuer.example/p/jwks' };

function pool(settings: Partial<NonNullable<UserPoolDetails['settings']>> = {}): UserPoolDetails {
  return {
    id: 'ap-south-2_Pol1cy',
    name: 'ledger',
    signIn: 'username',
    attributes: [],
    passwordPolicy: { minimumLength: 11, requireUppercase: true, requireLowercase: false, requireNumbers: true, requireSymbols: false },
    autoVerifiedAttributes: ['email'],
    smsConfigured: false,
    settings: {
      usernameAttributes: [],
      aliasAttributes: [],
      mfa: 'OFF',
      deletionProtection: true,
      emailSending: "Cognito's default e-mail",
      triggers: [],
      temporaryPasswordDays: 1,
      passwordHistorySize: 4,
      plan: 'PLUS',
      selfSignUp: false,
      keepOriginalUntilVerified: ['email'],
      accountRecovery: ['verified_phone_number', 'verified_email'],
      tags: { team: 'payments', 'cost center': '' },
      ...settings,
    },
  };
}

const fields = (model: ViewModel): Field[] => model.sections.flatMap((s) => s.fields);
const field = (model: ViewModel, id: string) => fields(model).find((f) => f.id === id);
const shown = (model: ViewModel, id: string) => {
  const f = field(model, id);
  return f && [f.label, f.value, ...(f.actions ?? []).map((a) => a.id)];
};

describe('Pool Details: policies and sign-up settings', () => {
  it('shows the whole password policy, plan, sign-up, recovery, protection and tags, each with its command', () => {
    const model = poolDetailsModel(pool(), URLS);
    assert.deepEqual(shown(model, 'passwordPolicy'), ['Password policy', 'at least 11 characters, upper case, a number, temporary passwords valid 1 day, the last 4 passwords refused', 'cognito.editPasswordPolicy']);
    assert.deepEqual(shown(model, 'plan'), ['Feature plan', 'Plus', 'cognito.editFeaturePlan']);
    assert.deepEqual(shown(model, 'deletionProtection'), ['Deletion protection', 'on', 'cognito.turnOffDeletionProtection']);
    assert.deepEqual(shown(model, 'selfSignUp'), ['Self-registration', 'off: only administrators create users']);
    assert.deepEqual(shown(model, 'autoVerified'), ['Verified automatically', 'email', 'cognito.editSignUp']);
    assert.deepEqual(shown(model, 'keepOriginal'), ['Original kept until a change is verified', 'e-mail']);
    assert.deepEqual(shown(model, 'accountRecovery'), ['Account recovery', 'Phone, then e-mail', 'cognito.editAccountRecovery']);
    const tags = model.sections.find((s) => s.title === 'Tags');
    assert.deepEqual(tags?.fields.map((f) => [f.label, f.value, ...(f.actions ?? []).map((a) => a.id)]), [
      ['cost center', '(empty)', 'cognito.editPoolTags'],
      ['team', 'payments'],
    ]);
  });

  it('offers Turn On where protection is off, names a pool without tags, history or recovery setting', () => {
    const model = poolDetailsModel(pool({ deletionProtection: false, tags: {}, passwordHistorySize: 0, accountRecovery: [], plan: 'LITE', selfSignUp: true, temporaryPasswordDays: 7 }), URLS);
    assert.deepEqual(shown(model, 'deletionProtection'), ['Deletion protection', 'off', 'cognito.turnOnDeletionProtection']);
    assert.deepEqual(shown(model, 'tags'), ['Tags', 'none', 'cognito.editPoolTags']);
    assert.equal(field(model, 'passwordPolicy')?.value, 'at least 11 characters, upper case, a number, temporary passwords valid 7 days, no password history');
    assert.equal(field(model, 'accountRecovery')?.value, "not set (Cognito's legacy order: phone if verified, else e-mail)");
    assert.deepEqual([field(model, 'plan')?.value, field(model, 'selfSignUp')?.value], ['Lite', 'on: anyone can sign up']);
  });

  it('makes up nothing an endpoint did not tell', () => {
    const bare = pool();
    bare.settings = { usernameAttributes: [], aliasAttributes: [], mfa: 'OFF', deletionProtection: false, emailSending: 'x', triggers: [] };
    const model = poolDetailsModel(bare, URLS);
    assert.equal(field(model, 'passwordPolicy')?.value, 'at least 11 characters, upper case, a number');
    assert.equal(field(model, 'plan')?.value, 'unknown');
    assert.deepEqual(['selfSignUp', 'keepOriginal', 'accountRecovery'].map((id) => field(model, id)), [undefined, undefined, undefined]);
  });
});
