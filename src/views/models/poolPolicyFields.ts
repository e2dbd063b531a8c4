import { recoveryText } from '../../shared/accountRecovery';
import { firstFactorsText, MFA_MODE_NAMES, PLAN_NAMES } from '../../shared/signInNames';
import { factorsText, type MfaMode, type UserPoolDetails } from '../../shared/types';
import type { Field, ViewSection } from '../../shared/views/viewModel';
import { action, listText, textField } from './fields';

// Pool Details' facts about the pool's policies and sign-up settings, each with the command that edits it
// as a button beside it (src/commands/flows/poolSettings/).

const NAMES: Record<string, string> = { email: 'e-mail', phone_number: 'phone number' };

const editPolicy = action('cognito.editPasswordPolicy', 'Edit Password Policy…', 'edit');
const editSignUp = action('cognito.editSignUp', 'Edit Sign-up and Verification…', 'edit');

/** The whole password policy, in one line. */
export function passwordPolicyField(pool: UserPoolDetails): Field {
  const policy = pool.passwordPolicy;
  const s = pool.settings;
  const classes = [policy.requireUppercase && 'upper case', policy.requireLowercase && 'lower case', policy.requireNumbers && 'a number', policy.requireSymbols && 'a symbol'].filter(Boolean);
  const days = s?.temporaryPasswordDays;
  const history = s?.passwordHistorySize;
  const text = [
    `at least ${policy.minimumLength} characters`,
    ...classes,
    ...(days === undefined ? [] : [`temporary passwords valid ${days} day${days === 1 ? '' : 's'}`]),
    ...(history === undefined ? [] : [history > 0 ? `the last ${history} passwords refused` : 'no password history']),
  ].join(', ');
  return textField('passwordPolicy', 'Password policy', text, { actions: [editPolicy] });
}

/** The sign-in settings, each with its edit beside it: the feature plan (what settings the pool may use:
 *  password history, e-mail MFA and passwordless sign-in need Essentials or Plus), the allowed first factors,
 *  MFA's mode and its factors (GetUserPoolMfaConfig: told only when Show Pool Details read it). */
export function signInSettingFields(pool: UserPoolDetails): Field[] {
  const s = pool.settings;
  const plan = s?.plan;
  const first = s?.firstFactors;
  const mfaMode = pool.mfaConfig?.mode ?? s?.mfa;
  const factors = pool.mfaConfig ? (pool.mfaConfig.mode === 'OFF' ? 'none (MFA is off)' : factorsText(pool.mfaConfig.factors)) : (pool.mfaConfigUnavailable ?? 'not told by this endpoint');
  return [
    textField('plan', 'Feature plan', plan ? PLAN_NAMES[plan] : 'unknown', { actions: [action('cognito.editFeaturePlan', 'Edit Feature Plan…', 'edit')] }),
    textField('firstFactors', 'First sign-in factors', first ? firstFactorsText(first) : 'unknown', {
      actions: [action('cognito.editSignInOptions', 'Edit Sign-in Options…', 'edit')],
    }),
    textField('mfa', 'MFA', mfaMode ? (MFA_MODE_NAMES[mfaMode as MfaMode] ?? mfaMode) : 'unknown', { actions: [action('cognito.editMfa', 'Edit MFA…', 'edit')] }),
    textField('mfaFactors', 'MFA factors', factors),
  ];
}

export function deletionProtectionField(pool: UserPoolDetails): Field {
  const on = pool.settings?.deletionProtection === true;
  return textField('deletionProtection', 'Deletion protection', on ? 'on' : 'off', {
    actions: [on ? action('cognito.turnOffDeletionProtection', 'Turn Off Deletion Protection', 'unlock') : action('cognito.turnOnDeletionProtection', 'Turn On Deletion Protection', 'lock')],
  });
}

/** Self-registration, the attributes verified automatically and those kept until a change is verified; the
 *  one edit button (a model's action ids are unique) beside the verified attributes, which every pool tells. */
export function signUpFields(pool: UserPoolDetails): Field[] {
  const s = pool.settings;
  const names = (list: readonly string[] | undefined) => listText(list?.map((a) => NAMES[a] ?? a));
  return [
    ...(s?.selfSignUp === undefined ? [] : [textField('selfSignUp', 'Self-registration', s.selfSignUp ? 'on: anyone can sign up' : 'off: only administrators create users')]),
    textField('autoVerified', 'Verified automatically', listText(pool.autoVerifiedAttributes), { actions: [editSignUp] }),
    ...(s?.keepOriginalUntilVerified === undefined ? [] : [textField('keepOriginal', 'Original kept until a change is verified', names(s.keepOriginalUntilVerified))]),
  ];
}

export function accountRecoveryField(pool: UserPoolDetails): Field[] {
  const order = pool.settings?.accountRecovery;
  return order === undefined ? [] : [textField('accountRecovery', 'Account recovery', recoveryText(order), { actions: [action('cognito.editAccountRecovery', 'Edit Account Recovery…', 'edit')] })];
}

/** The pool's tags, one field each, or "none"; the edit button beside the first. */
export function tagsSection(pool: UserPoolDetails): ViewSection {
  const edit = { actions: [action('cognito.editPoolTags', 'Edit Tags…', 'tag')] };
  const tags = Object.entries(pool.settings?.tags ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return {
    title: 'Tags',
    fields: tags.length === 0 ? [textField('tags', 'Tags', 'none', edit)] : tags.map(([key, value], i) => textField(`tag:${key}`, key, value === '' ? '(empty)' : value, i === 0 ? edit : {})),
  };
}
