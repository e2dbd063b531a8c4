import { constraintsText } from '../../shared/customAttributeText';
import { MAX_CUSTOM_ATTRIBUTES, type UserPoolDetails } from '../../shared/types';
import type { Field, ViewAction, ViewModel } from '../../shared/views/viewModel';
import { action, dateField, idField, listText, textField, urlField } from './fields';
import { accountRecoveryField, deletionProtectionField, passwordPolicyField, signInSettingFields, signUpFields, tagsSection } from './poolPolicyFields';

// Show Pool Details: every setting DescribeUserPool tells, in sections, and the pool's own commands as
// buttons. Nothing here is secret. What an endpoint does not tell reads "unknown" or "not told by this
// endpoint", never a made-up value.

export interface PoolUrls {
  issuer: string;
  jwks: string;
  /** Where the pool's prefix domain serves its sign-in pages, when it has one. */
  signInBase?: string;
}

const NOT_TOLD = 'not told by this endpoint';

/** @param emulator the pool is on an emulator, which may not count users or make up an ARN as AWS does,
 *  and which the AWS Console does not know */
export function poolDetailsModel(pool: UserPoolDetails, urls: PoolUrls, emulator = false): ViewModel {
  const s = pool.settings;
  const required = pool.attributes.filter((a) => a.required).map((a) => a.name);
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
          ...domainFields(pool, urls),
          deletionProtectionField(pool),
        ],
      },
      {
        title: 'Sign-in',
        fields: [
          ...signInSettingFields(pool),
          textField('signInWith', 'Sign in with', s?.usernameAttributes.length ? `${s.usernameAttributes.join(' or ')} (as the username)` : 'username'),
          textField('aliases', 'Aliases', listText(s?.aliasAttributes)),
          passwordPolicyField(pool),
          ...signUpFields(pool),
          ...accountRecoveryField(pool),
        ],
      },
      {
        title: 'Attributes',
        fields: [textField('requiredAttributes', 'Required', listText(required)), ...customAttributeFields(pool)],
      },
      { title: 'Messages and triggers', fields: messageFields(pool) },
      tagsSection(pool),
    ],
  };
}

const CREATE_DOMAIN = action('cognito.createDomain', 'Create Domain…', 'add');
const DELETE_DOMAIN = action('cognito.deleteDomain', 'Delete Domain', 'trash');
const ASSIGN_BRANDING = action('cognito.assignDefaultBranding', 'Assign Default Branding', 'paintcan');

/** The prefix domain (with Create Domain… or Delete Domain beside it), its sign-in base URL, and its managed
 *  login: version 2 serves an app client's pages only once the client has a branding style. */
function domainFields(pool: UserPoolDetails, urls: PoolUrls): Field[] {
  const s = pool.settings;
  const custom = s?.customDomain ? [idField('customDomain', 'Custom domain', s.customDomain)] : [];
  if (!s?.domain) return [textField('domain', 'Domain', 'none', { actions: [CREATE_DOMAIN] }), ...custom];
  return [
    idField('domain', 'Domain', s.domain, { actions: [DELETE_DOMAIN] }),
    ...(urls.signInBase ? [urlField('signInBaseUrl', 'Sign-in base URL', urls.signInBase)] : []),
    managedLoginField(pool.managedLogin),
    ...custom,
  ];
}

function managedLoginField(login: UserPoolDetails['managedLogin']): Field {
  const label = 'Managed login';
  if (!login) return textField('managedLogin', label, 'unknown');
  if (login.unavailable) return textField('managedLogin', label, `unknown: ${login.unavailable}`);
  if (login.version === 1) return textField('managedLogin', label, 'Hosted UI (classic, version 1)');
  if (login.version !== 2) return textField('managedLogin', label, NOT_TOLD);
  const unbranded = login.unbrandedClients ?? [];
  if (login.clientCount === 0) return textField('managedLogin', label, 'Managed login (version 2); the pool has no app client to sign in to yet');
  if (unbranded.length === 0) return textField('managedLogin', label, 'Managed login (version 2), every app client with a branding style');
  const which = unbranded.length === login.clientCount ? 'no app client has a branding style' : `no branding style for ${unbranded.join(', ')}`;
  return textField('managedLogin', label, `Login pages unavailable: managed login (version 2) and ${which}`, { actions: [ASSIGN_BRANDING] });
}

/** How many custom attributes of the 50 (with Add Custom Attribute… beside it), then each with its constraints. */
function customAttributeFields(pool: UserPoolDetails): Field[] {
  const custom = pool.attributes.filter((a) => a.custom);
  const count = custom.length === 0 ? 'none' : `${custom.length} of at most ${MAX_CUSTOM_ATTRIBUTES}`;
  return [
    textField('customAttributes', 'Custom', count, { actions: [action('cognito.addCustomAttribute', 'Add Custom Attribute…', 'add')] }),
    ...custom.map((a) => textField(`customAttribute:${a.name}`, a.name, constraintsText(a))),
  ];
}

function messageFields(pool: UserPoolDetails): Field[] {
  return [
    ...sendingFields(pool),
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

const EDIT_EMAIL = action('cognito.editEmailSending', 'Edit E-mail Sending…', 'edit');
const EDIT_SMS = action('cognito.editSmsSending', 'Edit SMS Sending…', 'edit');

/** How the pool sends e-mail and SMS, each with the command that edits it beside it. */
function sendingFields(pool: UserPoolDetails): Field[] {
  const s = pool.settings;
  const m = pool.messaging;
  const email = m?.email;
  const sms = m?.sms;
  const edits = (extra: Partial<Field>, button: ReturnType<typeof action>) => ({ ...extra, actions: [button] });
  const emailFields: Field[] = !email
    ? [textField('emailSending', 'E-mail', s?.emailSending ?? 'unknown', edits({}, EDIT_EMAIL)), ...(s?.emailFrom ? [textField('emailFrom', 'E-mail from', s.emailFrom)] : [])]
    : [
        textField('emailSending', 'E-mail', email.kind === 'ses' ? 'Amazon SES (your identity, SES’s limits)' : "Cognito's default e-mail (50 a day)", edits({}, EDIT_EMAIL)),
        ...(email.sourceArn ? [idField('emailIdentity', 'SES identity', email.sourceArn)] : []),
        textField('emailFrom', 'E-mail from', email.kind === 'ses' ? (email.from ?? 'the identity') : email.sourceArn ? 'the identity' : 'no-reply@verificationemail.com'),
        ...(email.replyTo ? [textField('emailReplyTo', 'Reply-to', email.replyTo)] : []),
        ...(email.kind === 'ses' && email.configurationSet ? [textField('emailConfigurationSet', 'SES configuration set', email.configurationSet)] : []),
      ];
  const roleArn = m ? sms?.roleArn : s?.smsRoleArn; // the messaging, when told, is the newer reading
  const smsFields: Field[] = [
    roleArn ? idField('smsRoleArn', 'SMS through the SNS role', roleArn, edits({}, EDIT_SMS)) : textField('smsRoleArn', 'SMS', 'not set up', edits({}, EDIT_SMS)),
    ...(sms?.externalId ? [textField('smsExternalId', 'SMS role external id', sms.externalId)] : []),
    ...(sms?.snsRegion ? [textField('smsRegion', 'SNS Region', sms.snsRegion)] : []),
  ];
  return [...emailFields, ...smsFields];
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
