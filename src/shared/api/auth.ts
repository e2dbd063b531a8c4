// Signing in as a user of a pool, for the Tokens view (AuthApi, implemented by
// src/aws/cognito/authCalls.ts). Passwords, answers and tokens stay in memory and are never logged.

/** The sign-in flows this extension can run, in the order it prefers them (src/auth/chooseFlow.ts). */
export type SignInFlow = 'USER_AUTH' | PasswordFlow;

/** The classic flows, which always start from the password. */
export type PasswordFlow = 'USER_SRP_AUTH' | 'ADMIN_USER_PASSWORD_AUTH' | 'USER_PASSWORD_AUTH';

/** A first factor of choice-based sign-in (USER_AUTH): PREFERRED_CHALLENGE, or the ANSWER to SELECT_CHALLENGE.
 *  PASSWORD_SRP is the password proven by SRP; WEB_AUTHN (passkeys) is never sent from here. */
export type SignInFactor = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** A first factor this extension can answer, with the password the two password factors need. */
export type ChosenFactor = { factor: 'PASSWORD' | 'PASSWORD_SRP'; password: string } | { factor: 'EMAIL_OTP' | 'SMS_OTP' };

/** Which app client a sign-in goes through. With a secret, the service reads it for each call that
 *  needs a SECRET_HASH and keeps it no longer. */
export interface AuthClient {
  userPoolId: string;
  clientId: string;
  hasSecret: boolean;
}

export type SignInRequest = PasswordSignIn | ChoiceSignIn;

export interface PasswordSignIn extends AuthClient {
  flow: PasswordFlow;
  username: string;
  /** Never logged, never kept. */
  password: string;
}

/** USER_AUTH through InitiateAuth. With a factor, it is the PREFERRED_CHALLENGE; without one Cognito answers
 *  SELECT_CHALLENGE with the factors this user has (answered by AuthApi.chooseFactor). */
export interface ChoiceSignIn extends AuthClient {
  flow: 'USER_AUTH';
  username: string;
  preferred?: ChosenFactor;
}

/** The ANSWER to SELECT_CHALLENGE, in the session of the USER_AUTH sign-in that asked it. */
export interface FactorAnswer extends AuthClient {
  username: string;
  session?: string;
  chosen: ChosenFactor;
}

/** What Cognito answers to a sign-in step: tokens, or the next challenge. Tokens stay in memory only. */
export type AuthStep =
  | { kind: 'signedIn'; tokens: Tokens }
  | {
      kind: 'challenge';
      challenge: string;
      parameters: Record<string, string>;
      session?: string;
      /** The username Cognito knows the user by (USER_ID_FOR_SRP when it told us), for the answer. */
      username: string;
      /** SELECT_CHALLENGE only: the factors Cognito offers this user (AvailableChallenges). */
      available?: string[];
    };

export interface Tokens {
  idToken?: string;
  accessToken: string;
  /** Absent after a refresh: the original one stays valid. */
  refreshToken?: string;
  /** Seconds the access and ID tokens are valid. */
  expiresIn?: number;
}

export interface ChallengeAnswer extends AuthClient {
  /** Sessions started with AdminInitiateAuth are answered with AdminRespondToAuthChallenge. */
  admin: boolean;
  username: string;
  challenge: string;
  session?: string;
  /** The person's answers, e.g. NEW_PASSWORD or SOFTWARE_TOKEN_MFA_CODE; USERNAME and SECRET_HASH are added. */
  responses: Record<string, string>;
}

export interface RefreshRequest extends AuthClient {
  admin: boolean;
  /** The cognito:username claim: what SECRET_HASH is computed over for a refresh. */
  username: string;
  refreshToken: string;
}

export interface RevokeRequest extends AuthClient {
  refreshToken: string;
}

/** A client-credentials grant at the pool's token endpoint, `<baseUrl>/oauth2/token` (machine to machine):
 *  the app client's secret is read for that one call and never kept. */
export interface MachineTokenRequest {
  userPoolId: string;
  clientId: string;
  /** Where the token endpoint is: the managed-login domain's origin on AWS, an emulator's own origin. */
  baseUrl: string;
  /** Custom scopes (`<resource server>/<scope>`) to ask for, at least one. */
  scopes: string[];
}

/** The authorization code that managed login sent to the redirect URI, exchanged at `<baseUrl>/oauth2/token`
 *  with its PKCE verifier; a confidential client's secret is read for that one call and never kept. */
export interface CodeTokenRequest extends AuthClient {
  baseUrl: string;
  code: string;
  /** Exactly the redirect_uri of the authorize request. */
  redirectUri: string;
  verifier: string;
}

/** Signing in, answering challenges, refreshing and revoking tokens. */
export interface AuthApi {
  /** Runs the chosen flow up to tokens or the first challenge the person must answer (SRP's
   *  PASSWORD_VERIFIER is answered inside, from the password, for USER_SRP_AUTH and USER_AUTH's PASSWORD_SRP). */
  signIn(request: SignInRequest): Promise<AuthStep>;
  /** RespondToAuthChallenge, or AdminRespondToAuthChallenge for an admin sign-in. */
  answerChallenge(answer: ChallengeAnswer): Promise<AuthStep>;
  /** Answers SELECT_CHALLENGE with a first factor (PASSWORD_SRP's PASSWORD_VERIFIER answered inside, from
   *  the password, as signIn does), up to tokens or the next challenge. */
  chooseFactor(answer: FactorAnswer): Promise<AuthStep>;
  /** REFRESH_TOKEN_AUTH, or GetTokensFromRefreshToken on a client that rotates refresh tokens. */
  refreshTokens(request: RefreshRequest): Promise<Tokens>;
  /** RevokeToken. */
  revokeToken(request: RevokeRequest): Promise<void>;
  /** An access token from the token endpoint's client_credentials grant (HTTP Basic with the client's secret);
   *  no ID token, no refresh token. */
  machineToken(request: MachineTokenRequest): Promise<Tokens>;
  /** ID, access and refresh tokens for a code from managed login (the authorization code grant with PKCE). */
  codeTokens(request: CodeTokenRequest): Promise<Tokens>;
  /** The `<baseUrl>/oauth2/userInfo` answer for an access token: the user's attributes its scopes allow. */
  userInfo(baseUrl: string, accessToken: string): Promise<Record<string, unknown>>;
}
