// Cognito's rules for resource servers (CreateResourceServer and ResourceServerScopeType in the API
// reference): Identifier 1–256 characters of printable ASCII but `"` and `\` ([\x21\x23-\x5B\x5D-\x7E]+, so no
// spaces), usually the API's URL; Name 1–256 of [\w\s+=,.@-]; at most 100 scopes, each ScopeName 1–256 of
// printable ASCII but `"`, `/` and `\` ([\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+) and a ScopeDescription of 1–256
// characters. A scope is typed as `name — description`: the name cannot hold a space, so the first space
// ends it, and a dash (—, – or -) or colon after it is only the separator.

const IDENTIFIER = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const NAME = /^[\w\s+=,.@-]+$/;
const SCOPE_NAME = /^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+$/;
export const MAX_SCOPES = 100;
const MAX = 256;

export function checkResourceServerIdentifier(value: string): string | undefined {
  if (value.length === 0) return 'Enter an identifier, usually the API’s URL such as https://api.example.com.';
  if (value.length > MAX) return `An identifier has at most ${MAX} characters (now ${value.length}).`;
  if (!IDENTIFIER.test(value)) return 'An identifier can contain printable ASCII characters except spaces, " and \\.';
  return undefined;
}

export function checkResourceServerName(value: string): string | undefined {
  if (value.length === 0) return 'Enter a name.';
  if (value.length > MAX) return `A name has at most ${MAX} characters (now ${value.length}).`;
  if (!NAME.test(value)) return 'A name can contain letters, numbers, spaces and + = , . @ - _ only.';
  return undefined;
}

export interface TypedScope {
  name: string;
  description: string;
}

/** `read — Read the orders` → { name, description }; undefined for an empty line. */
export function parseScope(value: string): TypedScope | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const match = /^(\S+)(?:\s+(?:[—–-]|:)?\s*([^]*))?$/.exec(text);
  const name = (match?.[1] ?? text).replace(/[:—–]$/, '');
  return { name, description: (match?.[2] ?? '').trim() };
}

/** A typed scope: its name's and description's rules, and a name not yet taken in `taken`. */
export function checkScope(value: string, taken: readonly string[] = []): string | undefined {
  const scope = parseScope(value);
  if (!scope) return 'Enter a scope as “name — description”, such as read — Read the orders.';
  if (scope.name.length > MAX) return `A scope name has at most ${MAX} characters (now ${scope.name.length}).`;
  if (!SCOPE_NAME.test(scope.name)) return 'A scope name can contain printable ASCII characters except spaces, ", / and \\.';
  if (taken.includes(scope.name)) return `This resource server already has a scope named ${scope.name}.`;
  if (scope.description === '') return `Add a description after the name: ${scope.name} — what it allows.`;
  const length = [...scope.description].length;
  if (length > MAX) return `A scope description has at most ${MAX} characters (now ${length}).`;
  return undefined;
}
