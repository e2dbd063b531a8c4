// What follows a first factor that succeeded (a password, SRP, a new password), from the developer guide
// ("Adding MFA to a user pool", "SMS and email message MFA", "TOTP software token MFA") and the API reference
// (InitiateAuth / RespondToAuthChallenge ChallengeName and ChallengeParameters), and the answers to those
// challenges and to the one-time codes of choice-based sign-in:
// - MfaConfiguration OFF: tokens. The user's SMS and e-mail factors count only where the pool has them on; a
//   verified authenticator counts even after the pool turned TOTP off ("If you deactivate software token MFA
//   for the user pool later, users who previously associated and verified a TOTP token can continue to use it
//   for MFA", developer guide, "TOTP software token MFA").
// - A preferred factor, or the only one turned on: its challenge. "If multiple options are activated and no
//   preference is set, a challenge to choose an MFA option will be returned during sign-in" (SetUserMFAPreference):
//   SELECT_MFA_TYPE with MFAS_CAN_CHOOSE (a JSON array), answered with ANSWER = one of them.
// - No factor turned on: OPTIONAL gives tokens ("MFA will be required only for individual users who have an MFA
//   factor activated", GetUserPoolMfaConfig); ON gives MFA_SETUP with MFAS_CAN_SETUP (the pool's factors, a JSON
//   array), "If your user pool requires TOTP MFA, Amazon Cognito generates an MFA_SETUP ... challenge each time
//   your user signs in" (AssociateSoftwareToken). The double models setting up TOTP there (AssociateSoftwareToken
//   and VerifySoftwareToken with the Session, then RespondToAuthChallenge MFA_SETUP with that Session), not
//   setting up SMS or e-mail MFA in the challenge.
// - SMS_MFA and EMAIL_OTP send a 6-digit code (outbox.ts; the length is not documented) and name where it went: CODE_DELIVERY_DELIVERY_MEDIUM
//   SMS / EMAIL and CODE_DELIVERY_DESTINATION masked (`+********1234`, `a***@e***`, as AWS shows them); answered
//   with SMS_MFA_CODE / EMAIL_OTP_CODE. SOFTWARE_TOKEN_MFA is answered with SOFTWARE_TOKEN_MFA_CODE (RFC 6238,
//   the step before or after accepted, userMfa.ts).
// - A wrong code is CodeMismatchException "Invalid code received for user" (the wording AWS is seen answering)
//   and leaves the challenge open for another try; an expired Session is NotAuthorizedException "Invalid
//   session for the user, session is expired.", as for the password challenges. A challenge's Session lasts the
//   client's AuthSessionValidity (3 minutes unless set) and so does its code; the code is good once.
// - Every challenge answer names the user: USERNAME is required and must be the challenged user.
// Tokens after MFA are the same tokens (no `amr` claim: Cognito's user pool tokens document none).
import type { DoubleAppClient } from './appClients';
import type { Challenges, ChallengeName, OpenChallenge } from './challenges';
import type { DoubleUser, SeededPool } from './data';
import { maskEmail, maskPhone, type CodePurpose, type Outbox } from './outbox';
import { ServiceError } from './server';
import { checkSecretHash, invalidParameter, needed, notAuthorized } from './signInRules';
import type { TokenIssuer } from './tokens';
import { totpMatches } from './userMfa';
import type { MfaType } from './userStore';

export const CODE_MISMATCH = 'Invalid code received for user';
/** Not documented: the double's wording for MFA_SETUP answered before VerifySoftwareToken. */
export const SETUP_NOT_VERIFIED = 'Software token MFA has not been verified for this session: call VerifySoftwareToken with the session first.';
/** Digits of an MFA code sent by SMS or e-mail: 6, as AWS's SMS MFA codes are seen to be (the reference gives no length). */
const MFA_CODE_DIGITS = 6;

export interface SignInKit {
  tokens: TokenIssuer;
  challenges: Challenges;
  outbox: Outbox;
  now: () => number;
}

export type SignInAnswer = Record<string, unknown>;

/** The MFA types this user can be challenged with in this pool: turned on for both. */
export function usableFactors(pool: SeededPool, user: DoubleUser): MfaType[] {
  return user.mfa.enabled.filter((type) => {
    if (type === 'SOFTWARE_TOKEN_MFA') return user.mfa.totpSecret !== undefined;
    if (type === 'SMS_MFA') return pool.mfaFactors.sms !== undefined && Boolean(user.attributes.phone_number);
    return pool.mfaFactors.email !== undefined && Boolean(user.attributes.email);
  });
}

/** The pool's factors a user may set up in MFA_SETUP (MFAS_CAN_SETUP). */
function setupFactors(pool: SeededPool): MfaType[] {
  const factors: MfaType[] = [];
  if (pool.mfaFactors.sms) factors.push('SMS_MFA');
  if (pool.mfaFactors.softwareToken) factors.push('SOFTWARE_TOKEN_MFA');
  if (pool.mfaFactors.email) factors.push('EMAIL_OTP');
  return factors;
}

export class SecondFactor {
  constructor(private readonly kit: SignInKit) {}

  /** The first factor passed: tokens, or the MFA challenge the pool and the user call for. */
  afterFirstFactor(pool: SeededPool, client: DoubleAppClient, user: DoubleUser): SignInAnswer {
    if (pool.settings.mfaConfiguration === 'OFF') return this.tokens(pool, client, user);
    const factors = usableFactors(pool, user);
    if (factors.length === 0) {
      if (pool.settings.mfaConfiguration === 'OPTIONAL') return this.tokens(pool, client, user);
      return this.challenge(pool, client, user, 'MFA_SETUP', { MFAS_CAN_SETUP: JSON.stringify(setupFactors(pool)) });
    }
    const chosen = user.mfa.preferred && factors.includes(user.mfa.preferred) ? user.mfa.preferred : factors.length === 1 ? factors[0] : undefined;
    if (!chosen) return this.challenge(pool, client, user, 'SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: JSON.stringify(factors) }, { choices: factors });
    return this.mfaChallenge(pool, client, user, chosen);
  }

  /** SOFTWARE_TOKEN_MFA, or a code sent by SMS (SMS_MFA) or e-mail (EMAIL_OTP). */
  mfaChallenge(pool: SeededPool, client: DoubleAppClient, user: DoubleUser, type: MfaType): SignInAnswer {
    if (type === 'SOFTWARE_TOKEN_MFA') return this.challenge(pool, client, user, 'SOFTWARE_TOKEN_MFA', {});
    return this.codeChallenge(pool, client, user, type === 'SMS_MFA' ? 'SMS_MFA' : 'EMAIL_OTP', type === 'SMS_MFA' ? 'SMS_MFA' : 'EMAIL_MFA', MFA_CODE_DIGITS, false);
  }

  /** Sends a code (outbox.ts) and answers the challenge that asks for it. */
  codeChallenge(pool: SeededPool, client: DoubleAppClient, user: DoubleUser, name: 'SMS_MFA' | 'EMAIL_OTP' | 'SMS_OTP', purpose: CodePurpose, digits: number, firstFactor: boolean): SignInAnswer {
    const medium = name === 'EMAIL_OTP' ? 'EMAIL' : 'SMS';
    const destination = medium === 'EMAIL' ? user.attributes.email : user.attributes.phone_number;
    const sent = this.kit.outbox.send({ poolId: pool.id, username: user.username, medium, destination, purpose }, digits);
    return this.challenge(
      pool,
      client,
      user,
      name,
      { CODE_DELIVERY_DELIVERY_MEDIUM: medium, CODE_DELIVERY_DESTINATION: medium === 'EMAIL' ? maskEmail(destination) : maskPhone(destination) },
      { code: sent.code, firstFactor },
    );
  }

  challenge(pool: SeededPool, client: DoubleAppClient, user: DoubleUser, name: ChallengeName, parameters: Record<string, string>, extra: Partial<OpenChallenge> = {}): SignInAnswer {
    const session = this.kit.challenges.open(
      { challenge: name, poolId: pool.id, clientId: client.clientId, username: user.username, userIdForSrp: user.username, ...extra },
      client.authSessionMinutes,
    );
    return { ChallengeName: name, Session: session, ChallengeParameters: { ...parameters, USER_ID_FOR_SRP: user.username } };
  }

  tokens(pool: SeededPool, client: DoubleAppClient, user: DoubleUser): SignInAnswer {
    return { ChallengeParameters: {}, AuthenticationResult: this.kit.tokens.signIn(pool, client, user) };
  }

  /**
   * The open challenge `session` names, of `name`, for this pool and client, answered by USERNAME (with the
   * client's SECRET_HASH over it); NotAuthorizedException otherwise, as the password challenges answer.
   */
  openChallenge(pool: SeededPool, client: DoubleAppClient, name: ChallengeName, responses: Record<string, string>, session: string | undefined): OpenChallenge {
    if (session === undefined) throw invalidParameter('Missing required parameter Session');
    const username = needed(responses, 'USERNAME');
    checkSecretHash(client, responses.SECRET_HASH, [username]);
    const challenge = this.kit.challenges.findBySession(session);
    if (!challenge || challenge.challenge !== name || challenge.poolId !== pool.id || challenge.clientId !== client.clientId) throw notAuthorized('Invalid session for the user.');
    if (challenge.expired) {
      this.kit.challenges.close(challenge);
      throw notAuthorized('Invalid session for the user, session is expired.');
    }
    if (username !== challenge.userIdForSrp && username.toLowerCase() !== challenge.username.toLowerCase()) throw notAuthorized();
    return challenge;
  }

  /** RespondToAuthChallenge for SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP, SMS_OTP, SELECT_MFA_TYPE, MFA_SETUP. */
  answer(pool: SeededPool, client: DoubleAppClient, name: ChallengeName, responses: Record<string, string>, session: string | undefined): SignInAnswer {
    const challenge = this.openChallenge(pool, client, name, responses, session);
    const user = pool.findUser(challenge.username);
    if (!user) throw notAuthorized();
    const finish = () => {
      this.kit.challenges.close(challenge);
      if (name === 'MFA_SETUP') {
        pool.updateUser(pool.indexOfUser(user.username) as number, (u) => {
          const enabled = (u.mfa?.enabled ?? []).filter((t) => t !== 'SOFTWARE_TOKEN_MFA');
          u.mfa = { ...u.mfa, enabled: [...enabled, 'SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA', totpSecret: challenge.totpSecret, pendingTotpSecret: undefined };
        });
      }
      return this.tokens(pool, client, pool.findUser(challenge.username) ?? user);
    };
    switch (name) {
      case 'SOFTWARE_TOKEN_MFA': {
        const code = needed(responses, 'SOFTWARE_TOKEN_MFA_CODE');
        if (!user.mfa.totpSecret || !totpMatches(user.mfa.totpSecret, code, this.kit.now())) throw new ServiceError('CodeMismatchException', CODE_MISMATCH);
        return finish();
      }
      case 'SMS_MFA':
      case 'EMAIL_OTP':
      case 'SMS_OTP': {
        const code = needed(responses, `${name}_CODE`);
        if (code !== challenge.code) throw new ServiceError('CodeMismatchException', CODE_MISMATCH);
        return finish();
      }
      case 'SELECT_MFA_TYPE': {
        const choice = needed(responses, 'ANSWER');
        // Not documented: how AWS words an ANSWER that is not among MFAS_CAN_CHOOSE.
        if (!challenge.choices?.includes(choice)) throw invalidParameter(`ANSWER must be one of ${JSON.stringify(challenge.choices ?? [])}.`);
        this.kit.challenges.close(challenge);
        return this.mfaChallenge(pool, client, user, choice as MfaType);
      }
      case 'MFA_SETUP':
        if (!challenge.totpVerified) throw invalidParameter(SETUP_NOT_VERIFIED);
        return finish();
      default:
        throw invalidParameter(`The Cognito double does not answer ${name} here.`);
    }
  }
}
