// Signing in, from Cognito's "User pool authentication flow" and the API reference: InitiateAuth and
// AdminInitiateAuth start a flow (USER_SRP_AUTH, USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH,
// REFRESH_TOKEN_AUTH, and USER_AUTH in userAuth.ts), RespondToAuthChallenge and AdminRespondToAuthChallenge
// answer PASSWORD_VERIFIER and NEW_PASSWORD_REQUIRED here, SELECT_CHALLENGE in userAuth.ts and the MFA and
// one-time-code challenges in secondFactor.ts (which also decides what follows a first factor); the user's
// MFA settings and TOTP enrolment are in userMfa.ts; GetTokensFromRefreshToken renews a sign-in (rotating the refresh token on a client
// with RefreshTokenRotation ENABLED, the only way such a client refreshes), RevokeToken ends a refresh
// token, and GetUser reads the user an access token names.
import { createHash, randomBytes } from 'node:crypto';
import { Challenges, type ChallengeName, type OpenChallenge } from './challenges';
import type { DoubleAppClient, SignInFlow } from './appClients';
import type { DoubleUser, SeededPool } from './data';
import { policyViolation } from './passwordPolicy';
import { attributeList, poolOf, requiredString, validationError } from './requests';
import { ServiceError, type Input, type Operation } from './server';
import {
  checkSecretHash,
  checkUserState,
  clientOf,
  invalidParameter,
  needed,
  notAuthorized,
  requireFlow,
  stringMap,
  unknownUser,
} from './signInRules';
import { formatTimestamp, N, parseTimestamp, passwordKey, ServerSrpSession, verifierOf } from './srp';
import type { Origin, TokenIssuer } from './tokens';
import type { Outbox } from './outbox';
import { SecondFactor } from './secondFactor';
import { UserAuth, WEB_AUTHN_NOT_MODELLED } from './userAuth';
import { mfaReport, userMfaOperations, userOfAccessToken } from './userMfa';

const AUTH_FLOWS = ['ADMIN_NO_SRP_AUTH', 'ADMIN_USER_PASSWORD_AUTH', 'CUSTOM_AUTH', 'REFRESH_TOKEN', 'REFRESH_TOKEN_AUTH', 'USER_AUTH', 'USER_PASSWORD_AUTH', 'USER_SRP_AUTH'];
const CLIENT_FLOWS: Record<string, SignInFlow> = {
  USER_SRP_AUTH: 'USER_SRP_AUTH',
  USER_PASSWORD_AUTH: 'USER_PASSWORD_AUTH',
  REFRESH_TOKEN_AUTH: 'REFRESH_TOKEN_AUTH',
  REFRESH_TOKEN: 'REFRESH_TOKEN_AUTH',
  USER_AUTH: 'USER_AUTH',
};
const ADMIN_FLOWS: Record<string, SignInFlow> = {
  USER_SRP_AUTH: 'USER_SRP_AUTH',
  ADMIN_USER_PASSWORD_AUTH: 'ADMIN_USER_PASSWORD_AUTH',
  ADMIN_NO_SRP_AUTH: 'ADMIN_USER_PASSWORD_AUTH',
  REFRESH_TOKEN_AUTH: 'REFRESH_TOKEN_AUTH',
  REFRESH_TOKEN: 'REFRESH_TOKEN_AUTH',
  USER_AUTH: 'USER_AUTH',
};
/** How far TIMESTAMP may be from the server's clock (clients more than ~5 minutes off are refused). */
const CLOCK_SKEW_MS = 5 * 60_000;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Challenges whose answer is handled in secondFactor.ts. */
const SECOND_FACTOR_CHALLENGES: readonly string[] = ['SOFTWARE_TOKEN_MFA', 'SMS_MFA', 'EMAIL_OTP', 'SMS_OTP', 'SELECT_MFA_TYPE', 'MFA_SETUP'];

export function authOperations(pools: readonly SeededPool[], tokens: TokenIssuer, now: () => number, outbox: Outbox): Record<string, Operation> {
  const challenges = new Challenges(now);
  const kit = { tokens, challenges, outbox, now };
  const second = new SecondFactor(kit);
  const userAuth = new UserAuth(kit, second, { passwordVerified: (pool, client, user) => passwordVerified(pool, client, user), startSrp: (pool, client, parameters) => startSrp(pool, client, parameters) });

  function initiate(input: Input, admin: boolean) {
    const { pool, client } = clientOf(pools, input, admin ? poolOf(pools, input) : undefined);
    const flow = authFlow(input, admin ? ADMIN_FLOWS : CLIENT_FLOWS);
    requireFlow(client, flow);
    const parameters = stringMap(input, 'AuthParameters');
    if (flow === 'REFRESH_TOKEN_AUTH') return refresh(pool, client, parameters);
    if (flow === 'USER_SRP_AUTH') return startSrp(pool, client, parameters);
    if (flow === 'USER_AUTH') return userAuth.initiate(pool, client, parameters);
    return passwordSignIn(pool, client, parameters);
  }

  function passwordSignIn(pool: SeededPool, client: DoubleAppClient, parameters: Record<string, string>) {
    const username = needed(parameters, 'USERNAME');
    const password = needed(parameters, 'PASSWORD');
    checkSecretHash(client, parameters.SECRET_HASH, [username]);
    const user = pool.findUser(username);
    if (!user) throw unknownUser(client);
    checkUserState(user);
    if (user.password === undefined || user.password !== password) throw notAuthorized();
    return passwordVerified(pool, client, user);
  }

  function startSrp(pool: SeededPool, client: DoubleAppClient, parameters: Record<string, string>) {
    const username = needed(parameters, 'USERNAME');
    const srpA = needed(parameters, 'SRP_A');
    checkSecretHash(client, parameters.SECRET_HASH, [username]);
    // Not documented: how AWS words a bad SRP_A. A ≡ 0 (mod N) must be refused, or no password is needed.
    if (!/^[0-9a-fA-F]+$/.test(srpA) || BigInt(`0x${srpA}`) % N === 0n) throw invalidParameter('Invalid SRP_A value.');
    const user = pool.findUser(username);
    if (!user && client.preventUserExistenceErrors === 'LEGACY') throw unknownUser(client);
    if (user) checkUserState(user);
    // A user that does not exist gets a simulated challenge (RFC 5054 §2.5.1.3): the same salt and UUID
    // every time for the same name, and a verifier no password matches.
    const missingId = hash(`missing/${pool.id}/${username.toLowerCase()}`);
    const userIdForSrp = user?.username ?? `${missingId.slice(0, 8)}-${missingId.slice(8, 12)}-4${missingId.slice(13, 16)}-a${missingId.slice(17, 20)}-${missingId.slice(20, 32)}`;
    const password = user?.password ?? randomBytes(32).toString('hex');
    const salt = hash(`salt/${pool.id}/${userIdForSrp}/${user?.password ?? ''}`).slice(0, 32);
    const poolName = pool.id.slice(pool.id.indexOf('_') + 1);
    const srp = new ServerSrpSession(verifierOf(passwordKey(poolName, userIdForSrp, password, salt)), BigInt(`0x${srpA}`));
    const secretBlock = randomBytes(512).toString('base64');
    const session = challenges.open({
      challenge: 'PASSWORD_VERIFIER',
      poolId: pool.id,
      clientId: client.clientId,
      username: user?.username ?? username,
      userIdForSrp,
      srp,
      secretBlock,
      userMissing: !user,
    }, client.authSessionMinutes);
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      Session: session,
      ChallengeParameters: { SALT: salt, SECRET_BLOCK: secretBlock, SRP_B: srp.srpB, USERNAME: userIdForSrp, USER_ID_FOR_SRP: userIdForSrp },
    };
  }

  /** The password is right: NEW_PASSWORD_REQUIRED for a temporary password, else MFA or tokens (secondFactor.ts). */
  function passwordVerified(pool: SeededPool, client: DoubleAppClient, user: DoubleUser) {
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      const { sub: _sub, ...attributes } = user.attributes;
      const session = challenges.open(
        { challenge: 'NEW_PASSWORD_REQUIRED', poolId: pool.id, clientId: client.clientId, username: user.username, userIdForSrp: user.username },
        client.authSessionMinutes,
      );
      return {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: session,
        ChallengeParameters: { USER_ID_FOR_SRP: user.username, requiredAttributes: '[]', userAttributes: JSON.stringify(attributes) },
      };
    }
    return second.afterFirstFactor(pool, client, user);
  }

  function refresh(pool: SeededPool, client: DoubleAppClient, parameters: Record<string, string>) {
    const token = needed(parameters, 'REFRESH_TOKEN');
    const origin = tokens.originOfRefreshToken(token);
    if (!origin || origin.poolId !== pool.id || origin.clientId !== client.clientId) throw notAuthorized('Invalid Refresh Token');
    const user = pool.findUser(origin.username);
    if (!user || user.attributes.sub !== origin.sub) throw notAuthorized('Invalid Refresh Token');
    // Which name the refresh flow's SECRET_HASH is made with is not documented; both the username and
    // `sub` are seen in the wild, so both are taken.
    checkSecretHash(client, parameters.SECRET_HASH, [user.username, user.attributes.sub], `SecretHash does not match for the client: ${client.clientId}`);
    checkRefreshable(token, origin, user);
    return { ChallengeParameters: {}, AuthenticationResult: tokens.refresh(pool, client, user, origin) };
  }

  /** What every refresh refuses, after the token and the client's secret are known good. */
  function checkRefreshable(token: string, origin: Origin, user: DoubleUser): void {
    if (origin.revoked) throw notAuthorized('Refresh Token has been revoked');
    if (origin.refreshExpires <= now() / 1000) throw notAuthorized('Refresh Token has expired');
    // The reference names RefreshTokenReuseException for "a refresh token that has been invalidated by
    // refresh-token rotation"; its message is not documented.
    if (tokens.rotatedAway(token)) throw new ServiceError('RefreshTokenReuseException', 'Refresh token has been rotated and is no longer valid.');
    if (!user.enabled) throw notAuthorized('User is disabled.');
  }

  /**
   * GetTokensFromRefreshToken (API reference): RefreshToken and ClientId required; ClientSecret "if the
   * client has a secret" (the secret itself, not a SECRET_HASH). With rotation on it also answers a new
   * refresh token; with rotation off only ID and access tokens, as REFRESH_TOKEN_AUTH does.
   */
  function getTokensFromRefreshToken(input: Input) {
    const token = requiredString(input, 'RefreshToken', 'refreshToken');
    const { pool, client } = clientOf(pools, input);
    if (client.clientSecret !== undefined) {
      // The wording of both refusals is the double's own (by analogy with SECRET_HASH's).
      if (typeof input.ClientSecret !== 'string' || input.ClientSecret === '') throw notAuthorized(`Client ${client.clientId} is configured with secret but ClientSecret was not received`);
      if (input.ClientSecret !== client.clientSecret) throw notAuthorized(`Unable to verify secret for client ${client.clientId}`);
    }
    const origin = tokens.originOfRefreshToken(token);
    if (!origin || origin.poolId !== pool.id || origin.clientId !== client.clientId) throw notAuthorized('Invalid Refresh Token');
    const user = pool.findUser(origin.username);
    if (!user || user.attributes.sub !== origin.sub) throw notAuthorized('Invalid Refresh Token');
    checkRefreshable(token, origin, user);
    const result = client.rotationGraceSeconds === undefined ? tokens.refresh(pool, client, user, origin) : tokens.rotate(pool, client, user, origin, token, client.rotationGraceSeconds);
    return { AuthenticationResult: result };
  }

  function respond(input: Input, admin: boolean) {
    const { pool, client } = clientOf(pools, input, admin ? poolOf(pools, input) : undefined);
    const name = requiredString(input, 'ChallengeName', 'challengeName');
    const responses = stringMap(input, 'ChallengeResponses');
    const session = typeof input.Session === 'string' && input.Session !== '' ? input.Session : undefined;
    if (name === 'PASSWORD_VERIFIER') return answerPasswordVerifier(pool, client, responses, session);
    if (name === 'NEW_PASSWORD_REQUIRED') return answerNewPassword(pool, client, responses, session);
    if (name === 'SELECT_CHALLENGE') return userAuth.answerSelect(pool, client, responses, session);
    if (name === 'WEB_AUTHN') throw invalidParameter(WEB_AUTHN_NOT_MODELLED);
    if (SECOND_FACTOR_CHALLENGES.includes(name)) return second.answer(pool, client, name as ChallengeName, responses, session);
    throw invalidParameter(`The Cognito double does not answer ${name} (CUSTOM_CHALLENGE and DEVICE_* are not modelled).`);
  }

  function answerPasswordVerifier(pool: SeededPool, client: DoubleAppClient, responses: Record<string, string>, session: string | undefined) {
    const username = needed(responses, 'USERNAME');
    const secretBlock = needed(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
    const signature = needed(responses, 'PASSWORD_CLAIM_SIGNATURE');
    const timestamp = needed(responses, 'TIMESTAMP');
    checkSecretHash(client, responses.SECRET_HASH, [username]);
    const challenge = challenges.findBySecretBlock(secretBlock);
    if (!challenge || challenge.poolId !== pool.id || challenge.clientId !== client.clientId) throw notAuthorized();
    if (session !== undefined && session !== challenge.session) throw notAuthorized('Invalid session for the user.');
    const time = parseTimestamp(timestamp);
    if (!time) throw invalidParameter('TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.');
    challenges.close(challenge);
    if (challenge.expired) throw notAuthorized('Invalid session for the user, session is expired.');
    if (!sameUser(challenge, username) || Math.abs(time.getTime() - now()) > CLOCK_SKEW_MS) throw notAuthorized();
    // Cognito signs the timestamp it parsed, written back in its own form (day of month not padded), so a
    // client that signed "Sep 05" fails as a wrong password does.
    const poolName = pool.id.slice(pool.id.indexOf('_') + 1);
    const proven = !challenge.userMissing && challenge.srp?.verify(signature, poolName, challenge.userIdForSrp, secretBlock, formatTimestamp(time));
    const user = pool.findUser(challenge.username);
    if (!proven || !user) throw notAuthorized();
    return passwordVerified(pool, client, user);
  }

  function answerNewPassword(pool: SeededPool, client: DoubleAppClient, responses: Record<string, string>, session: string | undefined) {
    if (session === undefined) throw invalidParameter('Missing required parameter Session');
    const username = needed(responses, 'USERNAME');
    const newPassword = needed(responses, 'NEW_PASSWORD');
    checkSecretHash(client, responses.SECRET_HASH, [username]);
    const challenge = challenges.findBySession(session);
    if (!challenge || challenge.challenge !== 'NEW_PASSWORD_REQUIRED' || challenge.poolId !== pool.id || challenge.clientId !== client.clientId) {
      throw notAuthorized('Invalid session for the user.');
    }
    if (challenge.expired) {
      challenges.close(challenge);
      throw notAuthorized('Invalid session for the user, session is expired.');
    }
    if (!sameUser(challenge, username)) throw notAuthorized();
    // A password the policy refuses leaves the session open, so the user can try another.
    const violation = policyViolation(pool.passwordPolicy, newPassword);
    if (violation) throw new ServiceError('InvalidPasswordException', violation);
    challenges.close(challenge);
    pool.setPassword(challenge.username, newPassword);
    const user = pool.findUser(challenge.username);
    if (!user) throw notAuthorized();
    return second.afterFirstFactor(pool, client, user);
  }

  return {
    InitiateAuth: (input) => initiate(input, false),
    AdminInitiateAuth: (input) => initiate(input, true),
    RespondToAuthChallenge: (input) => respond(input, false),
    AdminRespondToAuthChallenge: (input) => respond(input, true),

    GetTokensFromRefreshToken: getTokensFromRefreshToken,

    RevokeToken(input) {
      const token = requiredString(input, 'Token', 'token');
      const clientId = requiredString(input, 'ClientId', 'clientId');
      // Not documented beyond the error names: failed client authentication is UnauthorizedException, and,
      // as RFC 7009 has it, a token the pool never issued is no error.
      const found = pools.map((pool) => pool.findAppClient(clientId)).find((c) => c !== undefined);
      if (!found) throw new ServiceError('UnauthorizedException', `Invalid client id ${clientId}`);
      if (found.clientSecret !== undefined && input.ClientSecret !== found.clientSecret) throw new ServiceError('UnauthorizedException', 'Invalid client secret');
      if (!found.enableTokenRevocation) throw new ServiceError('UnsupportedOperationException', 'Token revocation is not enabled for this app client.');
      if (token.split('.').length === 3) throw new ServiceError('UnsupportedTokenTypeException', 'Only refresh tokens can be revoked.');
      const origin = tokens.originOfRefreshToken(token);
      if (origin && origin.clientId !== clientId) throw new ServiceError('UnauthorizedException', 'The token was not issued to this client.');
      if (origin) origin.revoked = true;
      return {};
    },

    GetUser(input) {
      const { user } = userOfAccessToken(pools, tokens, requiredString(input, 'AccessToken', 'accessToken'));
      return { Username: user.username, UserAttributes: attributeList(user), ...mfaReport(user) };
    },

    ...userMfaOperations(pools, tokens, challenges, now),
  };
}

/** AuthFlow, checked against the enum and against what this operation accepts. */
function authFlow(input: Input, accepted: Record<string, SignInFlow>): SignInFlow {
  const value = input.AuthFlow;
  if (value === undefined || value === null) throw validationError('authFlow', value, 'Member must not be null');
  if (typeof value !== 'string' || !AUTH_FLOWS.includes(value)) {
    throw validationError('authFlow', value, `Member must satisfy enum value set: [${AUTH_FLOWS.join(', ')}]`);
  }
  if (value === 'CUSTOM_AUTH') throw invalidParameter(`The Cognito double does not model ${value}.`);
  // AWS's answer to a flow of the other operation (ADMIN_USER_PASSWORD_AUTH on InitiateAuth and the reverse).
  const flow = accepted[value];
  if (!flow) throw invalidParameter('Initiate Auth method not supported.');
  return flow;
}

/**
 * A challenge answer's USERNAME: the username (in any case) or USER_ID_FOR_SRP, never an alias. API
 * reference, AdminInitiateAuth ChallengeParameters: "Amazon Cognito returns the username attribute in
 * USER_ID_FOR_SRP instead of any email address, preferred username, or phone number alias that you might
 * have specified in your AdminInitiateAuth request. You must use the username and not an alias in the
 * ChallengeResponses of your challenge response." The answer's SECRET_HASH is checked over that USERNAME.
 */
function sameUser(challenge: OpenChallenge, username: string): boolean {
  return username === challenge.userIdForSrp || username.toLowerCase() === challenge.username.toLowerCase();
}
