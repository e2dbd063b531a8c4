import { factorOfSetting, factorsText, MFA_FACTOR_NAMES, type MfaFactor, type UserDetails } from '../../shared/types';
import type { Field, ViewAction, ViewModel } from '../../shared/views/viewModel';
import { action, dateField, idField, listText, textField } from './fields';

// Show User Details: status, enabled, times, MFA, groups, and every attribute with its verified flag as
// the hint of the e-mail and phone number. Users carry no secret, so all of it can be shown. The buttons
// are the user row's commands for the user's state (package.json's menus offer the same).

const VERIFIED_FLAGS: Record<string, string> = { email: 'email_verified', phone_number: 'phone_number_verified' };
/** Attributes that are ids: monospace like the others. */
const ID_ATTRIBUTES = new Set(['sub']);

/** @param emulator the user is on an emulator, which the AWS Console does not know */
export function userDetailsModel(details: UserDetails, poolName: string, poolId: string, emulator = false): ViewModel {
  const status = details.status.toUpperCase();
  return {
    title: `User ${details.username}`,
    actions: [
      action('cognito.signInAsUser', 'Sign In as User…', 'sign-in'),
      action('cognito.signOutUserEverywhere', 'Sign Out Everywhere', 'sign-out'),
      action('cognito.editUserAttribute', 'Edit Attribute…', 'edit'),
      action('cognito.deleteUserAttribute', 'Delete Attribute…', 'remove'),
      ...(emulator ? [] : [action('cognito.openInConsole', 'Open in AWS Console', 'link-external')]),
      action('cognito.deleteUser', 'Delete User', 'trash'),
    ],
    sections: [
      {
        title: 'Overview',
        fields: [
          idField('username', 'Username', details.username),
          textField('poolName', 'Pool', poolName),
          idField('poolId', 'Pool Id', poolId),
          textField('status', 'Status', details.status, { actions: statusActions(status) }),
          textField('enabled', 'Enabled', details.enabled ? 'yes' : 'no', {
            actions: [details.enabled ? action('cognito.disableUser', 'Disable User', 'circle-slash') : action('cognito.enableUser', 'Enable User', 'pass')],
          }),
          dateField('created', 'Created', details.created),
          dateField('lastModified', 'Last modified', details.modified),
          textField('mfa', 'MFA', mfaText(details), { actions: [action('cognito.setUserMfaPreference', 'Set MFA Preference…', 'shield')] }),
          textField('groups', 'Groups', listText(details.groups), { actions: [action('cognito.addUserToGroup', 'Add to Group…', 'person-add')] }),
        ],
      },
      { title: 'Attributes', fields: attributeFields(details) },
    ],
  };
}

/** "authenticator app, e-mail (preferred: e-mail)" from UserMFASettingList and PreferredMfaSetting; a
 *  setting the extension does not name (a future one) is shown as Cognito names it. */
function mfaText(details: UserDetails): string {
  if (details.mfaMethods.length === 0) return 'none set up';
  const known = details.mfaMethods.map(factorOfSetting).filter((f): f is MfaFactor => f !== undefined);
  const unknown = details.mfaMethods.filter((m) => factorOfSetting(m) === undefined);
  const preferredFactor = details.preferredMfa ? factorOfSetting(details.preferredMfa) : undefined;
  const preferred = preferredFactor ? MFA_FACTOR_NAMES[preferredFactor] : details.preferredMfa;
  const listed = [...(known.length ? [factorsText(known)] : []), ...unknown].join(', ');
  return `${listed}${preferred ? ` (preferred: ${preferred})` : ''}`;
}

/** What changes the status, as the user row offers it in this state (users/commands.ts `having`). */
function statusActions(status: string): ViewAction[] {
  return [
    action('cognito.setUserPassword', 'Set Password…', 'key'),
    ...(status === 'CONFIRMED' ? [action('cognito.resetUserPassword', 'Reset Password')] : []),
    ...(status === 'FORCE_CHANGE_PASSWORD' ? [action('cognito.resendInvitation', 'Resend Invitation', 'mail')] : []),
    ...(status === 'UNCONFIRMED' ? [action('cognito.confirmUser', 'Confirm User', 'check')] : []),
  ];
}

/** Every attribute but the verified flags, which are the hint of the attribute they verify. */
function attributeFields(details: UserDetails): Field[] {
  const flags = new Map(details.attributes.map((a) => [a.name, a.value]));
  const flagNames = Object.values(VERIFIED_FLAGS);
  return details.attributes
    .filter((a) => !flagNames.includes(a.name))
    .map((a) => {
      const flag = VERIFIED_FLAGS[a.name];
      const hint = flag ? (flags.get(flag) === 'true' ? 'verified' : 'not verified') : undefined;
      return textField(`attribute:${a.name}`, a.name, a.value, { copy: true, ...(ID_ATTRIBUTES.has(a.name) ? { mono: true } : {}), ...(hint ? { hint } : {}) });
    });
}
