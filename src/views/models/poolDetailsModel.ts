import type { UserPoolDetails } from '../../shared/types';
import type { Field, ViewAction, ViewModel } from '../../shared/views/viewModel';
import { action, dateField, idField, listText, textField, urlField } from './fields';
import { accountRecoveryField, deletionProtectionField, passwordPolicyField, planField, signUpFields, tagsSection } from './poolPolicyFields';

// Show Pool Details: every setting DescribeUserPool tells, in sections, and the pool's own commands as
// buttons. Nothing here is secret. What an endpoint does not tell reads "unknown" or "not told by this
// endpoint", never a made-up value.

export interface PoolUrls {
  issuer: string;
  jwks: string;
}

const NOT_TOLD = 'not told by this endpoint';

/** @param emulator the pool is on an emulator, which may not count users or make up an ARN as AWS does,
 *  and which the AWS Console does not know */
export function poolDetailsModel(pool: UserPoolDetails, urls: PoolUrls, emulator = false): ViewModel {
  const s = pool.settings;
  const required = pool.attributes.filter((a) => a.required).map((a) => a.name);
  const custom = pool.attributes.filter((a) => a.custom).map((a) => `${a.name} (${a.type.toLowerCase()}${a.mutable ? '' : ', immutable'})`);
  const usersUntold = s?.estimatedUsers === undefined || (emulator && s.estimatedUsers === 0);
  return {
    title: `User pool ${pool.name}`,
    actions: poolActions(emulator),
    sections: [
      {
        title: 'Overview',
        fields: [
          idField('poolId', 'Pool Id', pool.id),
          pool.arn ? idField('arn', 'ARN', pool.arn) : textField('arn', 'ARN', NOT_TOLD),
          urlField('issuerUrl', 'Issuer URL', urls.issuer),
          urlField('jwksUrl', 'JWKS URL', urls.jwks),
          dateField('created', 'Created', pool.creationDate),
          dateField('lastModified', 'Last modified', s?.lastModified),
          textField('estimatedUsers', 'Estimated number of users', usersUntold ? NOT_TOLD : String(s.estimatedUsers)),
          s?.domain ? idField('domain', 'Domain', s.domain) : textField('domain', 'Domain', 'none'),
          ...(s?.customDomain ? [idField('customDomain', 'Custom domain', s.customDomain)] : []),
          planField(pool),
          deletionProtectionField(pool),
        ],
      },
      {
        title: 'Sign-in',
        fields: [
          textField('signInWith', 'Sign in with', s?.usernameAttributes.length ? `${s.usernameAttributes.join(' or ')} (as the username)` : 'username'),
          textField('aliases', 'Aliases', listText(s?.aliasAttributes)),
          passwordPolicyField(pool),
          textField('mfa', 'MFA', s?.mfa ?? 'unknown'),
          ...signUpFields(pool),
          ...accountRecoveryField(pool),
        ],
      },
      {
        title: 'Attributes',
        fields: [textField('requiredAttributes', 'Required', listText(required)), textField('customAttributes', 'Custom', listText(custom))],
      },
      { title: 'Messages and triggers', fields: messageFields(pool) },
      tagsSection(pool),
    ],
  };
}

function messageFields(pool: UserPoolDetails): Field[] {
  const s = pool.settings;
  const triggers = s?.triggers ?? [];
  return [
    textField('emailSending', 'E-mail', s?.emailSending ?? 'unknown'),
    ...(s?.emailFrom ? [textField('emailFrom', 'E-mail from', s.emailFrom)] : []),
    s?.smsRoleArn ? idField('smsRoleArn', 'SMS through the SNS role', s.smsRoleArn) : textField('smsRoleArn', 'SMS', 'not set up'),
    ...(triggers.length > 0 ? triggers.map((t) => idField(`trigger:${t.name}`, `Lambda trigger ${t.name}`, t.arn)) : [textField('triggers', 'Lambda triggers', 'none')]),
  ];
}

/** The pool row's commands in the tree (but Show Pool Details itself, and the copies the fields' buttons do). */
function poolActions(emulator: boolean): ViewAction[] {
  return [
    action('cognito.createAppClient', 'Create App Client', 'add'),
    action('cognito.createUser', 'Create User', 'person-add'),
    action('cognito.createGroup', 'Create Group…', 'add'),
    action('cognito.exportUsers', 'Export Users…', 'export'),
    action('cognito.importUsers', 'Import Users…', 'cloud-upload'),
    ...(emulator ? [] : [action('cognito.openInConsole', 'Open in AWS Console', 'link-external')]),
    action('cognito.deleteUserPool', 'Delete User Pool…', 'trash'),
  ];
}
