import * as fs from 'node:fs';
import * as path from 'node:path';
import { CognitoError } from '../shared/errors';
import type { AttributeSchema, SignInOption } from '../shared/types';
import { checkAttributeValue } from '../validation/attributeValue';
import { checkUsername } from '../validation/username';
import { CsvError } from './csv';
import { fileProblem } from './fileProblems';
import { entryReader, FLAGS, fileEntries, GENERATED, isJsonLines, type Entry } from './importEntries';
import type { ImportUser } from './userFormats';

// Checks every user of an import file (read by importEntries.ts) against the target pool before anything
// is created: the username against the pool's sign-in option, each attribute against the pool's schema
// (type, e-mail, E.164, lengths), verified flags, required attributes, repeated usernames. Problems are
// listed by line; one problem and nothing is created. The file is streamed twice, never held whole: the
// check keeps only what it needs (each username's first line, the groups named, counts), and the users
// are then read again, in batches, to be created.

/** Cognito's own user import takes at most 500,000 users and 100 MB a file (developer guide, "Quotas");
 *  Import Users holds to the same, so a file that fits one fits the other. */
export const IMPORT_LIMITS = { bytes: 100 * 1024 * 1024, users: 500_000 };

/** At most this many problems are listed in the report; the count says how many there are. */
const LISTED_PROBLEMS = 1000;

export interface PoolRules {
  signIn: SignInOption;
  /** Empty when the endpoint does not tell the schema: attributes are then checked by name only. */
  schema: AttributeSchema[];
}

/** What the up-front check found: enough to decide, confirm and report, without the users themselves. */
export interface ImportCheck {
  users: number;
  /** The first LISTED_PROBLEMS problems, by line; `problemCount` counts them all. */
  problems: string[];
  problemCount: number;
  /** Groups the users are put in, sorted. */
  groups: string[];
  disabled: number;
  /** Users whose e-mail address / phone number the file marks verified. */
  verified: { email: number; phone: number };
  /** Enabled users without an e-mail address (the first LISTED_PROBLEMS; `withoutEmailCount` counts them all). */
  withoutEmail: { line: number; username: string }[];
  withoutEmailCount: number;
}

/** The users and problems of a whole text (the same reading as a file's; for small inputs and tests). */
export function readImport(text: string, fileName: string, rules: PoolRules): { users: ImportUser[]; problems: string[] } {
  const reader = entryReader(isJsonLines(fileName, text));
  const checker = new ImportChecker(rules);
  const users: ImportUser[] = [];
  try {
    for (const entry of [...reader.push(text), ...reader.end()]) {
      checker.add(entry);
      if ('user' in entry) users.push(entry.user);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { users: [], problems: [error.message] };
  }
  return { users, problems: checker.result().problems };
}

/** Checks a whole file against the pool, streaming it; refuses one beyond IMPORT_LIMITS in one sentence. */
export async function checkImportFile(file: string, rules: PoolRules, limits = IMPORT_LIMITS): Promise<ImportCheck> {
  const name = path.basename(file);
  const size = await fs.promises.stat(file).then(
    (stats) => stats.size,
    (error: unknown) => Promise.reject(fileProblem(error, file, 'read')),
  );
  if (size > limits.bytes) throw tooLarge(`${name} is ${megabytes(size)}`, limits);
  const checker = new ImportChecker(rules);
  try {
    for await (const entry of fileEntries(file)) {
      checker.add(entry);
      if (checker.users > limits.users) throw tooLarge(`${name} has more than ${limits.users.toLocaleString('en-US')} users`, limits);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { ...checker.result(), problems: [error.message], problemCount: 1 };
  }
  return checker.result();
}

/** The file's users, read again as a stream, with the usernames the check settled on. */
export async function* importUsersIn(file: string, rules: PoolRules): AsyncGenerator<ImportUser> {
  for await (const entry of fileEntries(file)) if ('user' in entry) yield settleUsername(entry.user, rules);
}

function tooLarge(what: string, limits: typeof IMPORT_LIMITS): CognitoError {
  return new CognitoError(
    `${what}; Import Users reads files of up to ${megabytes(limits.bytes)} and ${limits.users.toLocaleString('en-US')} users, as Cognito's own user import does: split it into smaller files.`,
    'invalidParameter',
  );
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

/**
 * A pool that signs in with e-mail or phone stores a generated username (a UUID): the e-mail or the phone
 * number is what such a user is created with. The same in the check and in the creation.
 */
function settleUsername(user: ImportUser, rules: PoolRules): ImportUser {
  if (checkUsername(user.username, rules.signIn) && rules.signIn !== 'username' && rules.signIn !== 'usernameOrEmail') {
    const replacement = rules.signIn === 'phone' ? user.attributes.phone_number : (user.attributes.email ?? user.attributes.phone_number);
    if (replacement) user.username = replacement;
  }
  return user;
}

/** The check, one entry at a time, keeping only each username's first line, the group names and counts. */
class ImportChecker {
  users = 0;
  private readonly seen = new Map<string, number>();
  private readonly groups = new Set<string>();
  private problems: string[] = [];
  private problemCount = 0;
  private disabled = 0;
  private readonly verified = { email: 0, phone: 0 };
  private readonly withoutEmail: { line: number; username: string }[] = [];
  private withoutEmailCount = 0;

  constructor(private readonly rules: PoolRules) {}

  add(entry: Entry): void {
    if ('problem' in entry) return this.problem(entry.problem);
    const user = settleUsername(entry.user, this.rules);
    this.users++;
    const where = `Line ${user.line} (${user.username || 'no username'})`;
    const usernameProblem = checkUsername(user.username, this.rules.signIn);
    if (usernameProblem) this.problem(`${where}: ${usernameProblem}`);
    const first = this.seen.get(user.username.toLowerCase());
    if (first !== undefined) this.problem(`${where}: the same username as line ${first}.`);
    else this.seen.set(user.username.toLowerCase(), user.line);
    for (const [name, value] of Object.entries(user.attributes)) {
      const problem = attributeProblem(name, value, this.rules.schema);
      if (problem) this.problem(`${where}: ${problem}`);
    }
    for (const required of this.rules.schema.filter((a) => a.required && !GENERATED.has(a.name))) {
      if (!user.attributes[required.name]) this.problem(`${where}: the pool requires ${required.name}, and the row has none.`);
    }
    for (const group of user.groups ?? []) this.groups.add(group);
    if (user.enabled === false) this.disabled++;
    if (user.attributes.email_verified === 'true') this.verified.email++;
    if (user.attributes.phone_number_verified === 'true') this.verified.phone++;
    if (user.enabled !== false && !user.attributes.email && this.withoutEmailCount++ < LISTED_PROBLEMS) this.withoutEmail.push({ line: user.line, username: user.username });
  }

  result(): ImportCheck {
    return {
      users: this.users,
      problems: byLine(this.problems),
      problemCount: this.problemCount,
      groups: [...this.groups].sort(),
      disabled: this.disabled,
      verified: { ...this.verified },
      withoutEmail: [...this.withoutEmail],
      withoutEmailCount: this.withoutEmailCount,
    };
  }

  private problem(text: string): void {
    if (this.problemCount++ < LISTED_PROBLEMS) this.problems.push(text);
  }
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
