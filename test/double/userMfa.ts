// A user's MFA settings and TOTP authenticator, from the API reference: SetUserMFAPreference (access token),
// AdminSetUserMFAPreference (pool and username), AssociateSoftwareToken and VerifySoftwareToken (access token,
// or the Session of an MFA_SETUP challenge), and what AdminGetUser / GetUser report (UserMFASettingList,
// PreferredMfaSetting, both left out when there is none).
// - SetUserMFAPreference: "Only one factor can be set as preferred"; "If multiple options are activated and no
//   preference is set, a challenge to choose an MFA option will be returned during sign-in". A settings member
//   left out changes nothing of its factor; Enabled false also drops it as the preferred one, and is refused
//   when the pool's MfaConfiguration is ON ("You can't turn off TOTP MFA for any of your users when MFA is
//   required in your user pool", SoftwareTokenMfaSettingsType, and the same in SMSMfaSettingsType).
// - Turning on a factor the user has no means for is InvalidParameterException "User does not have delivery
//   config set to turn on SOFTWARE_TOKEN_MFA" (AWS's answer for TOTP without a verified token, quoted in
//   aws/aws-sdk-js-v3#4645, 2023; older answers, "User has not set up software token mfa" and "User does not
//   have a phone_number set to turn on SMS MFA", are quoted in aws-amplify/amplify-js#1875 and #618, 2018–19);
//   the double answers the newer words for SMS_MFA without a phone_number and EMAIL_OTP without an email too.
// - "If you haven't activated TOTP software token MFA for the user pool, Amazon Cognito can't use the token to
//   associate or verify users. In this case, users receive a SoftwareTokenMFANotFoundException exception with
//   the description Software Token MFA has not been enabled by the userPool." (developer guide, "TOTP software
//   token MFA"): AssociateSoftwareToken and VerifySoftwareToken refuse so in a pool without it.
// - AssociateSoftwareToken answers a SecretCode: 32 base32 characters (20 random bytes, RFC 4648, as AWS's
//   are; AssociateSoftwareTokenResponse SecretCode, "Minimum length of 16", pattern `[A-Za-z0-9]+`), and with a
//   Session a new Session. "Amazon Cognito disassociates an existing software token when you verify the new
//   token in a VerifySoftwareToken API request" (AssociateSoftwareToken), so the old token keeps working until then.
// - VerifySoftwareToken: "The request takes an access token or a session string, but not both"; UserCode
//   `[0-9]+`, 6 characters. The code is RFC 6238 with SHA-1, 6 digits and 30-second steps; a code of the step
//   before or after is accepted too ("Status ... Some reasons that this operation might return an error are
//   clock skew on the user's device", VerifySoftwareTokenResponse; RFC 6238 §5.2 recommends at most one step of
//   drift; AWS's exact window is not documented). A wrong code is EnableSoftwareTokenMFAException ("thrown when
//   there is a code mismatch and the service fails to configure the software token TOTP multi-factor
//   authentication"), worded "Code mismatch and fail enable Software Token MFA" as AWS is seen answering.
//   Success answers Status SUCCESS, and a new Session when it was given one, which "satisfies an MFA_SETUP
//   challenge" (VerifySoftwareTokenResponse). Verifying with an access token marks the token verified (the
//   reference's word): SOFTWARE_TOKEN_MFA can then be turned on with (Admin)SetUserMFAPreference ("Configuring
//   TOTP for your user is a multi-step process where your user receives a secret code that they validate by
//   entering a one-time password. Next, you can enable TOTP MFA for your user or set TOTP as the preferred MFA
//   method for your user", developer guide, "TOTP software token MFA"); verifying in
//   MFA_SETUP turns it on and makes it preferred once the challenge is answered, since that is what the pool
//   that required the setup needs from then on.
import { randomBytes } from 'node:crypto';
import type { Challenges } from './challenges';
import type { DoubleUser, SeededPool } from './data';
import { booleanMember, structMember, usernameMember } from './members';
import { poolOf, requiredString, validationError } from './requests';
import { ServiceError, type Input, type Operation } from './server';
import { invalidParameter, notAuthorized } from './signInRules';
import type { TokenIssuer } from './tokens';
import { base32Encode, totpCode, totpStep, TOTP_STEP_SECONDS } from '../support/totp';
import type { MfaType, UserMfa } from './userStore';
import { userIndexOf } from './users';

export const NO_DELIVERY_CONFIG = (type: MfaType) => `User does not have delivery config set to turn on ${type}`;
export const TOTP_CODE_MISMATCH = 'Code mismatch and fail enable Software Token MFA';
/** Not documented: the double's wording for two factors marked preferred. */
export const ONE_PREFERRED = 'Only one MFA type can be set as preferred.';
/** Not documented: the double's wording for a preferred factor that is not turned on. */
export const PREFERRED_NOT_ENABLED = 'An MFA type must be enabled to be set as preferred.';
/** Not documented: the double's wording for turning a factor off in a pool that requires MFA. */
export const CANNOT_TURN_OFF_WHEN_REQUIRED = 'MFA is required in this user pool: a user\'s MFA types cannot be turned off, only the preferred one chosen.';
/** Not documented: the double's wording for VerifySoftwareToken before AssociateSoftwareToken. */
export const NOTHING_TO_VERIFY = 'No software token is associated with the user: call AssociateSoftwareToken first.';
export const TOKEN_OR_SESSION = 'Provide either an access token or a session, but not both.';
export const TOTP_NOT_ENABLED_FOR_POOL = 'Software Token MFA has not been enabled by the userPool.';

const SETTINGS: ReadonlyArray<[string, MfaType]> = [
  ['SMSMfaSettings', 'SMS_MFA'],
  ['SoftwareTokenMfaSettings', 'SOFTWARE_TOKEN_MFA'],
  ['EmailMfaSettings', 'EMAIL_OTP'],
];

/** UserMFASettingList and PreferredMfaSetting as AdminGetUser and GetUser report them (absent when none). */
export function mfaReport(user: DoubleUser): { UserMFASettingList?: string[]; PreferredMfaSetting?: string } {
  return {
    PreferredMfaSetting: user.mfa.preferred,
    UserMFASettingList: user.mfa.enabled.length > 0 ? [...user.mfa.enabled] : undefined,
  };
}

/** The pool, index and user an access token names, or NotAuthorizedException / UserNotFoundException as GetUser answers. */
export function userOfAccessToken(pools: readonly SeededPool[], tokens: TokenIssuer, token: string): { pool: SeededPool; index: number; user: DoubleUser } {
  const claims = tokens.checkAccessToken(token);
  const pool = pools.find((p) => String(claims.iss).endsWith(`/${p.id}`));
  const index = pool?.users.find(String(claims.username), false);
  const user = pool && index !== undefined ? pool.user(index) : undefined;
  if (!pool || index === undefined || !user || user.attributes.sub !== claims.sub) throw new ServiceError('UserNotFoundException', 'User does not exist.');
  return { pool, index, user };
}

/** A TOTP code of the step at `now`, or of the one before or after. */
export function totpMatches(secret: string, code: string, now: number): boolean {
  const step = totpStep(now);
  return [step - 1, step, step + 1].some((s) => totpCode(secret, s * TOTP_STEP_SECONDS * 1000) === code);
}

/** A new SecretCode: 20 random bytes, 32 base32 characters. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function userMfaOperations(pools: readonly SeededPool[], tokens: TokenIssuer, challenges: Challenges, now: () => number): Record<string, Operation> {
  /** Applies SMSMfaSettings / SoftwareTokenMfaSettings / EmailMfaSettings to the user `index` of `pool`. */
  function setPreference(input: Input, pool: SeededPool, index: number): Record<string, never> {
    const user = pool.user(index);
    const changes = SETTINGS.flatMap(([member, type]) => {
      const settings = structMember(input, member);
      return settings ? [{ type, enabled: booleanMember(settings, 'Enabled'), preferred: booleanMember(settings, 'PreferredMfa') }] : [];
    });
    if (changes.filter((c) => c.preferred === true).length > 1) throw invalidParameter(ONE_PREFERRED);
    // SoftwareTokenMfaSettingsType / SMSMfaSettingsType: "You can't turn off TOTP MFA [SMS MFA] for any of your
    // users when MFA is required in your user pool; you can only set the type that your user prefers."
    if (pool.settings.mfaConfiguration === 'ON' && changes.some((c) => c.enabled === false && user.mfa.enabled.includes(c.type))) {
      throw invalidParameter(CANNOT_TURN_OFF_WHEN_REQUIRED);
    }
    for (const change of changes) {
      if (change.enabled !== true) continue;
      if (change.type === 'SOFTWARE_TOKEN_MFA' && !user.mfa.totpSecret) throw invalidParameter(NO_DELIVERY_CONFIG(change.type));
      if (change.type === 'SMS_MFA' && !user.attributes.phone_number) throw invalidParameter(NO_DELIVERY_CONFIG(change.type));
      if (change.type === 'EMAIL_OTP' && !user.attributes.email) throw invalidParameter(NO_DELIVERY_CONFIG(change.type));
    }
    const mfa: UserMfa = { ...user.mfa, enabled: [...user.mfa.enabled] };
    for (const { type, enabled, preferred } of changes) {
      if (enabled === true && !mfa.enabled.includes(type)) mfa.enabled.push(type);
      if (enabled === false) {
        mfa.enabled = mfa.enabled.filter((t) => t !== type);
        if (mfa.preferred === type) mfa.preferred = undefined;
      }
      if (preferred === true) {
        if (!mfa.enabled.includes(type)) throw invalidParameter(PREFERRED_NOT_ENABLED);
        mfa.preferred = type;
      }
      if (preferred === false && mfa.preferred === type) mfa.preferred = undefined;
    }
    pool.updateUser(index, (u) => void (u.mfa = mfa));
    return {};
  }

  /** AccessToken or Session, exactly one. */
  function tokenOrSession(input: Input): { accessToken?: string; session?: string } {
    const accessToken = typeof input.AccessToken === 'string' && input.AccessToken !== '' ? input.AccessToken : undefined;
    const session = typeof input.Session === 'string' && input.Session !== '' ? input.Session : undefined;
    if ((accessToken === undefined) === (session === undefined)) throw invalidParameter(TOKEN_OR_SESSION);
    if (session !== undefined && (session.length < 20 || session.length > 2048)) throw validationError('session', '***', 'Member must have length greater than or equal to 20');
    return { accessToken, session };
  }

  /** SoftwareTokenMFANotFoundException unless the pool has TOTP MFA on (see above). */
  function requirePoolTotp(pool: SeededPool | undefined): void {
    if (!pool?.mfaFactors.softwareToken) throw new ServiceError('SoftwareTokenMFANotFoundException', TOTP_NOT_ENABLED_FOR_POOL);
  }

  /** The open MFA_SETUP challenge a Session names, or NotAuthorizedException as the other challenges answer. */
  function setupChallenge(session: string) {
    const challenge = challenges.findBySession(session);
    if (!challenge || challenge.challenge !== 'MFA_SETUP') throw notAuthorized('Invalid session for the user.');
    if (challenge.expired) {
      challenges.close(challenge);
      throw notAuthorized('Invalid session for the user, session is expired.');
    }
    return challenge;
  }

  return {
    SetUserMFAPreference(input) {
      const { pool, index } = userOfAccessToken(pools, tokens, requiredString(input, 'AccessToken', 'accessToken'));
      return setPreference(input, pool, index);
    },

    AdminSetUserMFAPreference(input) {
      const username = usernameMember(input);
      const pool = poolOf(pools, input);
      return setPreference(input, pool, userIndexOf(pool, username));
    },

    AssociateSoftwareToken(input) {
      const { accessToken, session } = tokenOrSession(input);
      const secret = newTotpSecret();
      if (accessToken !== undefined) {
        const { pool, index } = userOfAccessToken(pools, tokens, accessToken);
        requirePoolTotp(pool);
        pool.updateUser(index, (u) => void (u.mfa = { enabled: [], ...u.mfa, pendingTotpSecret: secret }));
        return { SecretCode: secret };
      }
      const challenge = setupChallenge(session as string);
      requirePoolTotp(pools.find((p) => p.id === challenge.poolId));
      challenges.close(challenge);
      const { session: _old, expired: _expired, ...pending } = challenge;
      const next = challenges.open({ ...pending, totpSecret: secret, totpVerified: false }, challenge.sessionMinutes);
      return { SecretCode: secret, Session: next };
    },

    VerifySoftwareToken(input) {
      const { accessToken, session } = tokenOrSession(input);
      const code = requiredString(input, 'UserCode', 'userCode');
      if (!/^[0-9]+$/.test(code)) throw validationError('userCode', code, 'Member must satisfy regular expression pattern: [0-9]+');
      if (code.length !== 6) throw validationError('userCode', code, 'Member must have length less than or equal to 6');
      if (typeof input.FriendlyDeviceName === 'string' && input.FriendlyDeviceName.length > 131072) throw validationError('friendlyDeviceName', '***', 'Member must have length less than or equal to 131072');
      if (accessToken !== undefined) {
        const { pool, index, user } = userOfAccessToken(pools, tokens, accessToken);
        requirePoolTotp(pool);
        const secret = user.mfa.pendingTotpSecret;
        if (!secret) throw invalidParameter(NOTHING_TO_VERIFY);
        if (!totpMatches(secret, code, now())) throw new ServiceError('EnableSoftwareTokenMFAException', TOTP_CODE_MISMATCH);
        pool.updateUser(index, (u) => void (u.mfa = { ...(u.mfa ?? { enabled: [] }), totpSecret: secret, pendingTotpSecret: undefined }));
        return { Status: 'SUCCESS' };
      }
      const challenge = setupChallenge(session as string);
      requirePoolTotp(pools.find((p) => p.id === challenge.poolId));
      if (!challenge.totpSecret) throw invalidParameter(NOTHING_TO_VERIFY);
      if (!totpMatches(challenge.totpSecret, code, now())) throw new ServiceError('EnableSoftwareTokenMFAException', TOTP_CODE_MISMATCH);
      challenges.close(challenge);
      const { session: _old, expired: _expired, ...pending } = challenge;
      return { Status: 'SUCCESS', Session: challenges.open({ ...pending, totpVerified: true }, challenge.sessionMinutes) };
    },
  };
}
