import type { AttributeSchema, SignInOption } from '../cognito/types';
import { checkAttributeValue } from '../validation/attributeValue';
import { checkUsername } from '../validation/username';
import { CsvError, parseCsv } from './csv';
import type { ImportUser } from './userFormats';

// Reads an import file (CSV in Cognito's import layout, or JSON Lines as export writes it) and checks
// every row against the target pool before anything is created: the username against the pool's
// sign-in option, each attribute against the pool's schema (type, e-mail, E.164, lengths), verified
// flags, required attributes, repeated usernames. Problems are listed by line; one problem and nothing
// is created.

export interface ImportPlan {
  users: ImportUser[];
  problems: string[];
}

export interface PoolRules {
  signIn: SignInOption;
  /** Empty when the endpoint does not tell the schema: attributes are then checked by name only. */
  schema: AttributeSchema[];
}

/** Attributes Cognito sets itself: never sent on creation. */
const GENERATED = new Set(['sub', 'identities', 'cognito:mfa_enabled', 'cognito:username']);
const FLAGS = new Set(['email_verified', 'phone_number_verified']);

export function readImport(text: string, fileName: string, rules: PoolRules): ImportPlan {
  let users: ImportUser[];
  const problems: string[] = [];
  try {
    users = /\.jsonl?$/i.test(fileName) || /^\s*\{/.test(text) ? fromJsonLines(text, problems) : fromCsv(text, problems);
  } catch (error) {
    return { users: [], problems: [error instanceof CsvError ? error.message : 'The file could not be read as CSV or JSON Lines.'] };
  }
  const seen = new Map<string, number>();
  for (const user of users) {
    // A pool that signs in with e-mail or phone stores a generated username (a UUID): the e-mail or the
    // phone number is what such a user is created with.
    if (checkUsername(user.username, rules.signIn) && rules.signIn !== 'username' && rules.signIn !== 'usernameOrEmail') {
      const replacement = rules.signIn === 'phone' ? user.attributes.phone_number : (user.attributes.email ?? user.attributes.phone_number);
      if (replacement) user.username = replacement;
    }
    const where = `Line ${user.line} (${user.username || 'no username'})`;
    const usernameProblem = checkUsername(user.username, rules.signIn);
    if (usernameProblem) problems.push(`${where}: ${usernameProblem}`);
    const first = seen.get(user.username.toLowerCase());
    if (first !== undefined) problems.push(`${where}: the same username as line ${first}.`);
    else seen.set(user.username.toLowerCase(), user.line);
    for (const [name, value] of Object.entries(user.attributes)) {
      const problem = attributeProblem(name, value, rules.schema);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    for (const required of rules.schema.filter((a) => a.required && !GENERATED.has(a.name))) {
      if (!user.attributes[required.name]) problems.push(`${where}: the pool requires ${required.name}, and the row has none.`);
    }
  }
  return { users, problems: byLine(problems) };
}

/** Problems in file order ("Line 2" before "Line 10"); a sort is stable, so one line's keep their order. */
function byLine(problems: string[]): string[] {
  const lineOf = (problem: string) => Number(/^Line (\d+)/.exec(problem)?.[1] ?? 0);
  return [...problems].sort((a, b) => lineOf(a) - lineOf(b));
}

function attributeProblem(name: string, value: string, schema: AttributeSchema[]): string | undefined {
  if (FLAGS.has(name)) return value === 'true' || value === 'false' ? undefined : `${name} must be true or false.`;
  if (schema.length === 0) return undefined;
  const attribute = schema.find((a) => a.name === name);
  if (!attribute) return `the pool has no attribute ${name}.`;
  const problem = checkAttributeValue(value, attribute);
  return problem ? `${name}: ${problem}` : undefined;
}

function fromCsv(text: string, problems: string[]): ImportUser[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new CsvError('The file is empty.');
  const columns = header.fields.map((f) => f.trim());
  const usernameColumn = columns.indexOf('cognito:username');
  if (usernameColumn < 0) throw new CsvError('Line 1: there is no cognito:username column (the layout of Cognito’s user import, as Export Users writes it).');
  return rows.flatMap((row): ImportUser[] => {
    if (row.fields.length !== columns.length) {
      problems.push(`Line ${row.line}: ${row.fields.length} fields where the header has ${columns.length}.`);
      return [];
    }
    const attributes: Record<string, string> = {};
    columns.forEach((column, i) => {
      const value = row.fields[i];
      if (value === '' || GENERATED.has(column)) return;
      // A "false" flag says nothing to create: leave it out.
      if (FLAGS.has(column) && value === 'false') return;
      attributes[column] = value;
    });
    return [{ line: row.line, username: row.fields[usernameColumn], attributes }];
  });
}

function fromJsonLines(text: string, problems: string[]): ImportUser[] {
  return text.split(/\r?\n/).flatMap((lineText, i): ImportUser[] => {
    const line = i + 1;
    if (lineText.trim() === '') return [];
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch {
      problems.push(`Line ${line}: not JSON.`);
      return [];
    }
    const record = value as { username?: unknown; attributes?: unknown; enabled?: unknown; groups?: unknown };
    if (typeof record !== 'object' || record === null || typeof record.username !== 'string') {
      problems.push(`Line ${line}: an object with a "username" is expected.`);
      return [];
    }
    const attributes: Record<string, string> = {};
    for (const [name, attributeValue] of Object.entries((record.attributes as Record<string, unknown>) ?? {})) {
      if (typeof attributeValue !== 'string') problems.push(`Line ${line}: the attribute ${name} must be text.`);
      else if (!GENERATED.has(name) && attributeValue !== '') attributes[name] = attributeValue;
    }
    const groups = Array.isArray(record.groups) ? record.groups.filter((g): g is string => typeof g === 'string') : undefined;
    return [{ line, username: record.username, attributes, enabled: typeof record.enabled === 'boolean' ? record.enabled : undefined, groups }];
  });
}
