import * as assert from 'node:assert/strict';
import { SignInSessions, type SignInSession } from '../../src/auth/signInSessions';
import type { SignInSessions as Sessions } from '../../src/auth/signInSessions';
import type { TokenChecks } from '../../src/views/models/tokensModel';
import { markdownOf } from '../../src/views/models/markdown';
import { signInViewModel } from '../../src/views/models/signInViewModel';
import { tokensModel } from '../../src/views/models/tokensModel';
import { sessionIdOf, TOKENS_SCHEME, tokensPath } from '../../src/views/tokensUri';
import { markdownOutline } from '../support/markdownOutline';
import { addSignIn, type SignInFields } from '../support/signInSession';

// The Tokens view's text, the cases test/unit/tokens.test.ts leaves out: the sign-in's own lines (pool,
// client, connection, whether a refresh token is held), a token Cognito did not return, an unchecked
// signature, expiry counted in hours or "now", and the document's name. A sign-in unlike the defaults:
// typed name differs from Cognito's, a region other than us-east-1, a client without a secret.

const renderTokens = (session: SignInSession, checks: TokenChecks, now: Date, label: string) => markdownOf(tokensModel(session, checks, now, label), now);
const renderTokensDocument = async (uri: unknown, sessions: Sessions, verify: (s: SignInSession) => Promise<TokenChecks>, now: Date, label: (id: string) => string) =>
  markdownOf(await signInViewModel(sessionIdOf(uri), sessions, verify, now, label), now);

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ISSUED = new Date('2026-12-06T21:17:00Z');
const at = (date: Date) => Math.floor(date.getTime() / 1000);
const jwt = (claims: object) => `${b64({ alg: 'RS256', kid: 'k-eu-9' })}.${b64(claims)}.c2ln`;

/** The shared sign-in (SIGNED_IN, Perry in eu-north-1) with an access token alone, issued at ISSUED for 3 h. */
function signIn(overrides: Partial<SignInFields> = {}, sessions = new SignInSessions()): SignInSession {
  return addSignIn(sessions, {
    tokens: { accessToken: jwt({ token_use: 'access', iat: at(ISSUED), exp: at(ISSUED) + 3 * 60 * 60 }) },
    issuedAt: ISSUED,
    ...overrides,
  });
}

/** The Value cell of a claim's row in the Claims tables, or undefined. */
function claimRow(text: string, claim: string): string | undefined {
  const row = text.split('\n').find((l) => l.startsWith(`| \`${claim}\` |`));
  return row?.split(' | ')[1];
}

function field(text: string, label: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`- ${label}:`))
    .map((l) => l.slice(`- ${label}:`.length).trim());
}

describe('the Tokens view text: the sign-in and each token', () => {
  it('names the pool, client and connection of the sign-in, and holds no refresh token it was not given', () => {
    const text = renderTokens(signIn(), {}, ISSUED, 'Staging (eu-north-1)');
    assert.deepEqual(markdownOutline(text), ['# Signed in as Perry@Example.org', '## Sign-in', '## ID token', '## Access token', '### Header', '### Claims']);
    assert.deepEqual(field(text, 'User pool'), ['Platypus pool']);
    assert.deepEqual(field(text, 'Pool Id'), ['`eu-north-1_Pl4typus`']);
    assert.deepEqual(field(text, 'Connection'), ['Staging (eu-north-1)']);
    assert.deepEqual(field(text, 'App client'), ['burrow-cli']);
    assert.deepEqual(field(text, 'App Client Id'), ['`burrowclient42`']);
    assert.deepEqual(field(text, 'Client secret'), ['no (a public client)']);
    assert.deepEqual(field(text, 'Tokens issued'), [`${ISSUED.toLocaleString()} (just now)`]);
    assert.deepEqual(field(text, 'Refresh token'), ['none']);
  });

  it('says a client has a secret and a refresh token is held, never showing it', () => {
    const s = signIn({ client: { userPoolId: 'eu-north-1_Pl4typus', clientId: 'burrowclient42', hasSecret: true } });
    s.tokens.refreshToken = 'eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.platypus-refresh';
    s.tokens.idToken = jwt({ token_use: 'id', aud: 'burrowclient42' });
    const text = renderTokens(s, {}, ISSUED, 'c');
    assert.deepEqual(markdownOutline(text), ['# Signed in as Perry@Example.org', '## Sign-in', '## ID token', '### Header', '### Claims', '## Access token', '### Header', '### Claims']);
    assert.deepEqual(field(text, 'Client secret'), ['yes (not shown here)']);
    assert.match(field(text, 'Refresh token')[0], /^held in memory; Copy Refresh Token copies it, it is never shown$/);
    assert.ok(!text.includes('platypus-refresh'));
    assert.ok(!JSON.stringify(tokensModel(s, {}, ISSUED, 'c')).includes('platypus-refresh'), 'the refresh token is not in the model either');
  });

  it('says Cognito returned no ID token, and still shows the access token', () => {
    const text = renderTokens(signIn(), {}, ISSUED, 'c');
    const id = text.slice(text.indexOf('## ID token'), text.indexOf('## Access token'));
    assert.match(id, /Cognito returned none\./);
    assert.doesNotMatch(id, /Signature|Expires/);
    assert.match(text.slice(text.indexOf('## Access token')), /^\| `token_use` \| `access` \|/m);
  });

  it('says "not checked" when there is no check, and the token has no exp', () => {
    const s = signIn();
    s.tokens.accessToken = jwt({ token_use: 'access', 'cognito:groups': [] });
    const text = renderTokens(s, { id: { verified: true, detail: 'of the ID token only' } }, ISSUED, 'c');
    assert.deepEqual(field(text, 'Signature'), ['not checked']);
    assert.deepEqual(field(text, 'Expires'), ['no exp claim']);
    assert.deepEqual(field(text, 'Groups (cognito:groups)'), ['none'], 'an empty group list reads as none');
  });

  it('counts a long expiry in hours too, and an expiry this minute as now', () => {
    const exp = new Date(ISSUED.getTime() + 3 * 60 * 60_000);
    assert.deepEqual(field(renderTokens(signIn(), {}, ISSUED, 'c'), 'Expires'), [`${exp.toLocaleString()} (expires in 180 min, 3 h)`]);
    const twoHours = new Date(exp.getTime() - 120 * 60_000);
    assert.deepEqual(field(renderTokens(signIn(), {}, twoHours, 'c'), 'Expires'), [`${exp.toLocaleString()} (expires in 120 min, 2 h)`], 'hours from two hours on');
    const nearly = new Date(exp.getTime() - 100 * 60_000);
    assert.deepEqual(field(renderTokens(signIn(), {}, nearly, 'c'), 'Expires'), [`${exp.toLocaleString()} (expires in 100 min)`], 'under two hours: minutes only');
    const now = new Date(exp.getTime() - 20_000);
    assert.deepEqual(field(renderTokens(signIn(), {}, now, 'c'), 'Expires'), [`${exp.toLocaleString()} (expires now)`]);
    const later = new Date(exp.getTime() + 7 * 60_000);
    assert.match(field(renderTokens(signIn(), {}, later, 'c'), 'Expires')[0], /\(\*\*expired\*\* 7 min ago; Refresh Tokens gets new ones\)$/);
  });

  it('leaves out a clock lead of a minute or less, and shows one just over it', () => {
    const aheadBy = (ms: number) => {
      const s = signIn();
      const iat = (ISSUED.getTime() + ms) / 1000;
      s.tokens.accessToken = jwt({ token_use: 'access', iat, exp: iat + 3600 });
      return renderTokens(s, {}, ISSUED, 'c');
    };
    assert.doesNotMatch(aheadBy(60_000), /clock is/);
    assert.match(aheadBy(150_000), /^- Clock: This computer’s clock is 3 min behind the token issuer/m);
  });

  it('shows the date claims it finds local and relative, and only those', () => {
    const s = signIn();
    s.tokens.accessToken = jwt({ token_use: 'access', exp: at(ISSUED) + 600, auth_time: 'yesterday' });
    const text = renderTokens(s, {}, ISSUED, 'c');
    assert.deepEqual(claimRow(text, 'exp'), `\`${at(ISSUED) + 600}\` (${new Date((at(ISSUED) + 600) * 1000).toLocaleString()}, in 10 min)`);
    assert.equal(claimRow(text, 'iat'), undefined);
    assert.equal(claimRow(text, 'auth_time'), '`yesterday`', 'a claim that is not a number is not a date');
    const claims = tokensModel(s, {}, ISSUED, 'c').tokens![1].claims;
    assert.equal(claims.find((c) => c.label === 'exp')?.time, (at(ISSUED) + 600) * 1000);
    assert.equal(claims.find((c) => c.label === 'auth_time')?.time, undefined);
  });

  it('shows the tokens with their checks unchecked when checking fails, and names the connection by its label', async () => {
    const sessions = new SignInSessions();
    const s = signIn({}, sessions);
    const labels: string[] = [];
    const text = await renderTokensDocument(
      { scheme: TOKENS_SCHEME, query: `session=${s.id}` },
      sessions,
      async () => {
        throw new Error('JWKS unreachable');
      },
      ISSUED,
      (id) => {
        labels.push(id);
        return 'Staging';
      },
    );
    assert.deepEqual(labels, ['conn-7']);
    assert.match(text, /^# Signed in as Perry@Example\.org$/m);
    assert.deepEqual(field(text, 'Signature'), ['not checked']);
    assert.deepEqual(field(text, 'Connection'), ['Staging']);
  });

  it('shows the checks the verifier gives for each token', async () => {
    const sessions = new SignInSessions();
    const s = signIn({}, sessions);
    const text = await renderTokensDocument({ scheme: TOKENS_SCHEME, query: `session=${s.id}` }, sessions, async (given) => {
      assert.equal(given.id, s.id);
      return { access: { verified: false, detail: 'JwtInvalidClaimError: token_use' } };
    }, ISSUED, () => 'c');
    assert.deepEqual(field(text, 'Signature'), ['✗ not verified — JwtInvalidClaimError: token_use (key id k-eu-9)']);
  });

  it('hides the user:password of a URL that opens a check’s detail', () => {
    const text = renderTokens(signIn(), { access: { verified: false, detail: 'https://ops:Hunter2-pw@keys.example.net/jwks.json answered 403' } }, ISSUED, 'c');
    assert.deepEqual(field(text, 'Signature'), ['✗ not verified — https://keys.example.net/jwks.json answered 403 (key id k-eu-9)']);
  });

  it('says a sign-in that is gone in a document of its own shape', async () => {
    const text = await renderTokensDocument({ scheme: TOKENS_SCHEME, query: 'session=gone-1' }, new SignInSessions(), async () => ({}), ISSUED, () => 'c');
    assert.deepEqual(markdownOutline(text), ['# This sign-in is gone']);
    assert.deepEqual(await signInViewModel('gone-1', new SignInSessions(), async () => ({}), ISSUED, () => 'c').then((m) => [m.actions, m.sections, m.tokens]), [[], [], undefined]);
    assert.match(text, /it was signed out, or this tab is from before this window reloaded/);
  });
});

describe('Tokens document names', () => {
  it('name the user, numbered from the second, with no character that would change the URI', () => {
    assert.equal(tokensPath('Perry@Example.org'), '/Perry@Example.org tokens.md');
    assert.equal(tokensPath('Perry@Example.org', 2), '/Perry@Example.org tokens (2).md');
    assert.equal(tokensPath('a/b\\c?d#e', 3), '/a_b_c_d_e tokens (3).md');
  });

  it('are read back only from a cognito-tokens URI with a session in its query', () => {
    assert.equal(sessionIdOf({ scheme: TOKENS_SCHEME, query: 'x=1&session=ab-9' }), 'ab-9');
    assert.equal(sessionIdOf({ scheme: TOKENS_SCHEME, query: 'x=1' }), undefined);
    assert.equal(sessionIdOf({ scheme: TOKENS_SCHEME }), undefined);
    assert.equal(sessionIdOf(null), undefined);
  });
});

describe('the Tokens view model: each token', () => {
  const ID = jwt({ sub: 'c9e1-platypus', token_use: 'id', 'cognito:groups': ['keepers'], 'custom:burrow': 'B-12', nickname: 'perry', email_verified: false, iat: at(ISSUED), exp: at(ISSUED) + 1800, auth_time: at(ISSUED) - 60 });

  it('gives the three parts, the claims with a hint for each claim Cognito defines, and copy buttons', () => {
    const s = signIn({ tokens: { idToken: ID, accessToken: jwt({ token_use: 'access', scope: 'aws.cognito.signin.user.admin' }) } });
    const [id, access] = tokensModel(s, {}, ISSUED, 'c').tokens!;
    assert.deepEqual(id.parts, ID.split('.'));
    assert.equal(id.parts!.join('.'), ID, 'the parts make the token the copy gives');
    const claim = (name: string) => id.claims.find((c) => c.label === name)!;
    assert.equal(claim('sub').id, 'id:claim:sub');
    assert.match(claim('sub').hint!, /unique/);
    assert.match(claim('token_use').hint!, /"id".*"access"/);
    assert.match(claim('cognito:groups').hint!, /groups/);
    assert.equal(claim('custom:burrow').hint, 'A custom attribute of the pool.');
    assert.equal(claim('nickname').hint, undefined, 'a claim Cognito does not define has no hint');
    assert.equal(claim('cognito:groups').value, '["keepers"]', 'a list as JSON');
    assert.equal(claim('email_verified').value, 'false', 'a boolean as JSON');
    assert.equal(claim('custom:burrow').value, 'B-12', 'a string as it is');
    assert.equal(claim('auth_time').time, (at(ISSUED) - 60) * 1000);
    for (const c of [...id.claims, ...id.header]) assert.ok(c.copy && c.mono, `${c.id} copies`);
    assert.deepEqual(id.header.map((h) => [h.id, h.value, h.hint !== undefined]), [['id:header:alg', 'RS256', true], ['id:header:kid', 'k-eu-9', true]]);
    assert.match(access.claims.find((c) => c.label === 'scope')!.hint!, /scopes/);
    assert.equal(access.claims[0].id, 'access:claim:token_use', 'the access token’s ids are its own');
  });

  it('counts expiresAt on this computer’s clock: exp less the issuer’s lead, only when the lead is over a minute', () => {
    const lead = 4 * 60_000;
    const iat = (ISSUED.getTime() + lead) / 1000;
    const s = signIn({ tokens: { accessToken: jwt({ token_use: 'access', iat, exp: iat + 3600 }) } });
    const model = tokensModel(s, {}, ISSUED, 'c');
    assert.equal(model.tokens![1].expiresAt, ISSUED.getTime() + 3600_000, 'an hour after it arrived, by this computer’s clock');
    assert.match(model.sections[0].fields.find((f) => f.id === 'clock')!.value, /4 min behind/);
    const small = signIn({ tokens: { accessToken: jwt({ token_use: 'access', iat: at(ISSUED) + 50, exp: at(ISSUED) + 50 + 3600 }) } });
    const near = tokensModel(small, {}, ISSUED, 'c');
    assert.equal(near.tokens![1].expiresAt, (at(ISSUED) + 50 + 3600) * 1000, 'a lead under a minute is not taken off');
    assert.equal(near.sections[0].fields.find((f) => f.id === 'clock'), undefined);
  });

  it('names the key of the check, its state, and no parts for a token that cannot be read', () => {
    const s = signIn({ tokens: { idToken: 'not-a-jwt', accessToken: jwt({ token_use: 'access' }) } });
    const [id, access] = tokensModel(s, { access: { verified: true, detail: 'signed by a key of https://keys.example/jwks.json' } }, ISSUED, 'c').tokens!;
    assert.deepEqual(access.signature, { state: 'verified', detail: 'signed by a key of https://keys.example/jwks.json (key id k-eu-9)' });
    assert.equal(id.parts, undefined);
    assert.match(id.problem!, /not a JWT/);
    assert.deepEqual(id.signature.state, 'unchecked');
  });

  it('makes the pool and client ids copyable and the issue time a time', () => {
    const fields = tokensModel(signIn(), {}, ISSUED, 'c').sections[0].fields;
    for (const id of ['poolId', 'clientId']) assert.ok(fields.find((f) => f.id === id)?.copy, id);
    assert.equal(fields.find((f) => f.id === 'issued')?.time, ISSUED.getTime());
  });

  it('says which factors signed in, in words, as one labelled value right after the issue time', () => {
    const line = (factors: string[] | undefined) => field(renderTokens(signIn({ factors }), {}, ISSUED, 'c'), 'Signed in with');
    assert.deepEqual(line(['PASSWORD_SRP', 'SOFTWARE_TOKEN_MFA']), ['password (SRP), then an authenticator app code']);
    assert.deepEqual(line(['USER_SRP_AUTH']), ['password (SRP)']);
    assert.deepEqual(line(['PASSWORD', 'EMAIL_OTP']), ['password, then a code sent by e-mail']);
    assert.deepEqual(line(['USER_PASSWORD_AUTH', 'SMS_MFA']), ['password, then a code sent by SMS']);
    assert.deepEqual(line(['ADMIN_USER_PASSWORD_AUTH']), ['password (admin sign-in)']);
    assert.deepEqual(line(['EMAIL_OTP']), ['a code sent by e-mail']);
    assert.deepEqual(line(['SMS_OTP']), ['a code sent by SMS']);
    assert.deepEqual(line(['PASSWORD', 'SOMETHING_NEW']), ['password, then SOMETHING_NEW'], 'a name it does not know is shown as Cognito spells it');
    assert.deepEqual(line(undefined), [], 'no line when the sign-in recorded none');
    assert.deepEqual(line([]), []);
    const ids = tokensModel(signIn({ factors: ['SMS_OTP'] }), {}, ISSUED, 'c').sections[0].fields.map((f) => f.id);
    assert.equal(ids[ids.indexOf('issued') + 1], 'factors');
  });
});
