import * as assert from 'node:assert/strict';
import type { AppClientDetails, UserPoolDetails } from '../../src/shared/types';
import type { Field, ViewModel } from '../../src/shared/views/viewModel';
import { appClientDetailsModel } from '../../src/views/models/appClientDetailsModel';
import { markdownOf } from '../../src/views/models/markdown';
import { poolDetailsModel, type PoolUrls } from '../../src/views/models/poolDetailsModel';
import { markdownOutline } from '../support/markdownOutline';

// Show Pool Details and Show App Client Details: every setting the pool or client tells reaches its line
// of the "Show as Text" document made from the model, and what the endpoint does not tell reads as unknown
// rather than as a made-up value; ids, ARNs and URLs are copyable, the pool's URLs open (an app client's URLs are the app's: copied only). The data differs from
// Cognito's defaults (a 13-character policy with only some classes, ap-southeast-2, MFA OPTIONAL).

const CREATED = new Date(Date.UTC(2025, 2, 14, 9, 26, 53));
const MODIFIED = new Date(Date.UTC(2026, 6, 3, 17, 4, 11));
/** When the text is made: the dates above read "… ago" from here. */
const NOW = new Date(Date.UTC(2026, 6, 6, 17, 4, 11));
const URLS = { issuer: 'https://issuer.example/ap-southeast-2_Wombat9', jwks: 'https://issuer.example/ap-southeast-2_Wombat9/keys.json' };

function fullPool(): UserPoolDetails {
  return {
    id: 'ap-southeast-2_Wombat9',
    name: 'Marsupials, staging',
    arn: 'arn:aws:cognito-idp:ap-southeast-2:210987654321:userpool/ap-southeast-2_Wombat9',
    creationDate: CREATED,
    signIn: 'email',
    attributes: [
      { name: 'email', type: 'String', mutable: true, required: true, custom: false },
      { name: 'family_name', type: 'String', mutable: true, required: true, custom: false },
      { name: 'custom:burrow', type: 'Number', mutable: false, required: false, custom: true },
      { name: 'custom:colour', type: 'String', mutable: true, required: false, custom: true },
    ],
    passwordPolicy: { minimumLength: 13, requireUppercase: false, requireLowercase: true, requireNumbers: false, requireSymbols: true },
    autoVerifiedAttributes: ['email', 'phone_number'],
    smsConfigured: true,
    settings: {
      usernameAttributes: ['email', 'phone_number'],
      aliasAttributes: ['preferred_username', 'nickname'],
      mfa: 'OPTIONAL',
      deletionProtection: true,
      emailSending: 'Amazon SES (arn:aws:ses:ap-southeast-2:210987654321:identity/zoo.example)',
      emailFrom: 'Keeper <keeper@zoo.example>',
      smsRoleArn: 'arn:aws:iam::210987654321:role/zoo-sms',
      triggers: [
        { name: 'PreSignUp', arn: 'arn:aws:lambda:ap-southeast-2:210987654321:function:gate' },
        { name: 'PostConfirmation', arn: 'arn:aws:lambda:ap-southeast-2:210987654321:function:welcome' },
      ],
      estimatedUsers: 4821,
      domain: 'marsupials-staging',
      customDomain: 'login.zoo.example',
      lastModified: MODIFIED,
    },
  };
}

/** What an endpoint that tells little gives: no ARN, no dates, no settings. */
function barePool(): UserPoolDetails {
  return {
    id: 'local_Bare0001',
    name: 'bare',
    signIn: 'username',
    attributes: [],
    passwordPolicy: { minimumLength: 6, requireUppercase: false, requireLowercase: false, requireNumbers: false, requireSymbols: false },
    autoVerifiedAttributes: [],
    smsConfigured: false,
  };
}

const renderPoolDetails = (pool: UserPoolDetails, urls: PoolUrls, emulator = false) => markdownOf(poolDetailsModel(pool, urls, emulator), NOW);
const renderAppClientDetails = (client: AppClientDetails, poolName: string) => markdownOf(appClientDetailsModel(client, poolName), NOW);

function fieldOf(model: ViewModel, id: string): Field {
  const found = model.sections.flatMap((s) => s.fields).find((f) => f.id === id);
  assert.ok(found, `a field "${id}" in ${model.sections.flatMap((s) => s.fields.map((f) => f.id)).join(', ')}`);
  return found;
}

/** Every line "- label: …", for a label that may repeat. */
function lines(text: string, label: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`- ${label}:`))
    .map((l) => l.slice(`- ${label}:`.length).trim());
}

function line(text: string, label: string): string {
  const found = text.split('\n').find((l) => l.startsWith(`- ${label}:`));
  assert.ok(found !== undefined, `a line "- ${label}: …" in:\n${text}`);
  return found.slice(`- ${label}:`.length).trim();
}

describe('Show Pool Details text', () => {
  it('shows every setting the pool tells on its own line', () => {
    const text = renderPoolDetails(fullPool(), URLS);
    assert.deepEqual(markdownOutline(text), ['# User pool Marsupials, staging', '## Overview', '## Sign-in', '## Attributes', '## Messages and triggers', '## Tags']);
    assert.equal(line(text, 'Pool Id'), '`ap-southeast-2_Wombat9`');
    assert.equal(line(text, 'ARN'), '`arn:aws:cognito-idp:ap-southeast-2:210987654321:userpool/ap-southeast-2_Wombat9`');
    assert.equal(line(text, 'Issuer URL'), `\`${URLS.issuer}\``);
    assert.equal(line(text, 'JWKS URL'), `\`${URLS.jwks}\``);
    assert.equal(line(text, 'Created'), `${CREATED.toLocaleString()} (16 months ago)`);
    assert.equal(line(text, 'Last modified'), `${MODIFIED.toLocaleString()} (3 days ago)`);
    assert.equal(line(text, 'Estimated number of users'), '4821');
    assert.equal(line(text, 'Domain'), '`marsupials-staging`');
    assert.equal(line(text, 'Custom domain'), '`login.zoo.example`');
    assert.equal(line(text, 'Deletion protection'), 'on');
    assert.equal(line(text, 'Sign in with'), 'email or phone_number (as the username)');
    assert.equal(line(text, 'Aliases'), 'preferred_username, nickname');
    assert.equal(line(text, 'MFA'), 'optional');
    assert.equal(line(text, 'Verified automatically'), 'email, phone_number');
    assert.equal(line(text, 'Required'), 'email, family_name');
    // Custom attributes: how many of the 50, then each on its own line with its type, limits and mutability.
    assert.equal(line(text, 'Custom'), '2 of at most 50');
    assert.equal(line(text, 'custom:burrow'), 'number, any whole number, immutable (set only when the user is created)');
    assert.equal(line(text, 'custom:colour'), 'string, mutable');
    assert.equal(line(text, 'E-mail'), 'Amazon SES (arn:aws:ses:ap-southeast-2:210987654321:identity/zoo.example)');
    assert.equal(line(text, 'E-mail from'), 'Keeper <keeper@zoo.example>');
    assert.equal(line(text, 'SMS through the SNS role'), '`arn:aws:iam::210987654321:role/zoo-sms`');
    assert.equal(line(text, 'Lambda trigger PreSignUp'), '`arn:aws:lambda:ap-southeast-2:210987654321:function:gate`');
    assert.equal(line(text, 'Lambda trigger PostConfirmation'), '`arn:aws:lambda:ap-southeast-2:210987654321:function:welcome`');
    assert.doesNotMatch(text, /^- Lambda triggers:/m, 'no "none" beside the triggers');
  });

  it('makes every id, ARN and URL copyable, the http(s) ones openable, and the dates times', () => {
    const model = poolDetailsModel(fullPool(), URLS);
    for (const id of ['poolId', 'arn', 'issuerUrl', 'jwksUrl', 'domain', 'customDomain', 'smsRoleArn', 'trigger:PreSignUp', 'trigger:PostConfirmation']) {
      const f = fieldOf(model, id);
      assert.ok(f.mono && f.copy, `${id} is mono and copyable`);
      assert.equal(f.link, id === 'issuerUrl' || id === 'jwksUrl' ? true : undefined, `${id} opens only if it is a URL`);
    }
    assert.equal(fieldOf(model, 'issuerUrl').value, URLS.issuer);
    assert.equal(fieldOf(model, 'created').time, CREATED.getTime());
    assert.equal(fieldOf(model, 'lastModified').time, MODIFIED.getTime());
    assert.equal(fieldOf(model, 'created').value, CREATED.toLocaleString(), 'a text beside the time');
    assert.equal(fieldOf(model, 'estimatedUsers').copy, undefined, 'a count is not an id');
  });

  it('names exactly the character classes the password policy requires, with its length', () => {
    assert.equal(line(renderPoolDetails(fullPool(), URLS), 'Password policy'), 'at least 13 characters, lower case, a symbol');
    const other = fullPool();
    other.passwordPolicy = { minimumLength: 21, requireUppercase: true, requireLowercase: false, requireNumbers: true, requireSymbols: false };
    assert.equal(line(renderPoolDetails(other, URLS), 'Password policy'), 'at least 21 characters, upper case, a number');
  });

  it('says what an endpoint did not tell instead of inventing it', () => {
    const text = renderPoolDetails(barePool(), URLS);
    assert.deepEqual(markdownOutline(text), ['# User pool bare', '## Overview', '## Sign-in', '## Attributes', '## Messages and triggers', '## Tags']);
    assert.equal(line(text, 'ARN'), 'not told by this endpoint');
    assert.equal(poolDetailsModel(barePool(), URLS).sections[0].fields.find((f) => f.id === 'arn')?.copy, undefined, 'nothing to copy');
    assert.equal(line(text, 'Created'), 'unknown');
    assert.equal(line(text, 'Last modified'), 'unknown');
    assert.equal(line(text, 'Estimated number of users'), 'not told by this endpoint');
    assert.equal(line(text, 'Domain'), 'none');
    assert.equal(line(text, 'Deletion protection'), 'off');
    assert.equal(line(text, 'Sign in with'), 'username');
    assert.equal(line(text, 'Aliases'), 'none');
    assert.equal(line(text, 'Password policy'), 'at least 6 characters');
    assert.equal(line(text, 'MFA'), 'unknown');
    assert.equal(line(text, 'Verified automatically'), 'none');
    assert.equal(line(text, 'Required'), 'none');
    assert.equal(line(text, 'Custom'), 'none');
    assert.equal(line(text, 'E-mail'), 'unknown');
    assert.equal(line(text, 'SMS'), 'not set up');
    assert.equal(line(text, 'Lambda triggers'), 'none');
    assert.doesNotMatch(text, /^- Lambda trigger /m, 'no trigger rows');
  });

  it('shows a pool with settings but no triggers, aliases or custom domain as such', () => {
    const pool = fullPool();
    pool.settings = { ...pool.settings!, usernameAttributes: [], aliasAttributes: ['email'], triggers: [], customDomain: undefined, emailFrom: undefined, smsRoleArn: undefined, deletionProtection: false };
    const text = renderPoolDetails(pool, URLS);
    assert.equal(line(text, 'Sign in with'), 'username');
    assert.equal(line(text, 'Aliases'), 'email');
    assert.equal(line(text, 'Domain'), '`marsupials-staging`');
    assert.doesNotMatch(text, /^- Custom domain:/m);
    assert.equal(line(text, 'E-mail'), 'Amazon SES (arn:aws:ses:ap-southeast-2:210987654321:identity/zoo.example)');
    assert.doesNotMatch(text, /^- E-mail from:/m);
    assert.equal(line(text, 'SMS'), 'not set up');
    assert.equal(line(text, 'Deletion protection'), 'off');
    assert.equal(line(text, 'Lambda triggers'), 'none');
    assert.doesNotMatch(text, /^- Lambda trigger /m, 'no trigger rows');
  });

  it('counts zero users on AWS, but not on an emulator, which does not count them', () => {
    const pool = fullPool();
    pool.settings = { ...pool.settings!, estimatedUsers: 0 };
    assert.equal(line(renderPoolDetails(pool, URLS), 'Estimated number of users'), '0');
    assert.equal(line(renderPoolDetails(pool, URLS, true), 'Estimated number of users'), 'not told by this endpoint');
    assert.equal(line(renderPoolDetails(fullPool(), URLS, true), 'Estimated number of users'), '4821', 'an emulator that counts is believed');
  });
});

function fullClient(): AppClientDetails {
  return {
    userPoolId: 'ap-southeast-2_Wombat9',
    clientId: '5kq1mrzj0example7h2v',
    name: 'keeper-portal',
    authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'],
    hasSecret: false,
    rotatesRefreshTokens: true,
    settings: {
      accessToken: { value: 15, unit: 'minutes' },
      idToken: { value: 2, unit: 'hours' },
      refreshToken: { value: 45, unit: 'days' },
      authSessionMinutes: 7,
      rotationGracePeriodSeconds: 20,
      oauthFlows: ['code'],
      oauthScopes: ['openid', 'zoo/feed.write'],
      callbackUrls: ['https://zoo.example/cb', 'http://localhost:5173/cb'],
      logoutUrls: ['https://zoo.example/bye'],
      identityProviders: ['COGNITO', 'Google'],
      readAttributes: ['email', 'custom:burrow'],
      writeAttributes: ['custom:colour'],
      preventUserExistenceErrors: 'LEGACY',
      tokenRevocation: false,
      created: CREATED,
      lastModified: MODIFIED,
    },
  };
}

describe('Show Pool Details: Lambda triggers', () => {
  const fn = (name: string) => `arn:aws:lambda:ap-southeast-2:210987654321:function:${name}`;

  it('shows pre token generation with its event version, the custom senders as kept, and Edit Lambda Triggers… beside each trigger', () => {
    const pool = fullPool();
    pool.settings = { ...pool.settings!, triggers: [{ name: 'PreTokenGeneration', arn: fn('claims') }], preTokenVersion: 'V3_0', customSenders: ['CustomSMSSender', 'CustomEmailSender'] };
    const model = poolDetailsModel(pool, URLS);
    const text = markdownOf(model, NOW);
    assert.equal(line(text, 'Lambda trigger PreTokenGeneration'), `\`${fn('claims')} (event version V3_0)\``);
    assert.equal(line(text, 'Custom sender triggers'), 'CustomSMSSender, CustomEmailSender (with a KMS key; kept as they are by Edit Lambda Triggers)');
    assert.deepEqual(fieldOf(model, 'trigger:PreTokenGeneration').actions?.map((a) => a.id), ['cognito.editLambdaTriggers']);
    assert.equal(fieldOf(model, 'customSenders').actions, undefined, 'the command does not edit them');
  });

  it('offers Edit Lambda Triggers… beside "none" on a pool without triggers', () => {
    const pool = fullPool();
    pool.settings = { ...pool.settings!, triggers: [] };
    assert.deepEqual(fieldOf(poolDetailsModel(pool, URLS), 'triggers').actions?.map((a) => a.label), ['Edit Lambda Triggers…']);
  });
});

describe('Show App Client Details text', () => {
  it('shows every setting the client tells, and a public client as such', () => {
    const text = renderAppClientDetails(fullClient(), 'Marsupials, staging');
    assert.deepEqual(markdownOutline(text), ['# App client keeper-portal', '## Overview', '## Sign-in', '## Tokens', '## OAuth', '## Attributes']);
    assert.equal(line(text, 'App Client Id'), '`5kq1mrzj0example7h2v`');
    assert.equal(line(text, 'User pool'), 'Marsupials, staging');
    assert.equal(line(text, 'Pool Id'), '`ap-southeast-2_Wombat9`');
    assert.equal(line(text, 'Client secret'), 'no (a public client)');
    assert.equal(line(text, 'Created'), `${CREATED.toLocaleString()} (16 months ago)`);
    assert.equal(line(text, 'Last modified'), `${MODIFIED.toLocaleString()} (3 days ago)`);
    assert.equal(line(text, 'Authentication flows'), '`ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH`');
    assert.equal(line(text, 'Prevent user existence errors'), 'LEGACY');
    assert.equal(line(text, 'Token revocation'), 'off');
    assert.equal(line(text, 'Name'), 'keeper-portal');
    assert.equal(line(text, 'Sign-in session lasts'), '7 minutes between steps (3–15)');
    assert.equal(line(text, 'Access token valid for'), '15 minutes (5 minutes – 1 day)');
    assert.equal(line(text, 'ID token valid for'), '2 hours (5 minutes – 1 day)');
    assert.equal(line(text, 'Refresh token valid for'), '45 days (60 minutes – 10 years)');
    assert.equal(line(text, 'Refresh token rotation'), 'on (the previous token works 20 s more, 0–60)');
    assert.equal(line(text, 'Flows'), 'code');
    assert.equal(line(text, 'Scopes'), 'openid, zoo/feed.write');
    assert.deepEqual(lines(text, 'Callback URL'), ['`https://zoo.example/cb`', '`http://localhost:5173/cb`']);
    assert.deepEqual(lines(text, 'Sign-out URL'), ['`https://zoo.example/bye`']);
    assert.equal(line(text, 'Identity providers'), 'COGNITO, Google');
    assert.equal(line(text, 'Read'), 'email, custom:burrow');
    assert.equal(line(text, 'Write'), 'custom:colour');
  });

  it('gives each callback and sign-out URL its own copy button, and opens none: they are the app’s', () => {
    const client = fullClient();
    client.settings = { ...client.settings!, callbackUrls: ['https://zoo.example/cb', 'zooapp://signed-in'], logoutUrls: ['http://localhost:5173/bye'] };
    const model = appClientDetailsModel(client, 'Marsupials, staging');
    const web = fieldOf(model, 'callbackUrl:https://zoo.example/cb');
    assert.deepEqual([web.value, web.mono, web.copy, web.link], ['https://zoo.example/cb', true, true, undefined]);
    const app = fieldOf(model, 'callbackUrl:zooapp://signed-in');
    assert.deepEqual([app.copy, app.link], [true, undefined]);
    assert.deepEqual([fieldOf(model, 'signOutUrl:http://localhost:5173/bye').copy, fieldOf(model, 'signOutUrl:http://localhost:5173/bye').link], [true, undefined]);
    for (const id of ['clientId', 'poolId']) assert.ok(fieldOf(model, id).mono && fieldOf(model, id).copy, id);
    assert.deepEqual(fieldOf(model, 'authFlows').actions?.map((a) => a.id), ['cognito.editAppClientAuthFlows']);
  });

  it('never holds a secret, whether the client has one or not', () => {
    const secret = { ...fullClient(), hasSecret: true, clientSecret: 'kept-out-9q8w7e6r5t4y3u2i1o0p' } as AppClientDetails;
    const model = appClientDetailsModel(secret, 'Marsupials, staging');
    assert.ok(!JSON.stringify(model).includes('kept-out'));
    assert.match(fieldOf(model, 'clientSecret').value, /^yes \(not shown here/);
  });
  it('says "on" for token revocation only when it is on, and "unknown" when not told', () => {
    const on = fullClient();
    on.settings = { ...on.settings!, tokenRevocation: true };
    assert.equal(line(renderAppClientDetails(on, 'p'), 'Token revocation'), 'on');
    const untold = fullClient();
    untold.settings = { ...untold.settings!, tokenRevocation: undefined, preventUserExistenceErrors: undefined, created: undefined, lastModified: undefined };
    assert.equal(line(renderAppClientDetails(untold, 'p'), 'Created'), 'unknown');
    assert.equal(line(renderAppClientDetails(untold, 'p'), 'Last modified'), 'unknown');
    assert.equal(line(renderAppClientDetails(untold, 'p'), 'Token revocation'), 'unknown');
    assert.equal(line(renderAppClientDetails(untold, 'p'), 'Prevent user existence errors'), 'unknown');
  });

  it('reads as unknown or none where the client tells nothing', () => {
    const bare: AppClientDetails = { userPoolId: 'local_Bare0001', clientId: 'bareclient', name: 'bare', authFlows: [], hasSecret: true };
    const text = renderAppClientDetails(bare, 'bare pool');
    assert.deepEqual(markdownOutline(text), ['# App client bare', '## Overview', '## Sign-in', '## Tokens', '## OAuth', '## Attributes']);
    assert.match(line(text, 'Client secret'), /^yes \(not shown here/);
    assert.equal(line(text, 'Created'), 'unknown');
    assert.equal(line(text, 'Last modified'), 'unknown');
    assert.equal(line(text, 'Authentication flows'), 'none');
    for (const label of ['Access token valid for', 'ID token valid for', 'Refresh token valid for', 'Token revocation']) assert.equal(line(text, label), 'unknown', label);
    for (const label of ['Flows', 'Scopes', 'Callback URLs', 'Sign-out URLs', 'Default redirect URI', 'Identity providers']) assert.equal(line(text, label), 'none', label);
    assert.equal(line(text, 'OAuth for this client'), 'unknown');
    for (const label of ['Read', 'Write', 'Sign-in session lasts']) assert.equal(line(text, label), 'unknown', label);
    assert.equal(line(text, 'Refresh token rotation'), 'off');
  });

  it('says a client that names no attribute lists keeps Cognito’s default permissions, not none', () => {
    const client = fullClient();
    const text = renderAppClientDetails({ ...client, settings: { ...client.settings!, readAttributes: [], writeAttributes: [] } }, 'p');
    assert.equal(line(text, 'Read'), 'Cognito’s default (every standard attribute)');
    assert.equal(line(text, 'Write'), 'Cognito’s default (every standard attribute)');
  });
});

describe('Show Pool Details: e-mail and SMS sending', () => {
  const withMessaging = (messaging: UserPoolDetails['messaging']): UserPoolDetails => ({ ...fullPool(), messaging });

  it('shows the SES identity, From, reply-to, configuration set and the SMS role with its external id and Region, each edit beside its value', () => {
    const model = poolDetailsModel(
      withMessaging({
        email: { kind: 'ses', sourceArn: 'arn:aws:ses:ap-southeast-2:210987654321:identity/zoo.example', from: 'Keeper <keeper@zoo.example>', replyTo: 'desk@zoo.example', configurationSet: 'zoo-events' },
        sms: { roleArn: 'arn:aws:iam::210987654321:role/zoo-sms', externalId: 'zoo-ext', snsRegion: 'us-west-2' },
      }),
      URLS,
    );
    const text = markdownOf(model, NOW);
    assert.equal(line(text, 'E-mail'), 'Amazon SES (your identity, SES’s limits)');
    assert.equal(line(text, 'SES identity'), '`arn:aws:ses:ap-southeast-2:210987654321:identity/zoo.example`');
    assert.equal(line(text, 'E-mail from'), 'Keeper <keeper@zoo.example>');
    assert.equal(line(text, 'Reply-to'), 'desk@zoo.example');
    assert.equal(line(text, 'SES configuration set'), 'zoo-events');
    assert.equal(line(text, 'SMS role external id'), 'zoo-ext');
    assert.equal(line(text, 'SNS Region'), 'us-west-2');
    assert.deepEqual(fieldOf(model, 'emailSending').actions?.map((a) => a.id), ['cognito.editEmailSending']);
    assert.deepEqual(fieldOf(model, 'smsRoleArn').actions?.map((a) => a.id), ['cognito.editSmsSending']);
  });

  it('shows Cognito’s default sender and no SMS, still offering both edits', () => {
    const model = poolDetailsModel(withMessaging({ email: { kind: 'cognito' } }), URLS);
    const text = markdownOf(model, NOW);
    assert.equal(line(text, 'E-mail'), "Cognito's default e-mail (50 a day)");
    assert.equal(line(text, 'E-mail from'), 'no-reply@verificationemail.com');
    assert.equal(line(text, 'SMS'), 'not set up');
    assert.deepEqual(fieldOf(model, 'smsRoleArn').actions?.map((a) => a.id), ['cognito.editSmsSending']);
    assert.doesNotMatch(text, /^- Reply-to:/m);
  });
});
