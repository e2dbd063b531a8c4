import {
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  DescribeUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { signInBundle, type SignInBundle } from '../signInBundle';
import { CallsOn } from './call';
import { CognitoError } from '../../shared/errors';
import { secretHash } from './secretHash';
import { authorizationCodeTokens, clientCredentialsToken, userInfo } from '../oauth/tokenEndpoint';
import type { AuthApi, AuthClient, AuthStep, ChallengeAnswer, ChoiceSignIn, ChosenFactor, CodeTokenRequest, FactorAnswer, MachineTokenRequest, PasswordSignIn, RefreshRequest, RevokeRequest, SignInRequest, Tokens } from '../../shared/types';

// Signing in as a user of a pool, for the Tokens view. SRP runs through cognito-srp-helper (the
// password never leaves this process); the client secret, when the app client has one, is read for
// the call that needs it and dropped afterwards. Refreshing uses GetTokensFromRefreshToken on a client
// that rotates refresh tokens, REFRESH_TOKEN_AUTH on any other. Nothing here logs a parameter.
// Choice-based sign-in (USER_AUTH) names its first factor in PREFERRED_CHALLENGE, or answers SELECT_CHALLENGE
// with it (ANSWER), each with what that factor needs beside it: PASSWORD, SRP_A, or nothing for a code that
// Cognito then sends (InitiateAuth and RespondToAuthChallenge, API reference).

export class AuthCalls extends CallsOn implements AuthApi {
  async signIn(request: SignInRequest): Promise<AuthStep> {
    if (request.flow === 'USER_AUTH') return this.signInWithChoice(request);
    const { userPoolId, clientId, username, password } = request;
    const hash = await this.secretHashFor(request, username);
    if (request.flow === 'ADMIN_USER_PASSWORD_AUTH') {
      const out = await this.call('AdminInitiateAuth', () =>
        this.client.send(new AdminInitiateAuthCommand({ UserPoolId: userPoolId, ClientId: clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: withHash({ USERNAME: username, PASSWORD: password }, hash) })),
      );
      return toStep(out, username);
    }
    if (request.flow === 'USER_PASSWORD_AUTH') {
      const out = await this.call('InitiateAuth', () =>
        this.client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: withHash({ USERNAME: username, PASSWORD: password }, hash) })),
      );
      return toStep(out, username);
    }
    return this.signInWithSrp(request, hash);
  }

  async answerChallenge(answer: ChallengeAnswer): Promise<AuthStep> {
    const { userPoolId, clientId, username, challenge, session } = answer;
    const responses = withHash({ USERNAME: username, ...answer.responses }, await this.secretHashFor(answer, username));
    const out = answer.admin
      ? await this.call('AdminRespondToAuthChallenge', () =>
          this.client.send(new AdminRespondToAuthChallengeCommand({ UserPoolId: userPoolId, ClientId: clientId, ChallengeName: challenge as never, ChallengeResponses: responses, Session: session })),
        )
      : await this.call('RespondToAuthChallenge', () =>
          this.client.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: challenge as never, ChallengeResponses: responses, Session: session })),
        );
    return toStep(out, username);
  }

  async chooseFactor(answer: FactorAnswer): Promise<AuthStep> {
    const { userPoolId, clientId, username, session, chosen } = answer;
    const hash = await this.secretHashFor(answer, username);
    const srp = chosen.factor === 'PASSWORD_SRP' ? signInBundle().createSrpSession(username, chosen.password, userPoolId, false) : undefined;
    const responses = withHash({ USERNAME: username, ANSWER: chosen.factor, ...factorParameters(chosen), ...(srp && { SRP_A: srp.largeA }) }, hash);
    const out = await this.call('RespondToAuthChallenge', () =>
      this.client.send(new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'SELECT_CHALLENGE', ChallengeResponses: responses, Session: session })),
    );
    return srp && out.ChallengeName === 'PASSWORD_VERIFIER' ? this.answerVerifier(answer, srp, out, username) : toStep(out, username);
  }

  async refreshTokens(request: RefreshRequest): Promise<Tokens> {
    // One DescribeUserPoolClient says whether the client rotates refresh tokens, which then refresh only
    // through GetTokensFromRefreshToken (RefreshTokenRotationType, API reference), and gives the secret.
    const client = (await this.describe(request.userPoolId, request.clientId)).UserPoolClient ?? {};
    const secret = request.hasSecret ? presentSecret(client.ClientSecret) : undefined;
    if (client.RefreshTokenRotation?.Feature === 'ENABLED') return this.refreshRotating(request, secret);
    const parameters = withHash({ REFRESH_TOKEN: request.refreshToken }, secret && secretHash(secret, request.username, request.clientId));
    const out = request.admin
      ? await this.call('AdminInitiateAuth', () =>
          this.client.send(new AdminInitiateAuthCommand({ UserPoolId: request.userPoolId, ClientId: request.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: parameters })),
        )
      : await this.call('InitiateAuth', () => this.client.send(new InitiateAuthCommand({ ClientId: request.clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: parameters })));
    if (!out.AuthenticationResult) throw new CognitoError('Cognito answered the refresh without tokens; sign in again.', 'unknown');
    return toTokens(out.AuthenticationResult);
  }

  /** GetTokensFromRefreshToken takes the client secret itself and answers a new refresh token as well. */
  private async refreshRotating(request: RefreshRequest, secret: string | undefined): Promise<Tokens> {
    const out = await this.call('GetTokensFromRefreshToken', () =>
      this.client.send(new GetTokensFromRefreshTokenCommand({ ClientId: request.clientId, RefreshToken: request.refreshToken, ClientSecret: secret })),
    );
    if (!out.AuthenticationResult) throw new CognitoError('Cognito answered the refresh without tokens; sign in again.', 'unknown');
    return toTokens(out.AuthenticationResult);
  }

  async revokeToken(request: RevokeRequest): Promise<void> {
    // RevokeToken takes the secret itself, not a hash.
    const secret = request.hasSecret ? await this.clientSecret(request) : undefined;
    await this.call('RevokeToken', () => this.client.send(new RevokeTokenCommand({ Token: request.refreshToken, ClientId: request.clientId, ClientSecret: secret })));
  }

  async machineToken(request: MachineTokenRequest): Promise<Tokens> {
    // The secret is read for this request only (DescribeUserPoolClient) and handed to the token endpoint's
    // HTTP Basic header; nothing keeps or logs it.
    const secret = await this.clientSecret(request);
    return clientCredentialsToken({ baseUrl: request.baseUrl, clientId: request.clientId, secret, scopes: request.scopes });
  }

  async codeTokens(request: CodeTokenRequest): Promise<Tokens> {
    // A confidential client's secret goes in the Basic header of this one request, as for machineToken.
    const secret = request.hasSecret ? await this.clientSecret(request) : undefined;
    return authorizationCodeTokens({ baseUrl: request.baseUrl, clientId: request.clientId, secret, code: request.code, redirectUri: request.redirectUri, verifier: request.verifier });
  }

  userInfo(baseUrl: string, accessToken: string): Promise<Record<string, unknown>> {
    return userInfo(baseUrl, accessToken);
  }

  /** USER_SRP_AUTH: send SRP_A, answer PASSWORD_VERIFIER with the proof computed from the password. */
  private async signInWithSrp(request: PasswordSignIn, hash: string | undefined): Promise<AuthStep> {
    const { userPoolId, clientId, username, password } = request;
    // cognito-srp-helper lives in dist/signin.js, loaded on the first SRP sign-in, not with aws.js.
    const { createSrpSession, wrapInitiateAuth } = signInBundle();
    const srp = createSrpSession(username, password, userPoolId, false);
    const started = await this.call('InitiateAuth', () =>
      this.client.send(new InitiateAuthCommand(wrapInitiateAuth(srp, { ClientId: clientId, AuthFlow: 'USER_SRP_AUTH', AuthParameters: withHash({ USERNAME: username }, hash) }))),
    );
    if (started.ChallengeName !== 'PASSWORD_VERIFIER') return toStep(started, username);
    return this.answerVerifier(request, srp, started, username);
  }

  /** USER_AUTH: PREFERRED_CHALLENGE with what the factor needs (none: Cognito answers SELECT_CHALLENGE). */
  private async signInWithChoice(request: ChoiceSignIn): Promise<AuthStep> {
    const { userPoolId, clientId, username, preferred } = request;
    const hash = await this.secretHashFor(request, username);
    const srp = preferred?.factor === 'PASSWORD_SRP' ? signInBundle().createSrpSession(username, preferred.password, userPoolId, false) : undefined;
    const parameters = withHash({ USERNAME: username, ...(preferred && { PREFERRED_CHALLENGE: preferred.factor, ...factorParameters(preferred) }), ...(srp && { SRP_A: srp.largeA }) }, hash);
    const started = await this.call('InitiateAuth', () => this.client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_AUTH', AuthParameters: parameters })));
    return srp && started.ChallengeName === 'PASSWORD_VERIFIER' ? this.answerVerifier(request, srp, started, username) : toStep(started, username);
  }

  /** PASSWORD_VERIFIER, answered with the proof computed from the password over Cognito's SRP_B and salt. */
  private async answerVerifier(client: AuthClient, srp: SrpSession, started: SrpChallenge, username: string): Promise<AuthStep> {
    const { signSrpSession, wrapAuthChallenge } = signInBundle();
    const userId = started.ChallengeParameters?.USER_ID_FOR_SRP ?? username;
    const signed = signSrpSession(srp, started);
    const userIdHash = client.hasSecret ? await this.secretHashFor(client, userId) : undefined;
    const out = await this.call('RespondToAuthChallenge', () =>
      this.client.send(
        new RespondToAuthChallengeCommand(
          wrapAuthChallenge(signed, { ClientId: client.clientId, ChallengeName: 'PASSWORD_VERIFIER', ChallengeResponses: withHash({ USERNAME: userId }, userIdHash), Session: started.Session }),
        ),
      ),
    );
    return toStep(out, userId);
  }

  private async secretHashFor(client: AuthClient, username: string): Promise<string | undefined> {
    return client.hasSecret ? secretHash(await this.clientSecret(client), username, client.clientId) : undefined;
  }

  /** Read for one call and returned to it only: never stored, logged or shown. */
  private async clientSecret(client: Pick<AuthClient, 'userPoolId' | 'clientId'>): Promise<string> {
    return presentSecret((await this.describe(client.userPoolId, client.clientId)).UserPoolClient?.ClientSecret);
  }

  private describe(userPoolId: string, clientId: string) {
    return this.call('DescribeUserPoolClient', () => this.client.send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId })));
  }
}

function presentSecret(secret: string | undefined): string {
  if (!secret) throw new CognitoError('This app client no longer has a client secret; refresh the Cognito view and sign in again.', 'invalidParameter');
  return secret;
}

/** What a factor sends beside its name: the password for PASSWORD, nothing else here (SRP_A is added by the caller). */
function factorParameters(chosen: ChosenFactor): Record<string, string> {
  return chosen.factor === 'PASSWORD' ? { PASSWORD: chosen.password } : {};
}

function withHash(parameters: Record<string, string>, hash: string | undefined): Record<string, string> {
  return hash ? { ...parameters, SECRET_HASH: hash } : parameters;
}

type SrpSession = ReturnType<SignInBundle['createSrpSession']>;
/** The PASSWORD_VERIFIER challenge as Cognito sent it (SRP_B, SALT, SECRET_BLOCK, USER_ID_FOR_SRP). */
type SrpChallenge = Parameters<SignInBundle['signSrpSession']>[1];

interface AuthOutput {
  AuthenticationResult?: AuthenticationResultType;
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AvailableChallenges?: string[];
}

function toStep(out: AuthOutput, username: string): AuthStep {
  if (out.AuthenticationResult) return { kind: 'signedIn', tokens: toTokens(out.AuthenticationResult) };
  if (!out.ChallengeName) throw new CognitoError('Cognito answered the sign-in with neither tokens nor a challenge; try again.', 'unknown');
  const parameters = out.ChallengeParameters ?? {};
  const step: AuthStep = { kind: 'challenge', challenge: out.ChallengeName, parameters, session: out.Session, username: parameters.USER_ID_FOR_SRP ?? username };
  return out.ChallengeName === 'SELECT_CHALLENGE' ? { ...step, available: availableChallenges(out) } : step;
}

/** SELECT_CHALLENGE's choices: the AvailableChallenges member of the answer (API reference), or, from an
 *  endpoint that puts them among the challenge parameters, AVAILABLE_CHALLENGES as a JSON list. */
function availableChallenges(out: AuthOutput): string[] {
  if (out.AvailableChallenges) return [...out.AvailableChallenges];
  try {
    const listed: unknown = JSON.parse(out.ChallengeParameters?.AVAILABLE_CHALLENGES ?? '[]');
    return Array.isArray(listed) ? listed.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

function toTokens(result: AuthenticationResultType): Tokens {
  if (!result.AccessToken) throw new CognitoError('Cognito answered the sign-in without an access token; try again.', 'unknown');
  return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken, expiresIn: result.ExpiresIn };
}
