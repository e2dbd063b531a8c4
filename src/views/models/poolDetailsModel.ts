import type { UserPoolDetails } from '../../shared/types';
import type { Field, ViewAction, ViewModel } from '../../shared/views/viewModel';
import { action, dateField, idField, listText, textField, urlField } from './fields';

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
  const policy = pool.passwordPolicy;
  const required = pool.attributes.filter((a) => a.required).map((a) => a.name);
  const custom = pool.attributes.filter((a) => a.custom).map((a) => `${a.name} (${a.type.toLowerCase()}${a.mutable ? '' : ', immutable'})`);
  const classes = [policy.requireUppercase && 'upper case', policy.requireLowercase && 'lower case', policy.requireNumbers && 'a number', policy.requireSymbols && 'a symbol'].filter(Boolean);
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
          textField('deletionProtection', 'Deletion protection', s?.deletionProtection ? 'on' : 'off'),
        ],
      },
      {
        title: 'Sign-in',
        fields: [
          textField('signInWith', 'Sign in with', s?.usernameAttributes.length ? `${s.usernameAttributes.join(' or ')} (as the username)` : 'username'),
          textField('aliases', 'Aliases', listText(s?.aliasAttributes)),
          textField('passwordPolicy', 'Password policy', [`at least ${policy.minimumLength} characters`, ...classes].join(', ')),
          textField('mfa', 'MFA', s?.mfa ?? 'unknown'),
          textField('autoVerified', 'Verified automatically', listText(pool.autoVerifiedAttributes)),
        ],
      },
      {
        title: 'Attributes',
        fields: [textField('requiredAttributes', 'Required', listText(required)), textField('customAttributes', 'Custom', listText(custom))],
      },
      { title: 'Messages and triggers', fields: messageFields(pool) },
    ],
  };
}

function messageFields(pool: UserPoolDetails): Field[] {
  const s = pool.settings;
  return [
    textField('emailSending', 'E-mail', s?.emailSending ?? 'unknown'),
    ...(s?.emailFrom ? [textField('emailFrom', 'E-mail from', s.emailFrom)] : []),
    s?.smsRoleArn ? idField('smsRoleArn', 'SMS through the SNS role', s.smsRoleArn) : textField('smsRoleArn', 'SMS', 'not set up'),
    ...triggerFields(pool),
  ];
}

/** Each attached trigger with Edit Lambda Triggers… beside it (pre token generation with its event version), and
 *  the custom senders, which that command leaves as they are (they need a KMS key as well). */
function triggerFields(pool: UserPoolDetails): Field[] {
  const s = pool.settings;
  const edit = { actions: [action('cognito.editLambdaTriggers', 'Edit Lambda Triggers…', 'edit')] };
  const fields = (s?.triggers ?? []).map((t) =>
    idField(`trigger:${t.name}`, `Lambda trigger ${t.name}`, t.name === 'PreTokenGeneration' ? `${t.arn} (event version ${s?.preTokenVersion ?? 'V1_0'})` : t.arn, edit),
  );
  if (fields.length === 0) fields.push(textField('triggers', 'Lambda triggers', 'none', edit));
  if (s?.customSenders?.length) {
    fields.push(textField('customSenders', 'Custom sender triggers', `${s.customSenders.join(', ')} (with a KMS key; kept as they are by Edit Lambda Triggers)`));
  }
  return fields;
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
