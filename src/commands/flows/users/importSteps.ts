import type { RateLimiter } from '../../../bulk/rateLimiter';
import type { ImportUser } from '../../../bulk/userFormats';
import { CognitoError } from '../../../shared/errors';
import type { CognitoApi, InvitationDelivery, PasswordPolicy } from '../../../shared/types';
import { generatePassword } from '../../../validation/generatePassword';

// The two steps Import Users takes for each user, each idempotent, so a retried or re-run import repeats
// them safely: create the user (or find it already there), then apply the file's state to it.

/** True when created, false when the user was already there (a re-run). */
export async function createOne(cognito: CognitoApi, userPoolId: string, user: ImportUser, invitation: InvitationDelivery, policy: PasswordPolicy): Promise<boolean> {
  const { email, phone_number: phoneNumber, email_verified: emailVerified, phone_number_verified: phoneVerified, ...others } = user.attributes;
  // No invitation ever goes to a user the file marks disabled: a working temporary password must not be
  // e-mailed to someone who is to be shut out. Such a user is created silently, then disabled.
  // (A user without an e-mail address never gets here under e-mail invitations: the check refuses the file.)
  const delivery: InvitationDelivery = user.enabled === false || (invitation === 'EMAIL' && !email) ? 'SUPPRESS' : invitation;
  try {
    await cognito.users.create({
      userPoolId,
      username: user.username,
      // Generated here whenever no invitation goes out, so Cognito never makes a password of its own for
      // a user nobody tells it to.
      temporaryPassword: delivery === 'SUPPRESS' ? generatePassword(policy) : undefined,
      email,
      emailVerified: emailVerified === 'true',
      phoneNumber,
      phoneNumberVerified: phoneVerified === 'true',
      invitation: delivery,
      otherAttributes: Object.entries(others).map(([name, value]) => ({ name, value })),
    });
    return true;
  } catch (error) {
    if (error instanceof CognitoError && error.kind === 'alreadyExists' && error.awsName === 'UsernameExistsException') return false;
    throw error;
  }
}

/**
 * The file's state, for a user just created and for one already there (a re-run, or a retried job):
 * disabled, its groups and, for a user already there, the verified flags of the addresses it has.
 * Every call is idempotent, so applying it twice is harmless. A user the file marks enabled is never
 * enabled here: an import does not re-open an account someone disabled in the pool.
 * Its calls do not ask Cancel (runMany asks before each user's create): once a user is created, its state
 * is finished, so Cancel never leaves behind an enabled user the file marks disabled.
 */
export async function applyState(limiter: RateLimiter, cognito: CognitoApi, connectionId: string, userPoolId: string, user: ImportUser, existing: boolean): Promise<void> {
  if (user.enabled === false) await limiter.run(connectionId, 'UserUpdate', () => cognito.users.setEnabled(userPoolId, user.username, false));
  for (const group of user.groups ?? []) await limiter.run(connectionId, 'UserResourceUpdate', () => cognito.groups.addUser(userPoolId, user.username, group));
  if (existing) await applyVerifiedFlags(limiter, cognito, connectionId, userPoolId, user);
}

/** A verified flag only for the address the file verifies: a user already there with another address keeps it unverified. */
async function applyVerifiedFlags(limiter: RateLimiter, cognito: CognitoApi, connectionId: string, userPoolId: string, user: ImportUser): Promise<void> {
  const flags = [
    ['email', 'email_verified'],
    ['phone_number', 'phone_number_verified'],
  ].filter(([, flag]) => user.attributes[flag] === 'true');
  if (flags.length === 0) return;
  const current = Object.fromEntries((await limiter.run(connectionId, 'UserRead', () => cognito.users.getDetails(userPoolId, user.username))).attributes.map((a) => [a.name, a.value]));
  const writes = flags.filter(([address, flag]) => current[address] === user.attributes[address] && current[flag] !== 'true').map(([, flag]) => ({ name: flag, value: 'true' }));
  if (writes.length > 0) await limiter.run(connectionId, 'UserUpdate', () => cognito.users.updateAttributes(userPoolId, user.username, writes));
}
