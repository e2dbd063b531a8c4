// ListUsers filter expressions: `attribute = "value"` (equals) or `attribute ^= "value"` (starts
// with), on one of the standard attributes Cognito can search. Inside the quotes, backslashes and
// double quotes are escaped with a backslash, so any typed value stays one literal.

export const SEARCHABLE_ATTRIBUTES = [
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
] as const;

export type SearchableAttribute = (typeof SEARCHABLE_ATTRIBUTES)[number];
export type FilterOperator = 'equals' | 'startsWith';

export interface UserFilter {
  /** The ListUsers Filter parameter. */
  expression: string;
  /** What the users folder shows, e.g. `email starts with "al"`. */
  description: string;
}

export function userFilter(attribute: SearchableAttribute, operator: FilterOperator, value: string): UserFilter {
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return {
    expression: `${attribute} ${operator === 'equals' ? '=' : '^='} ${quoted}`,
    description: `${attribute} ${operator === 'equals' ? '=' : 'starts with'} ${JSON.stringify(value)}`,
  };
}

/** ListUsers takes filter values of up to 256 characters. */
export function checkFilterValue(value: string): string | undefined {
  if (value.length === 0) return 'Enter a value to search for.';
  if (value.length > 256) return 'Search for at most 256 characters.';
  return undefined;
}
