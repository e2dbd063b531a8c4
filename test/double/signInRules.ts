// What Cognito checks before it lets anyone sign in, with its error names and messages: the app client,
// its enabled flows, SECRET_HASH, and the user's state. Where AWS's documentation is silent the choice is
// said in a comment.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { flowEnabled, type DoubleAppClient, type SignInFlow } from './appClients';
import type { DoubleUser, SeededPool } from './data';
import { stringMember } from './members';
import { ServiceError, type Input } from './server';

export const INCORRECT_CREDENTIALS = 'Incorrect username or password.';

export const notAuthorized = (message = INCORRECT_CREDENTIALS) => new ServiceError('NotAuthorizedException', message);
export const invalidParameter = (message: string) => new ServiceError('InvalidParameterException', message);

/** A string map member (AuthParameters, ChallengeResponses); absent is empty. */
export function stringMap(input: Input, key: string): Record<string, string> {
  const value = input[key];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

/** A parameter a flow or challenge needs, refused as Cognito does when it is missing. */
export function needed(parameters: Record<string, string>, name: string): string {
  const value = parameters[name];
  if (value === undefined || value === '') throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}

export interface ClientInPool {
  pool: SeededPool;
  client: DoubleAppClient;
}

/** The app client `ClientId` names (in `pool` when the operation names one). */
export function clientOf(pools: readonly SeededPool[], input: Input, pool?: SeededPool): ClientInPool {
  // ClientIdType is sensitive: AWS names the member without its value.
  const id = stringMember(input, 'ClientId', { member: 'clientId', min: 1, max: 128, pattern: '[\\w+]+', sensitive: true });
  for (const candidate of pool ? [pool] : pools) {
    const client = candidate.findAppClient(id);
    if (client) return { pool: candidate, client };
  }
  throw new ServiceError('ResourceNotFoundException', `User pool client ${id} does not exist.`);
}

const NOT_ENABLED: Record<SignInFlow, string> = {
  USER_PASSWORD_AUTH: 'USER_PASSWORD_AUTH flow not enabled for this client',
  USER_SRP_AUTH: 'USER_SRP_AUTH is not enabled for the client.',
  ADMIN_USER_PASSWORD_AUTH: 'Auth flow not enabled for this client',
  REFRESH_TOKEN_AUTH: 'Refresh Token auth flow not enabled for this client', // wording not documented
  USER_AUTH: 'USER_AUTH flow not enabled for this client', // wording not documented; as USER_PASSWORD_AUTH's
};

export function requireFlow(client: DoubleAppClient, flow: SignInFlow): void {
  if (!flowEnabled(client, flow)) throw invalidParameter(NOT_ENABLED[flow]);
}

/** SECRET_HASH = base64(HMAC-SHA256(key = client secret, message = username + client id)). */
export function secretHash(secret: string, username: string, clientId: string): string {
  return createHmac('sha256', secret).update(username + clientId).digest('base64');
}

/**
 * For a client with a secret, `given` must be the SECRET_HASH of one of `usernames`; a client without one
 * ignores it. `mismatch` is the message for a wrong hash (the refresh flow words it differently).
 */
export function checkSecretHash(client: DoubleAppClient, given: string | undefined, usernames: string[], mismatch?: string): void {
  const secret = client.clientSecret;
  if (secret === undefined) return;
  if (given === undefined || given === '') {
    throw notAuthorized(`Client ${client.clientId} is configured with secret but SECRET_HASH was not received`);
  }
  const givenBytes = Buffer.from(given, 'base64');
  const matches = usernames.some((name) => {
    const expected = Buffer.from(secretHash(secret, name, client.clientId), 'base64');
    return expected.length === givenBytes.length && timingSafeEqual(expected, givenBytes);
  });
  if (!matches) throw notAuthorized(mismatch ?? `Unable to verify secret hash for client ${client.clientId}`);
}

/** A sign-in for a username the pool lacks: PreventUserExistenceErrors decides whether that shows. */
export function unknownUser(client: DoubleAppClient): ServiceError {
  return client.preventUserExistenceErrors === 'LEGACY' ? new ServiceError('UserNotFoundException', 'User does not exist.') : notAuthorized();
}

/**
 * Refuses a user whose state forbids signing in. This comes before the password check: AWS answers
 * UserNotConfirmedException and PasswordResetRequiredException whatever the password and whatever
 * PreventUserExistenceErrors (which only hides users that do not exist), so SRP meets them at InitiateAuth.
 */
export function checkUserState(user: DoubleUser): void {
  if (!user.enabled) throw notAuthorized('User is disabled.');
  if (user.status === 'UNCONFIRMED') throw new ServiceError('UserNotConfirmedException', 'User is not confirmed.');
  if (user.status === 'RESET_REQUIRED') throw new ServiceError('PasswordResetRequiredException', 'Password reset required for the user');
}
