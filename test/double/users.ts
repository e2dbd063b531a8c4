// A user's life as an administrator drives it, from the API reference: AdminCreateUser (new user or
// RESEND), AdminSetUserPassword, AdminEnableUser, AdminDisableUser, AdminConfirmSignUp, AdminDeleteUser,
// AdminUpdateUserAttributes, AdminDeleteUserAttributes, AdminResetUserPassword, AdminUserGlobalSignOut.
// Members are checked first, as the service model constrains them; then the pool, then the user. A
// Username may be the username (any case), the `sub`, or in a pool with UsernameAttributes the e-mail
// address or phone number. Where AWS's wording is not documented, a comment says so.
import { randomBytes } from 'node:crypto';
import type { SeededPool } from './data';
import {
  attributeListMember,
  attributeNameListMember,
  booleanMember,
  enumMember,
  listMember,
  optionalString,
  PASSWORD_PATTERN,
  stringMember,
  usernameMember,
  type AttributeInput,
} from './members';
import { policyViolation, type PasswordPolicy } from './passwordPolicy';
import { poolOf, userType } from './requests';
import { checkAttributeDeletes, checkAttributeWrites, isEmail, isPhoneNumber } from './schema';
import { ServiceError, type Input, type Operation } from './server';
import type { TokenIssuer } from './tokens';
import { uuidFrom, type InvitationRecord } from './userStore';

/** The index of the user `username` names in `pool`, or UserNotFoundException. */
export function userIndexOf(pool: SeededPool, username: string): number {
  const index = pool.indexOfUser(username);
  if (index === undefined) throw new ServiceError('UserNotFoundException', 'User does not exist.');
  return index;
}

const passwordRule = (member: string) => ({ member, max: 256, pattern: PASSWORD_PATTERN, sensitive: true });

function checkPolicy(policy: PasswordPolicy, password: string): void {
  const violation = policyViolation(policy, password);
  if (violation) throw new ServiceError('InvalidPasswordException', violation);
}

/** A temporary password the pool's policy accepts, as Cognito makes one when none is given. */
function generatedPassword(policy: PasswordPolicy): string {
  const body = randomBytes(Math.max(policy.minimumLength, 12)).toString('base64url').replace(/[-_]/g, 'x');
  return `Aa1!${body}`.slice(0, Math.max(policy.minimumLength, 12));
}

/**
 * The invitation needs a destination for each DesiredDeliveryMediums value (default SMS): `email` for
 * EMAIL, `phone_number` for SMS (API reference, UserAttributes). The e-mail wording is AWS's as seen;
 * the SMS one is made to match it.
 */
function checkDelivery(attributes: Record<string, string>, mediums: readonly string[]): void {
  if (mediums.includes('EMAIL') && !attributes.email) throw new ServiceError('InvalidParameterException', 'No email provided but desired delivery medium was Email');
  if (mediums.includes('SMS') && !attributes.phone_number) throw new ServiceError('InvalidParameterException', 'No phone_number provided but desired delivery medium was SMS');
}

/** Records the welcome message of each medium (checkDelivery has made sure each has its destination). */
function deliver(pool: SeededPool, username: string, attributes: Record<string, string>, mediums: readonly string[], action: InvitationRecord['action']): void {
  for (const medium of mediums as ReadonlyArray<'EMAIL' | 'SMS'>) {
    pool.users.invitations.push({ username, medium, destination: medium === 'EMAIL' ? attributes.email : attributes.phone_number, action });
  }
}

/** Clears `*_verified` when its e-mail address or phone number changes and the request does not set it. */
function unverifyChanged(attributes: Record<string, string>, before: Readonly<Record<string, string>>, writes: readonly AttributeInput[]): void {
  for (const [attribute, flag] of [
    ['email', 'email_verified'],
    ['phone_number', 'phone_number_verified'],
  ]) {
    if (attributes[attribute] === before[attribute] || writes.some((w) => w.Name === flag)) continue;
    if (attributes[attribute] === undefined) delete attributes[flag];
    else attributes[flag] = 'false';
  }
}

export function userOperations(pools: readonly SeededPool[], tokens: TokenIssuer): Record<string, Operation> {
  /** Members first (Username, then `more`), then the pool, then the user. */
  function target<T>(input: Input, more: () => T = () => undefined as T) {
    const username = usernameMember(input);
    const extra = more();
    const pool = poolOf(pools, input);
    const index = userIndexOf(pool, username);
    return { pool, index, user: pool.user(index), extra };
  }

  /** For a pool with UsernameAttributes: the attribute the Username fills, and AWS's refusal of one that fits none. */
  function usernameAttribute(pool: SeededPool, username: string): 'email' | 'phone_number' {
    const allowed = pool.usernameAttributes;
    if (allowed.includes('email') && isEmail(username)) return 'email';
    if (allowed.includes('phone_number') && isPhoneNumber(username)) return 'phone_number';
    const wanted = allowed.length === 2 ? 'either an email or a phone number' : allowed[0] === 'email' ? 'an email' : 'a phone number';
    throw new ServiceError('InvalidParameterException', `Username should be ${wanted}.`);
  }

  function createUser(pool: SeededPool, username: string, writes: readonly AttributeInput[], password: string, mediums: readonly string[] | undefined) {
    checkAttributeWrites(pool.schema, writes, 'create');
    const attributes: Record<string, string> = {};
    for (const { Name, Value } of writes) if (Value !== '') attributes[Name] = Value;
    // A new `sub` each time, even for a name used before by a deleted user.
    const sub = uuidFrom(`created/${pool.id}/${pool.users.size}/${username}`);
    let stored = username;
    if (pool.usernameAttributes.length > 0) {
      // The username becomes the `sub`; the value fills its attribute, and must be free.
      const attribute = usernameAttribute(pool, username);
      if (pool.users.findByAlias(username) !== undefined) throw new ServiceError('UsernameExistsException', `An account with the given ${attribute} already exists.`);
      stored = sub;
      attributes[attribute] = username;
    } else if (pool.users.findByUsername(username) !== undefined) {
      throw new ServiceError('UsernameExistsException', 'User account already exists'); // as AWS answers; not in the reference
    }
    if (mediums) checkDelivery(attributes, mediums);
    const now = new Date(pool.now());
    const index = pool.users.add({ username: stored, status: 'FORCE_CHANGE_PASSWORD', enabled: true, attributes: { sub, ...attributes }, created: now, modified: now, password });
    if (mediums) deliver(pool, stored, attributes, mediums, 'created');
    return { User: userType(pool.user(index), undefined) };
  }

  return {
    AdminCreateUser(input) {
      const username = usernameMember(input);
      const writes = attributeListMember(input, 'UserAttributes', 'userAttributes', false) ?? [];
      attributeListMember(input, 'ValidationData', 'validationData', false);
      // A blank TemporaryPassword is the same as none (the reference: "omit this parameter or submit a blank value").
      const temporary = input.TemporaryPassword === '' ? undefined : optionalString(input, 'TemporaryPassword', passwordRule('temporaryPassword'));
      booleanMember(input, 'ForceAliasCreation');
      const action = enumMember(input, 'MessageAction', 'messageAction', ['RESEND', 'SUPPRESS'] as const);
      const mediums =
        listMember(input, 'DesiredDeliveryMediums', 'desiredDeliveryMediums', false, (item) =>
          item === 'SMS' || item === 'EMAIL' ? { value: item } : 'Member must satisfy enum value set: [SMS, EMAIL]',
        ) ?? ['SMS'];
      const pool = poolOf(pools, input);
      if (temporary !== undefined) checkPolicy(pool.passwordPolicy, temporary);
      const password = temporary ?? generatedPassword(pool.passwordPolicy);
      if (action !== 'RESEND') return createUser(pool, username, writes, password, action === 'SUPPRESS' ? undefined : mediums);

      // RESEND: a new temporary password (and a new validity period) for a user who has not signed in yet.
      const index = userIndexOf(pool, username);
      const user = pool.user(index);
      if (user.status !== 'FORCE_CHANGE_PASSWORD') {
        // Wording as AWS is seen answering; the reference names only the exception.
        throw new ServiceError('UnsupportedUserStateException', `Resend not possible. ${user.username} status is not FORCE_CHANGE_PASSWORD`);
      }
      checkDelivery(user.attributes, mediums);
      const updated = pool.updateUser(index, (u) => void (u.password = password));
      deliver(pool, user.username, user.attributes, mediums, 'resent');
      return { User: userType(updated, undefined) };
    },

    AdminSetUserPassword(input) {
      const { pool, index, extra } = target(input, () => ({
        password: stringMember(input, 'Password', passwordRule('password')),
        permanent: booleanMember(input, 'Permanent') ?? false,
      }));
      checkPolicy(pool.passwordPolicy, extra.password);
      pool.updateUser(index, (user) => {
        user.password = extra.password;
        user.status = extra.permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
      });
      return {};
    },

    AdminEnableUser(input) {
      const { pool, index } = target(input);
      pool.updateUser(index, (user) => void (user.enabled = true));
      return {};
    },

    /** "Deactivates a user profile and revokes all access tokens for the user." */
    AdminDisableUser(input) {
      const { pool, index, user } = target(input);
      pool.updateUser(index, (u) => void (u.enabled = false));
      tokens.revokeAccessTokens(pool.id, user.attributes.sub);
      return {};
    },

    AdminConfirmSignUp(input) {
      const { pool, index, user } = target(input);
      if (user.status !== 'UNCONFIRMED') throw new ServiceError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
      pool.updateUser(index, (u) => void (u.status = 'CONFIRMED'));
      return {};
    },

    AdminDeleteUser(input) {
      const { pool, index } = target(input);
      pool.users.delete(index);
      pool.groupStore.forget(index);
      return {};
    },

    AdminUpdateUserAttributes(input) {
      const { pool, index, user, extra: writes } = target(input, () => attributeListMember(input, 'UserAttributes', 'userAttributes', true) ?? []);
      checkAttributeWrites(pool.schema, writes, 'update');
      for (const { Name, Value } of writes) {
        if (Value === '' || !pool.usernameAttributes.includes(Name as 'email')) continue;
        const holder = pool.users.findByAlias(Value);
        if (holder !== undefined && holder !== index) throw new ServiceError('AliasExistsException', `An account with the given ${Name} already exists.`);
      }
      pool.updateUser(index, (u) => {
        for (const { Name, Value } of writes) {
          // API reference, AdminUpdateUserAttributes: "To delete an attribute from your user, submit the
          // attribute in your API request with a blank value."
          if (Value === '') delete u.attributes[Name];
          else u.attributes[Name] = Value;
        }
        unverifyChanged(u.attributes, user.attributes, writes);
      });
      return {};
    },

    AdminDeleteUserAttributes(input) {
      const { pool, index, extra: names } = target(input, () => attributeNameListMember(input, 'UserAttributeNames', 'userAttributeNames'));
      checkAttributeDeletes(pool.schema, names);
      pool.updateUser(index, (u) => {
        for (const name of names) delete u.attributes[name];
      });
      return {};
    },

    /**
     * RESET_REQUIRED: the password stops working until the user completes the forgot-password flow. The
     * reset code needs a verified e-mail address or phone number, and a user who has not yet replaced a
     * temporary password cannot be reset; both wordings are AWS's as seen, not documented.
     */
    AdminResetUserPassword(input) {
      const { pool, index, user } = target(input);
      if (user.status === 'FORCE_CHANGE_PASSWORD') throw new ServiceError('NotAuthorizedException', 'User password cannot be reset in the current state.');
      const { email, email_verified: emailVerified, phone_number: phone, phone_number_verified: phoneVerified } = user.attributes;
      if (!(email && emailVerified === 'true') && !(phone && phoneVerified === 'true')) {
        throw new ServiceError('InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number');
      }
      pool.updateUser(index, (u) => void (u.status = 'RESET_REQUIRED'));
      return {};
    },

    /** Revokes the user's refresh tokens and the access tokens they led to (ID tokens are not checked by any API). */
    AdminUserGlobalSignOut(input) {
      const { pool, user } = target(input);
      tokens.signOutEverywhere(pool.id, user.attributes.sub);
      return {};
    },
  };
}
