// Choice-based sign-in: InitiateAuth / AdminInitiateAuth with AuthFlow USER_AUTH (API reference, and the
// developer guide's "Authentication flows", "Choice-based sign-in"):
// - The app client must have ALLOW_USER_AUTH in ExplicitAuthFlows (signInRules.ts refuses it otherwise).
// - The first factors on offer are the pool's SignInPolicy.AllowedFirstAuthFactors (SignInPolicyType: PASSWORD,
//   EMAIL_OTP, SMS_OTP, WEB_AUTHN; a pool without a SignInPolicy allows PASSWORD alone) that the user can use:
//   PASSWORD and PASSWORD_SRP for a user with a password; EMAIL_OTP for a user with a verified email, SMS_OTP
//   with a verified phone_number (the guide: one-time passwords go to "a verified email address or phone
//   number"); WEB_AUTHN for a user with a registered passkey, which only a seed gives (UserSeed.passkey:
//   registering one is not modelled). Choosing WEB_AUTHN answers the WEB_AUTHN challenge with
//   CREDENTIAL_REQUEST_OPTIONS (a WebAuthn PublicKeyCredentialRequestOptions as JSON: challenge, rpId, timeout,
//   userVerification), but an answer (CREDENTIAL) is refused: the double cannot check a passkey's signature.
// - Without PREFERRED_CHALLENGE in AuthParameters: SELECT_CHALLENGE, with the choices in the answer's
//   AvailableChallenges ("lists the available authentication challenges that users can select from in
//   choice-based authentication", InitiateAuthResponse). Answered with RespondToAuthChallenge SELECT_CHALLENGE,
//   ANSWER = the factor, and what that factor needs: PASSWORD with PASSWORD, PASSWORD_SRP with SRP_A.
// - With PREFERRED_CHALLENGE: straight to that factor when it is on offer (PASSWORD needs PASSWORD in the
//   AuthParameters, PASSWORD_SRP needs SRP_A); otherwise SELECT_CHALLENGE, as the reference has it ("If the
//   preferred challenge isn't available, Amazon Cognito responds with the available challenges", InitiateAuth
//   AuthParameters).
// - PASSWORD gives tokens, or NEW_PASSWORD_REQUIRED, or MFA (secondFactor.ts); PASSWORD_SRP gives
//   PASSWORD_VERIFIER (srp.ts), then the same; EMAIL_OTP / SMS_OTP send a code (outbox.ts) and answer with that
//   challenge, itself answered with EMAIL_OTP_CODE / SMS_OTP_CODE. A one-time password as first factor is not
//   followed by MFA: it is already a code sent to something the user holds (developer guide, "Passwordless
//   sign-in"; "Adding MFA to a user pool": the additional factors are for "users who have passwords as their
//   primary authentication factor"). Codes of 8 digits for both EMAIL_OTP and SMS_OTP as first factor: "the
//   email and phone one-time pin for authentication is fixed at 8 digits" (aws-amplify/amplify-js#14428, where
//   the maintainers confirm Cognito does not let it change); not in the API reference.
import { randomBytes } from 'node:crypto';
import type { DoubleAppClient } from './appClients';
import type { DoubleUser, SeededPool } from './data';
import type { SecondFactor, SignInAnswer, SignInKit } from './secondFactor';
import { checkSecretHash, checkUserState, invalidParameter, needed, notAuthorized, unknownUser } from './signInRules';

export type FirstFactor = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';
const EMAIL_OTP_DIGITS = 8;
const SMS_OTP_DIGITS = 8;
/** Not documented: the double's wording for a passkey's answer, which it cannot check. */
export const WEB_AUTHN_NOT_MODELLED = 'The Cognito double cannot check a passkey (WEB_AUTHN): sign in with a browser.';

/** The pool's allowed first factors (PASSWORD alone without a SignInPolicy). */
export function allowedFirstFactors(pool: SeededPool): string[] {
  const policy = pool.settings.signInPolicy as { AllowedFirstAuthFactors?: unknown } | undefined;
  const allowed = policy?.AllowedFirstAuthFactors;
  return Array.isArray(allowed) ? allowed.filter((f): f is string => typeof f === 'string') : ['PASSWORD'];
}

/** AvailableChallenges: what the pool allows and this user can use, in that order. */
export function availableChallenges(pool: SeededPool, user: DoubleUser): FirstFactor[] {
  const allowed = allowedFirstFactors(pool);
  const available: FirstFactor[] = [];
  if (allowed.includes('PASSWORD') && user.password !== undefined) available.push('PASSWORD', 'PASSWORD_SRP');
  if (allowed.includes('EMAIL_OTP') && user.attributes.email && user.attributes.email_verified === 'true') available.push('EMAIL_OTP');
  if (allowed.includes('SMS_OTP') && user.attributes.phone_number && user.attributes.phone_number_verified === 'true') available.push('SMS_OTP');
  if (allowed.includes('WEB_AUTHN') && user.mfa.passkey) available.push('WEB_AUTHN');
  return available;
}

export interface PasswordSteps {
  /** The password is right: NEW_PASSWORD_REQUIRED, MFA or tokens. */
  passwordVerified(pool: SeededPool, client: DoubleAppClient, user: DoubleUser): SignInAnswer;
  /** PASSWORD_VERIFIER for USERNAME and SRP_A. */
  startSrp(pool: SeededPool, client: DoubleAppClient, parameters: Record<string, string>): SignInAnswer;
}

export class UserAuth {
  constructor(
    private readonly kit: SignInKit,
    private readonly second: SecondFactor,
    private readonly steps: PasswordSteps,
  ) {}

  initiate(pool: SeededPool, client: DoubleAppClient, parameters: Record<string, string>): SignInAnswer {
    const username = needed(parameters, 'USERNAME');
    checkSecretHash(client, parameters.SECRET_HASH, [username]);
    const user = pool.findUser(username);
    if (!user) throw unknownUser(client);
    checkUserState(user);
    const available = availableChallenges(pool, user);
    const preferred = parameters.PREFERRED_CHALLENGE;
    if (preferred !== undefined && available.includes(preferred as FirstFactor)) return this.start(pool, client, user, preferred as FirstFactor, parameters);
    const session = this.kit.challenges.open(
      { challenge: 'SELECT_CHALLENGE', poolId: pool.id, clientId: client.clientId, username: user.username, userIdForSrp: user.username, choices: available },
      client.authSessionMinutes,
    );
    return { ChallengeName: 'SELECT_CHALLENGE', Session: session, ChallengeParameters: {}, AvailableChallenges: available };
  }

  /** RespondToAuthChallenge SELECT_CHALLENGE: ANSWER is the factor, with what it needs beside it. */
  answerSelect(pool: SeededPool, client: DoubleAppClient, responses: Record<string, string>, session: string | undefined): SignInAnswer {
    const challenge = this.second.openChallenge(pool, client, 'SELECT_CHALLENGE', responses, session);
    const choice = needed(responses, 'ANSWER');
    // Not documented: how AWS words an ANSWER that is not among AvailableChallenges.
    if (!challenge.choices?.includes(choice)) throw invalidParameter(`ANSWER must be one of ${JSON.stringify(challenge.choices ?? [])}.`);
    const user = pool.findUser(challenge.username);
    if (!user) throw notAuthorized();
    const answer = this.start(pool, client, user, choice as FirstFactor, { ...responses, USERNAME: responses.USERNAME ?? user.username });
    this.kit.challenges.close(challenge);
    return answer;
  }

  private start(pool: SeededPool, client: DoubleAppClient, user: DoubleUser, factor: FirstFactor, parameters: Record<string, string>): SignInAnswer {
    switch (factor) {
      case 'PASSWORD': {
        const password = needed(parameters, 'PASSWORD');
        if (user.password === undefined || user.password !== password) throw notAuthorized();
        return this.steps.passwordVerified(pool, client, user);
      }
      case 'PASSWORD_SRP':
        needed(parameters, 'SRP_A');
        // SECRET_HASH was computed over USERNAME as the app sent it, so that name goes on, not the pool's spelling.
        return this.steps.startSrp(pool, client, { ...parameters, USERNAME: parameters.USERNAME ?? user.username });
      case 'EMAIL_OTP':
        return this.second.codeChallenge(pool, client, user, 'EMAIL_OTP', 'EMAIL_OTP_SIGN_IN', EMAIL_OTP_DIGITS, true);
      case 'SMS_OTP':
        return this.second.codeChallenge(pool, client, user, 'SMS_OTP', 'SMS_OTP_SIGN_IN', SMS_OTP_DIGITS, true);
      case 'WEB_AUTHN': {
        // WebAuthnConfigurationType: RelyingPartyId, "the user pool domain" when not set; UserVerification
        // "preferred" by default.
        const webAuthn = pool.mfaFactors.webAuthn;
        const options = {
          challenge: randomBytes(32).toString('base64url'),
          timeout: client.authSessionMinutes * 60_000,
          rpId: webAuthn?.RelyingPartyId ?? `${pool.domain ?? pool.id.toLowerCase().replace('_', '')}.auth.${pool.id.slice(0, pool.id.indexOf('_'))}.amazoncognito.com`,
          allowCredentials: [],
          userVerification: webAuthn?.UserVerification ?? 'preferred',
        };
        return this.second.challenge(pool, client, user, 'WEB_AUTHN', { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) }, { firstFactor: true });
      }
    }
  }
}
