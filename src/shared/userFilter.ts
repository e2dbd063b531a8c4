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

/**
 * ListUsers takes a Filter of at most 256 characters (code points), the whole expression with its
 * escapes. UNCLEAR: AWS documents escaping quotes with a backslash but not how a backslash itself is
 * written; the extension doubles it. Stricter by design: an empty value is refused (Clear User Search
 * lists everyone).
 */
export function checkFilterValue(value: string, attribute: SearchableAttribute = 'username', operator: FilterOperator = 'equals'): string | undefined {
  if (value.length === 0) return 'Enter a value to search for.';
  const length = [...userFilter(attribute, operator, value).expression].length;
  if (length > 256) return `The search is ${length - 256} characters too long for Cognito; shorten the value.`;
  return undefined;
}
