// ListUsers `Filter` as Cognito parses it: `attribute = "value"` (exact) or `attribute ^= "value"` (prefix),
// exactly one standard attribute, the value in double quotes with `\"` and `\\` as its only escapes.
// Anything else is rejected, as AWS rejects it, with InvalidParameterException.

export type FilterAttribute =
  | 'username'
  | 'email'
  | 'phone_number'
  | 'name'
  | 'given_name'
  | 'family_name'
  | 'preferred_username'
  | 'cognito:user_status'
  | 'status'
  | 'sub';

const ATTRIBUTES: ReadonlySet<string> = new Set<FilterAttribute>([
  'username',
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'cognito:user_status',
  'status',
  'sub',
]);

export interface UserFilter {
  attribute: FilterAttribute;
  prefix: boolean;
  value: string;
}

/** Why a filter was refused; the caller turns it into InvalidParameterException. */
export class FilterError extends Error {}

const SHAPE = /^\s*([A-Za-z_:]+)\s*(\^?=)\s*"((?:[^"\\]|\\["\\])*)"\s*$/;

/** An empty or absent filter lists everyone (undefined); a malformed one throws FilterError. */
export function parseFilter(text: string | undefined): UserFilter | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const match = SHAPE.exec(text);
  if (!match) throw new FilterError('Error while parsing filter.');
  const [, attribute, operator, quoted] = match;
  if (!ATTRIBUTES.has(attribute)) throw new FilterError(`Invalid search attribute: ${attribute}`);
  return { attribute: attribute as FilterAttribute, prefix: operator === '^=', value: quoted.replace(/\\(["\\])/g, '$1') };
}

/** What a filter compares a user by. */
export interface FilterableUser {
  username: string;
  status: string;
  enabled: boolean;
  attributes: Readonly<Record<string, string>>;
}

export function matchesFilter(filter: UserFilter, user: FilterableUser): boolean {
  let actual: string | undefined;
  let expected = filter.value;
  switch (filter.attribute) {
    case 'username':
      actual = user.username;
      break;
    case 'cognito:user_status': // the console's "Status"; AWS compares it case-insensitively
      actual = user.status.toUpperCase();
      expected = expected.toUpperCase();
      break;
    case 'status': // the console's "Enabled"
      actual = user.enabled ? 'Enabled' : 'Disabled';
      break;
    default:
      actual = user.attributes[filter.attribute];
  }
  if (actual === undefined) return false;
  return filter.prefix ? actual.startsWith(expected) : actual === expected;
}
