import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkFilterValue, SEARCHABLE_ATTRIBUTES, type FilterOperator, type SearchableAttribute } from '../../src/shared/userFilter';
import type { AttributeSchema, PasswordPolicy, SignInOption } from '../../src/shared/types';
import { checkEndpoint } from '../../src/connection/endpoint';
import { checkRegion } from '../../src/connection/regions';
import { checkAttributeValue } from '../../src/validation/attributeValue';
import { checkEmail, checkPhoneNumber, optional } from '../../src/validation/contact';
import { generatePassword } from '../../src/validation/generatePassword';
import { checkGroupDescription, checkGroupName, checkPrecedence, checkRoleArn } from '../../src/validation/group';
import { checkAppClientName, checkPoolName } from '../../src/validation/names';
import { checkMinimumLength, checkPassword } from '../../src/validation/password';
import { checkUsername } from '../../src/validation/username';

// Property-based checks of every input validator against the constraint AWS documents for the value.
// Each "oracle" below is written from the documentation (never by calling the validator); generated
// inputs, arbitrary and biased to the edges, must be accepted by the validator (undefined) exactly when
// the oracle accepts them.
//
// Sources: the Cognito user pools API reference (service model cognito-idp 2016-04-18): CreateUserPool
// PoolName and CreateUserPoolClient ClientName 1–128 of [\w\s+=,.@-]+; AdminCreateUser Username and
// CreateGroup GroupName 1–128 of [\p{L}\p{M}\p{S}\p{N}\p{P}]+; CreateGroup Description at most 2048,
// Precedence an integer ≥ 0 (an int32), RoleArn 20–2048 matching ArnType; PasswordType at most 256;
// PasswordPolicyType MinimumLength 6–99; ListUsers Filter at most 256; AttributeType Value at most 2048.
// The developer guide's password page (allowed characters and symbols) and attributes page (E.164 phone
// numbers, YYYY-MM-DD birthdate); the AWS SDK's partition table (region ids).
//
// How AWS applies them: a string's length is its number of Unicode scalar values (code points), as the
// Smithy spec defines the length trait. Patterns are matched against the whole value, although Smithy's
// spec says a pattern is not anchored: AWS refuses a ClientId "org-name" for [\w+]+, and refused passwords
// with a space for [\S]+, so they are not merely searched for. They are Java regular expressions (the
// services run on Java), where \w is [A-Za-z0-9_] and \s is [ \t\n\x0B\f\r].
// UNCLEAR: AWS does not say which of its servers count code points rather than UTF-16 units; the
// oracles follow the spec.
//
// Where the extension is deliberately stricter than AWS, or AWS's rule is unclear, the oracle states the
// stricter rule the extension documents, marked "Stricter by design" or "UNCLEAR".

const RUNS = { numRuns: 300 };

const length = (value: string) => [...value].length;
const accepted = (problem: string | undefined) => problem === undefined;

const UPPER = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const LOWER = [...'abcdefghijklmnopqrstuvwxyz'];
const DIGITS = [...'0123456789'];
/** One code point each: control, format (U+202E right-to-left override, zero-width space, BOM),
 *  separators, private use, unassigned, lone surrogates. No AWS name pattern allows these. */
const HOSTILE = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u202e', '\u200b', '\ufeff', '\u00a0', '\u2028', '\u3000', '\ue000', '\u0378', '\ud800', '\udfff'];
/** Letters, marks, symbols, numbers and punctuation from several scripts and planes. */
const UNICODE_LMSNP = ['é', 'ß', 'Ж', 'ع', 'א', '中', 'ﬁ', '\u0301', '\u064b', '١', '½', '€', '+', '😀', '𝔘', '¿', '«', '_', '-', '.', '@', '"', '\\'];

/** Strings of exactly these lengths (in code points: each unit is one code point). */
function ofLengths(unit: fc.Arbitrary<string>, lengths: number[]): fc.Arbitrary<string> {
  return fc.constantFrom(...lengths).chain((n) => fc.string({ unit, minLength: n, maxLength: n }));
}

/** Mostly a valid choice, sometimes one of the near misses. */
function usually<T>(valid: T[], invalid: T[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });
}

/** Inserts one character of `extra` somewhere into strings of `base`. */
function withOne(base: fc.Arbitrary<string>, extra: string[]): fc.Arbitrary<string> {
  return fc.tuple(base, fc.constantFrom(...extra), fc.nat()).map(([text, c, at]) => {
    const chars = [...text];
    chars.splice(at % (chars.length + 1), 0, c);
    return chars.join('');
  });
}

/** Arbitrary text (graphemes, any code point) mixed with strings of the allowed characters at the edge
 *  lengths, alone or with one forbidden character. */
function text(allowed: string[], forbidden: string[], lengths: number[]): fc.Arbitrary<string> {
  const good = fc.constantFrom(...allowed);
  const mixed = fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...forbidden) });
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: mixed, maxLength: 30 }),
    ofLengths(good, lengths),
    withOne(ofLengths(good, lengths), forbidden),
  );
}

// ---- Oracles: the constraints as documented ---------------------------------------------------

const JAVA_WORD = new Set([...UPPER, ...LOWER, ...DIGITS, '_']);
const JAVA_SPACE = new Set([' ', '\t', '\n', '\u000b', '\f', '\r']);

/** PoolName / ClientName: 1–128 of [\w\s+=,.@-] (Java classes). */
function awsName(value: string): boolean {
  const chars = [...value];
  if (chars.length < 1 || chars.length > 128) return false;
  if (!chars.every((c) => JAVA_WORD.has(c) || JAVA_SPACE.has(c) || '+=,.@-'.includes(c))) return false;
  // Stricter by design: AWS takes a name of only white space; the extension refuses it.
  return !chars.every((c) => JAVA_SPACE.has(c));
}

/** One code point of the classes [\p{L}\p{M}\p{S}\p{N}\p{P}], as the pattern documents them. */
const LMSNP = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]$/u;

/** Username / GroupName: 1–128 of [\p{L}\p{M}\p{S}\p{N}\p{P}]. */
function awsUsername(value: string): boolean {
  const chars = [...value];
  return chars.length >= 1 && chars.length <= 128 && chars.every((c) => LMSNP.test(c));
}

/**
 * An e-mail address. Documented by AWS: the characters of EmailAddressType
 * ([\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+: no spaces, control or format characters)
 * and at most 2048 characters (an attribute value). UNCLEAR: Cognito checks the e-mail attribute with a
 * format it does not document ("Invalid email address format"). Stricter by design: exactly one @, a
 * domain with a dot and a final label of at least two characters, and at most 256 characters.
 */
function email(value: string): boolean {
  const chars = [...value];
  if (chars.length < 1 || chars.length > 256 || !chars.every((c) => LMSNP.test(c))) return false;
  const parts = value.split('@');
  if (parts.length !== 2 || parts[0] === '') return false;
  const domain = parts[1];
  const dot = domain.lastIndexOf('.');
  return dot >= 1 && length(domain.slice(dot + 1)) >= 2;
}

/** E.164 as the attributes guide documents it: + then the country code (not 0) and digits only, at most
 *  15 digits. UNCLEAR: E.164 sets no minimum; the extension wants at least two digits. */
function phone(value: string): boolean {
  if (!value.startsWith('+')) return false;
  const digits = value.slice(1);
  return digits.length >= 2 && digits.length <= 15 && [...digits].every((c) => DIGITS.includes(c)) && digits[0] !== '0';
}

function username(value: string, signIn: SignInOption): boolean {
  switch (signIn) {
    case 'username':
      return awsUsername(value);
    case 'email':
      return awsUsername(value) && email(value);
    case 'phone':
      return phone(value);
    case 'emailOrPhone':
      // Stricter by design: AWS would take "+tag@example.com" as an e-mail; the Create User flow decides
      // by the leading + that the username is the phone number, so the validator wants a phone number then.
      return value.startsWith('+') ? phone(value) : awsUsername(value) && email(value);
    case 'usernameOrEmail':
      // The developer guide: with e-mail as an alias, a username cannot be in e-mail format.
      return awsUsername(value) && !email(value);
  }
}

const PASSWORD_SYMBOLS = [...'^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'];

/**
 * A password, per the developer guide: Basic Latin letters, numbers, the listed special characters and
 * the space (not leading or trailing), at least the policy's minimum and at most 256 characters; the
 * policy's classes are A–Z, a–z, 0–9 and those symbols (a space inside counts as one).
 * UNCLEAR: the API's PasswordType pattern [\S]+ would refuse every space and allow any other character;
 * AWS's guide allows inner spaces and lists only the characters above. The oracle follows the guide.
 */
function password(value: string, policy: PasswordPolicy): boolean {
  const chars = [...value];
  if (chars.length < policy.minimumLength || chars.length > 256) return false;
  const allowed = (c: string) => UPPER.includes(c) || LOWER.includes(c) || DIGITS.includes(c) || PASSWORD_SYMBOLS.includes(c) || c === ' ';
  if (!chars.every(allowed)) return false;
  if (chars[0] === ' ' || chars[chars.length - 1] === ' ') return false;
  if (policy.requireUppercase && !chars.some((c) => UPPER.includes(c))) return false;
  if (policy.requireLowercase && !chars.some((c) => LOWER.includes(c))) return false;
  if (policy.requireNumbers && !chars.some((c) => DIGITS.includes(c))) return false;
  if (policy.requireSymbols && !chars.some((c) => PASSWORD_SYMBOLS.includes(c) || c === ' ')) return false;
  return true;
}

/** A decimal integer typed into a text box (surrounding spaces are trimmed by the flows). */
function wholeNumber(value: string, min: bigint, max: bigint): boolean {
  const t = value.trim();
  if (t === '' || ![...t].every((c) => DIGITS.includes(c))) return false;
  const n = BigInt(t);
  return n >= min && n <= max;
}

/** PasswordPolicyType MinimumLength: an integer from 6 to 99. */
const minimumLength = (value: string) => wholeNumber(value, 6n, 99n);

/** CreateGroup Precedence: an integer ≥ 0, an int32 (so at most 2147483647); empty means none. */
const precedence = (value: string) => value.trim() === '' || wholeNumber(value, 0n, 2147483647n);

/** CreateGroup Description: at most 2048 characters, of what the flow sends (it trims). */
const description = (value: string) => length(value.trim()) <= 2048;

/** The ArnType pattern, as AWS documents it, matched against the whole value (Java \w is ASCII). */
const ARN_TYPE = /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/;
const IAM_NAME_CHARS = new Set([...UPPER, ...LOWER, ...DIGITS, ...'_+=,.@-']);

/**
 * CreateGroup RoleArn: ArnType, 20–2048 characters. Stricter by design: the prompt asks for an IAM role,
 * so the ARN must be one as IAM documents it: arn:PARTITION:iam::ACCOUNT(12 digits):role/PATH NAME, with
 * a path of at most 512 characters (/, or / then characters then /) and a name of 1–64 of [\w+=,.@-].
 * Partitions are aws or aws- and a lower-case suffix (aws-cn, aws-us-gov, aws-iso-b, aws-eusc…).
 * Empty means no role (the flow trims).
 */
function roleArn(value: string): boolean {
  const t = value.trim();
  if (t === '') return true;
  if (length(t) < 20 || length(t) > 2048 || !ARN_TYPE.test(t)) return false;
  const fields = t.split(':');
  if (fields.length !== 6) return false;
  const [, partition, service, region, account, resource] = fields;
  if (!/^aws(-[a-z]+)*$/.test(partition) || service !== 'iam' || region !== '' || !/^[0-9]{12}$/.test(account)) return false;
  if (!resource.startsWith('role/')) return false;
  const rest = resource.slice('role'.length);
  const slash = rest.lastIndexOf('/');
  const path = rest.slice(0, slash + 1);
  const name = rest.slice(slash + 1);
  // IAM's path: / alone, or / then at least one character then /.
  return (path.length === 1 || path.length >= 3) && path.length <= 512 && name.length >= 1 && name.length <= 64 && [...name].every((c) => IAM_NAME_CHARS.has(c));
}

/**
 * ListUsers Filter: at most 256 characters for the whole expression `attribute op "value"`, quotes in the
 * value escaped with a backslash (documented). UNCLEAR: AWS does not document how a backslash in the value
 * is written; the extension doubles it, so it counts two. Stricter by design: an empty value is refused
 * (an empty search is Clear User Search).
 */
function filter(value: string, attribute: SearchableAttribute, operator: FilterOperator): boolean {
  if (value === '') return false;
  let size = length(attribute) + ' = '.length + (operator === 'equals' ? 0 : 1) + 2;
  for (const c of value) size += c === '"' || c === '\\' ? 2 : 1;
  return size <= 256;
}

/**
 * Region ids. Documented: the AWS SDK's partition table (regionRegex of aws, aws-cn, aws-us-gov, aws-iso,
 * aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc), below; every id matching one must be accepted.
 * Lenient by design: any id of the same form (an area of 2–4 letters, an optional qualifier, a name and a
 * number), so a region AWS opens later with a new area code still works (the SDK sends it to the aws
 * partition). Stricter by design: lower case only (the table's \w also allows upper case and _).
 * Surrounding spaces are trimmed by the flows.
 */
const PARTITION_REGIONS = [
  /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
  /^cn-\w+-\d+$/,
  /^us-gov-\w+-\d+$/,
  /^us-iso-\w+-\d+$/,
  /^us-isob-\w+-\d+$/,
  /^eu-isoe-\w+-\d+$/,
  /^us-isof-\w+-\d+$/,
  /^eusc-(de)-\w+-\d+$/,
];
const inPartitionTable = (value: string) => PARTITION_REGIONS.some((p) => p.test(value.trim()));
const region = (value: string) => /^[a-z]{2,4}(-[a-z]+)?-[a-z0-9]+-[0-9]+$/.test(value.trim());

/**
 * The custom endpoint: not AWS's rule but a product decision (credentials never cross a network
 * unencrypted): empty (real AWS), https to any host, plain http only to this machine (localhost,
 * 127.0.0.0/8, [::1]), as the URL standard parses the value. Anything else is refused.
 */
function endpoint(value: string): boolean {
  const t = value.trim();
  if (t === '') return true;
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  if (url.protocol !== 'http:') return false;
  if (url.hostname === 'localhost' || url.hostname === '[::1]') return true;
  const octets = url.hostname.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^[0-9]{1,3}$/.test(o) && Number(o) <= 255);
}

/** ISO 8601 calendar date, optionally with a time (hh:mm, :ss, fraction) and a zone (Z or ±hh:mm). */
function isoDateTime(value: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]{1,9})?)?(?:Z|[+-]([0-9]{2}):([0-9]{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
  const within = (text: string | undefined, max: number) => text === undefined || Number(text) <= max;
  return within(m[4], 23) && within(m[5], 59) && within(m[6], 59) && within(m[7], 23) && within(m[8], 59);
}

/**
 * An attribute value (AttributeType Value: at most 2048 characters; the attributes guide: e-mail, E.164
 * phone_number, birthdate YYYY-MM-DD in 10 characters), then the schema's type and constraints
 * (StringAttributeConstraints lengths, NumberAttributeConstraints values). UNCLEAR: AWS does not document
 * the text forms of Number, Boolean and DateTime values; the extension takes a decimal number
 * (-12, 3.5: no spaces, no exponent), exactly true or false, and an ISO 8601 date/date-time or epoch
 * digits.
 */
function attributeValue(value: string, attribute: AttributeSchema): boolean {
  if (attribute.name === 'email') return email(value);
  if (attribute.name === 'phone_number') return phone(value);
  if (length(value) > 2048) return false;
  if (attribute.name === 'birthdate' && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return false;
  switch (attribute.type) {
    case 'Number': {
      if (!/^-?[0-9]+(\.[0-9]+)?$/.test(value)) return false;
      const n = Number(value);
      return !(attribute.minValue !== undefined && n < attribute.minValue) && !(attribute.maxValue !== undefined && n > attribute.maxValue);
    }
    case 'Boolean':
      return value === 'true' || value === 'false';
    case 'DateTime':
      return /^[0-9]+$/.test(value) || isoDateTime(value);
    case 'String':
      return !(attribute.minLength !== undefined && length(value) < attribute.minLength) && !(attribute.maxLength !== undefined && length(value) > attribute.maxLength);
  }
}

// ---- Generators -----------------------------------------------------------------------------

const NAME_ALLOWED = [...UPPER, ...LOWER, ...DIGITS, '_', ' ', '\t', '\n', '\u000b', '\f', '\r', ...'+=,.@-'];
const NAME_FORBIDDEN = [...'#/*!?:;()[]{}"\'`~|\\<>%&^$', 'é', 'ß', '١', '😀', ...HOSTILE];
const nameText = text(NAME_ALLOWED, NAME_FORBIDDEN, [0, 1, 2, 127, 128, 129, 256]);

const USERNAME_ALLOWED = [...LOWER, ...DIGITS, ...UNICODE_LMSNP];
const usernameText = text(USERNAME_ALLOWED, [' ', '\t', ...HOSTILE], [0, 1, 127, 128, 129, 256]);

/** Well-formed addresses of exactly these lengths. */
const emailOfLengths = (lengths: number[]) =>
  fc.tuple(fc.constantFrom(...lengths), fc.constantFrom('@example.com', '@é.中国', '@a.b.co')).chain(([n, domain]) =>
    ofLengths(fc.constantFrom(...LOWER, ...UNICODE_LMSNP.filter((c) => c !== '@')), [Math.max(0, n - length(domain))]).map((local) => local + domain),
  );

const emailText = fc.oneof(
  emailOfLengths([1, 12, 13, 128, 129, 255, 256, 257]),
  text([...LOWER, ...DIGITS, '.', '@', '+', '-', 'é', '😀'], [' ', ...HOSTILE], [0, 1, 3, 5, 128, 255, 256, 257]),
  fc.emailAddress(),
  withOne(fc.emailAddress(), [' ', '@', '.', ...HOSTILE]),
  fc
    .tuple(ofLengths(fc.constantFrom(...LOWER, ...UNICODE_LMSNP), [1, 2, 60, 120, 250]), fc.constantFrom('', '.', 'x.', 'a.b', 'é.'), fc.constantFrom('', 'c', 'co', 'com', '😀', '中国', '.'))
    .map(([local, host, tld]) => `${local}@${host}${host.endsWith('.') || host === '' ? '' : '.'}${tld}`),
);

const phoneText = fc.oneof(
  text([...DIGITS, '+'], [' ', '-', '(', ')', '١', '０', ...HOSTILE], [0, 1, 2, 3, 15, 16, 17]),
  fc.tuple(fc.constantFrom('+', '', '00', '+0', '++'), ofLengths(fc.constantFrom(...DIGITS), [0, 1, 2, 13, 14, 15, 16])).map(([p, d]) => p + d),
);

const policyArb: fc.Arbitrary<PasswordPolicy> = fc.record({
  minimumLength: fc.integer({ min: 6, max: 99 }),
  requireUppercase: fc.boolean(),
  requireLowercase: fc.boolean(),
  requireNumbers: fc.boolean(),
  requireSymbols: fc.boolean(),
});
const PASSWORD_ALLOWED = [...UPPER, ...LOWER, ...DIGITS, ...PASSWORD_SYMBOLS, ' '];
const PASSWORD_FORBIDDEN = ['\t', '\n', 'é', 'Ä', 'ß', '£', '€', '§', '°', '😀', '١', ...HOSTILE];
const passwordCase = policyArb.chain((policy) =>
  fc.tuple(
    fc.constant(policy),
    fc.oneof(
      text(PASSWORD_ALLOWED, PASSWORD_FORBIDDEN, [0, 5, 6, policy.minimumLength - 1, policy.minimumLength, policy.minimumLength + 1, 255, 256, 257].filter((n) => n >= 0)),
      // A space as the only symbol, inside or at an end.
      ofLengths(fc.constantFrom(...UPPER.slice(0, 3), ...LOWER.slice(0, 3), ...DIGITS.slice(0, 3), ' '), [policy.minimumLength, policy.minimumLength + 2]),
    ),
  ),
);

const integerText = (edges: string[]) =>
  fc.oneof(
    fc.bigInt({ min: -5n, max: 2n ** 33n }).map(String),
    fc.integer({ min: -3, max: 120 }).map(String),
    fc.constantFrom(...edges),
    fc.tuple(fc.constantFrom(' ', '', '\t', '0'), fc.nat(200), fc.constantFrom(' ', '', '\n')).map(([a, n, b]) => `${a}${n}${b}`),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
  );
const minimumLengthText = integerText(['5', '6', '99', '100', '006', '6.0', '+8', '-8', '8e0', '٨', '０8', '', ' ', '8 8', '0x10']);
const precedenceText = integerText(['0', '-0', '2147483647', '2147483648', '02147483647', '4294967296', '1.5', '+1', '1e3', '٣', '', '   ', '7 7']);

const IAM_NAME = [...LOWER, ...UPPER, ...DIGITS, ...'_+=,.@-'];
const iamName = (lengths: number[]) => ofLengths(fc.constantFrom(...IAM_NAME), lengths);
const roleArnText = fc.oneof(
  fc
    .record({
      partition: usually(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b', 'aws-eusc'], ['awsx', 'aws-', 'aws--cn', 'AWS', 'aws-CN', '']),
      service: usually(['iam'], ['s3', 'sts', 'IAM']),
      region: usually([''], ['us-east-1']),
      account: usually(['123456789012', '000000000000'], ['12345678901', '1234567890123', 'abcdefghijkl', '']),
      kind: usually(['role'], ['user', 'roles', 'role:', 'Role']),
      path: fc.oneof(
        usually(['/', '/service-role/', '/a/b/', '///'], ['//', '/a b/', '/é/', '/a', 'a/']),
        iamName([509, 510, 511]).map((p) => `/${p}/`),
      ),
      name: fc.oneof({ weight: 3, arbitrary: iamName([1, 2, 63, 64, 65]) }, { weight: 1, arbitrary: withOne(iamName([0, 1, 10]), ['/', ' ', ':', '#', 'é', '\u0000']) }),
      pad: usually(['', ' ', '\t', ' \n'], ['\u00a0', '\u200b']),
    })
    .map((p) => `${p.pad}arn:${p.partition}:${p.service}:${p.region}:${p.account}:${p.kind}${p.path}${p.name}${p.pad}`),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'arn:aws:iam::123456789012:role/Admins'), maxLength: 60 }),
);

const descriptionText = fc.oneof(
  text([...LOWER, ' ', '\n', ...UNICODE_LMSNP, ...HOSTILE], ['\t'], [0, 1, 2047, 2048, 2049]),
  fc.tuple(fc.constantFrom('', ' ', '  \n', '\t'), ofLengths(fc.constantFrom('x', '😀', 'é'), [2047, 2048, 2049]), fc.constantFrom('', ' ', '\n\n')).map(([a, s, b]) => a + s + b),
);

const filterCase = fc.tuple(
  fc.constantFrom(...SEARCHABLE_ATTRIBUTES),
  fc.constantFrom<FilterOperator>('equals', 'startsWith'),
  fc.oneof(
    text(['a', 'Z', '0', '"', '\\', ' ', '😀', 'é', '@', '.'], HOSTILE, [0, 1, 100, 120, 121, 122, 123, 200, 230, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 250, 256]),
    fc.string({ unit: 'binary', maxLength: 300 }),
  ),
);

const REGION_SAMPLES = [
  'us-east-1', 'eu-west-3', 'ap-southeast-7', 'mx-central-1', 'il-central-1', 'ca-west-1', 'cn-northwest-1', 'us-gov-west-1',
  'us-iso-east-1', 'us-isob-east-1', 'eu-isoe-west-1', 'us-isof-south-1', 'eusc-de-east-1', 'ap-east-2', 'us-east-12', 'us-east-123',
  'zz-east-1', 'eusc-fr-east-1', 'us-east', 'useast-1', 'us-east-1a', 'US-EAST-1', 'us_east_1', 'aws-global', 'us-gov-1', 'ap-gov-west-1',
  'cn-iso-east-1', 'us--1', '-east-1', 'eu-west-', ' eu-west-1 ', '\teu-west-1\n', 'eu-west-1\u0000', 'eu-west-١', 'eu‐west‐1',
];
const regionText = fc.oneof(
  fc.constantFrom(...REGION_SAMPLES),
  fc
    .tuple(
      fc.constantFrom('us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn', 'us-gov', 'us-iso', 'us-isob', 'eu-isoe', 'us-isof', 'eusc-de', 'eusc', 'zz', 'u', 'usa', 'eu-gov', 'cn-gov'),
      fc.constantFrom('east', 'west', 'central', 'north', 'southeast', 'x9', 'East', 'e_1', ''),
      fc.constantFrom('1', '2', '10', '99', '100', '', 'a', '01'),
    )
    .map(([a, b, c]) => `${a}-${b}-${c}`),
  fc.string({ unit: fc.constantFrom(...'abceilmnorstuwxyzgd0123456789-'), maxLength: 18 }),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
);

const LOOPBACK_HOSTS: Record<string, boolean> = {
  localhost: true,
  LOCALHOST: true,
  '127.0.0.1': true,
  '127.255.3.4': true,
  '127.1': true, // the URL standard reads 127.1 as 127.0.0.1
  '2130706433': true, // 127.0.0.1 as one number
  '0x7f.0.0.1': true,
  '[::1]': true,
  '[0:0:0:0:0:0:0:1]': true,
  '10.0.0.5': false,
  '128.0.0.1': false,
  '0.0.0.0': false,
  'example.com': false,
  'cognito-idp.us-east-1.amazonaws.com': false,
  '127.0.0.1.nip.io': false,
  'localhost.example.com': false,
  '[::2]': false,
  '[::ffff:127.0.0.1]': false, // loopback through IPv4-mapped IPv6, refused to stay simple
};
const endpointText = fc.oneof(
  fc
    .record({
      scheme: fc.constantFrom('http', 'https', 'HTTP', 'HTTPS', 'ftp', 'ws', 'file', 'javascript'),
      userinfo: fc.constantFrom('', '', 'user:pass@', 'a@'),
      host: fc.constantFrom(...Object.keys(LOOPBACK_HOSTS)),
      port: fc.constantFrom('', ':9229', ':443', ':0'),
      path: fc.constantFrom('', '/', '/cognito', '?x=1', '#f'),
      pad: fc.constantFrom('', ' ', '\t\n'),
    })
    .map((p) => ({ url: `${p.pad}${p.scheme}://${p.userinfo}${p.host}${p.port}${p.path}${p.pad}`, p })),
);

const schemaArb: fc.Arbitrary<AttributeSchema> = fc.oneof(
  fc.constantFrom<AttributeSchema>(
    { name: 'email', type: 'String', mutable: true, required: false, custom: false, minLength: 0, maxLength: 2048 },
    { name: 'phone_number', type: 'String', mutable: true, required: false, custom: false, minLength: 0, maxLength: 2048 },
    { name: 'birthdate', type: 'String', mutable: true, required: false, custom: false, minLength: 10, maxLength: 10 },
    { name: 'updated_at', type: 'Number', mutable: true, required: false, custom: false, minValue: 0 },
    { name: 'custom:flag', type: 'Boolean', mutable: true, required: false, custom: true },
    { name: 'custom:when', type: 'DateTime', mutable: true, required: false, custom: true },
  ),
  fc.record({ min: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), max: fc.option(fc.integer({ min: 0, max: 2100 }), { nil: undefined }) }).map(
    ({ min, max }): AttributeSchema => ({ name: 'custom:team', type: 'String', mutable: true, required: false, custom: true, minLength: min, maxLength: max }),
  ),
  fc.record({ min: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }), max: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }) }).map(
    ({ min, max }): AttributeSchema => ({ name: 'custom:level', type: 'Number', mutable: true, required: false, custom: true, minValue: min, maxValue: max }),
  ),
);
/** Dates and times near and past the limits of each field, in the ISO forms and some others. */
const dateTimeText = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1900, 2000, 2023, 2024, 2100)).map((y) => String(y).padStart(4, '0')),
    month: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 13) }),
    day: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 28 }) }, { weight: 2, arbitrary: fc.constantFrom(0, 29, 30, 31, 32) }),
    hour: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 23 }) }, { weight: 1, arbitrary: fc.constantFrom(24, 25) }),
    minute: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.constant(60) }),
    second: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.constant(60) }),
    fraction: usually(['', '.5', '.123456789'], ['.1234567890', '.']),
    zone: usually(['', 'Z', '+00:00', '-05:30', '+23:59'], ['z', '+24:00', '-00:60', '+0530', '+05']),
    form: usually(['date', 'minutes', 'seconds'], ['space', 'lower-t']),
  })
  .map((d) => {
    const two = (n: number) => String(n).padStart(2, '0');
    const date = `${d.year}-${two(d.month)}-${two(d.day)}`;
    if (d.form === 'date') return date;
    const time = d.form === 'minutes' ? `${two(d.hour)}:${two(d.minute)}` : `${two(d.hour)}:${two(d.minute)}:${two(d.second)}${d.fraction}`;
    return `${date}${d.form === 'space' ? ' ' : d.form === 'lower-t' ? 't' : 'T'}${time}${d.zone}`;
  });

const numberText = (schema: AttributeSchema) => {
  const low = Math.min(schema.minValue ?? -50, schema.maxValue ?? 50) - 2;
  const high = Math.max(schema.minValue ?? -50, schema.maxValue ?? 50) + 2;
  return fc.oneof(
    fc.integer({ min: low, max: high }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: low, max: high }).map(String),
    fc.tuple(fc.integer({ min: low, max: high }), fc.constantFrom(' ', '\t', '+', '0', '.0', '.', 'e0', '\u00a0')).map(([n, extra]) => (extra === ' ' || extra === '+' || extra === '\t' ? extra + n : n + extra)),
  );
};

function valueFor(schema: AttributeSchema): fc.Arbitrary<string> {
  if (schema.name === 'email') return emailText;
  if (schema.name === 'phone_number') return phoneText;
  if (schema.name === 'birthdate') return fc.oneof(dateTimeText.map((d) => d.slice(0, 10)), dateTimeText);
  switch (schema.type) {
    case 'Number':
      return numberText(schema);
    case 'Boolean':
      return fc.constantFrom('true', 'false', 'True', 'FALSE', ' true', 'false ', '1', '0', '', 'yes');
    case 'DateTime':
      return fc.oneof(
        dateTimeText,
        fc.constantFrom('1900-02-29', '2100-02-29', '2000-02-29', '2024-02-29', '2023-02-29', '2026-04-31', '2026-12-31T23:59:59.999999999Z', '2026-11-28T12:00+24:00', '2026-11-28T12:00+23:59', '2026-11-28T12:00-05:60'),
        fc.nat().map(String),
        fc.integer({ min: -5, max: 5 }).map(String),
      );
    case 'String': {
      const min = schema.minLength ?? 0;
      const max = schema.maxLength ?? 2048;
      const lengths = [min - 1, min, min + 1, max - 1, max, max + 1, 2047, 2048, 2049].filter((n) => n >= 0 && n <= 2100);
      return ofLengths(fc.constantFrom('x', ' ', 'é', '😀', '\u0000', '\u202e'), lengths);
    }
  }
}

const DATE_RANGE = { noInvalidDate: true, min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') };
const attributeText = fc.oneof(
  text([...LOWER, ...DIGITS, ' ', '-', '.', ...UNICODE_LMSNP], HOSTILE, [0, 1, 9, 10, 11, 2047, 2048, 2049]),
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.double({ noNaN: true, min: -200, max: 200 }).map(String),
  fc.constantFrom('true', 'false', 'True', 'FALSE', ' true', 'false ', '1', '0', '', ' 5', '5 ', '+5', '-0', '1e2', '.5', '5.', '0x10', '٣', 'Infinity'),
  fc.date(DATE_RANGE).map((d) => d.toISOString()),
  fc.date(DATE_RANGE).map((d) => d.toISOString().slice(0, 10)),
  fc.date(DATE_RANGE).map((d) => d.toISOString().slice(0, 16)),
  fc.date(DATE_RANGE).map((d) => d.toISOString().replace('Z', '+05:30')),
  fc.date(DATE_RANGE).map((d) => String(Math.floor(d.getTime() / 1000))),
  fc.constantFrom('2024-02-29', '2023-02-29', '2026-13-01', '2026-04-31', '2026-11-28T24:00:00Z', '2026-11-28T12:60', '2026-11-28T12:00:00+24:00', 'a 1', 'March 7', '1 2', '-1', '2026-11-28 12:00', '2026-11-28t12:00z', '+002026-11-28'),
  emailText,
  phoneText,
);

// ---- The validators, each with the rule it must follow ---------------------------------------

interface Rule {
  name: string;
  check: (value: string) => string | undefined;
  valid: (value: string) => boolean;
}

const DEFAULT_POLICY: PasswordPolicy = { minimumLength: 8, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true };
const RELAXED_POLICY: PasswordPolicy = { minimumLength: 6, requireUppercase: false, requireLowercase: false, requireNumbers: false, requireSymbols: false };
const SIGN_IN: SignInOption[] = ['username', 'email', 'phone', 'emailOrPhone', 'usernameOrEmail'];
const SOME_SCHEMAS: AttributeSchema[] = [
  { name: 'name', type: 'String', mutable: true, required: false, custom: false, minLength: 0, maxLength: 2048 },
  { name: 'email', type: 'String', mutable: true, required: false, custom: false },
  { name: 'phone_number', type: 'String', mutable: true, required: false, custom: false },
  { name: 'birthdate', type: 'String', mutable: true, required: false, custom: false, minLength: 10, maxLength: 10 },
  { name: 'custom:level', type: 'Number', mutable: true, required: false, custom: true, minValue: 1, maxValue: 5 },
  { name: 'custom:flag', type: 'Boolean', mutable: true, required: false, custom: true },
  { name: 'custom:when', type: 'DateTime', mutable: true, required: false, custom: true },
];

const RULES: Rule[] = [
  { name: 'checkPoolName', check: checkPoolName, valid: awsName },
  { name: 'checkAppClientName', check: checkAppClientName, valid: awsName },
  ...SIGN_IN.map((signIn): Rule => ({ name: `checkUsername (${signIn})`, check: (v) => checkUsername(v, signIn), valid: (v) => username(v, signIn) })),
  { name: 'checkEmail', check: checkEmail, valid: email },
  { name: 'checkPhoneNumber', check: checkPhoneNumber, valid: phone },
  { name: 'checkPassword (default policy)', check: (v) => checkPassword(v, DEFAULT_POLICY), valid: (v) => password(v, DEFAULT_POLICY) },
  { name: 'checkPassword (relaxed policy)', check: (v) => checkPassword(v, RELAXED_POLICY), valid: (v) => password(v, RELAXED_POLICY) },
  { name: 'checkMinimumLength', check: checkMinimumLength, valid: minimumLength },
  { name: 'checkGroupName', check: checkGroupName, valid: awsUsername },
  { name: 'checkGroupDescription', check: checkGroupDescription, valid: description },
  { name: 'checkPrecedence', check: checkPrecedence, valid: precedence },
  { name: 'checkRoleArn', check: checkRoleArn, valid: roleArn },
  ...SOME_SCHEMAS.map((s): Rule => ({ name: `checkAttributeValue (${s.name})`, check: (v) => checkAttributeValue(v, s), valid: (v) => attributeValue(v, s) })),
  { name: 'checkFilterValue', check: checkFilterValue, valid: (v) => filter(v, 'username', 'equals') },
  { name: 'checkFilterValue (email ^=)', check: (v) => checkFilterValue(v, 'email', 'startsWith'), valid: (v) => filter(v, 'email', 'startsWith') },
  { name: 'checkEndpoint', check: checkEndpoint, valid: endpoint },
  { name: 'checkRegion', check: checkRegion, valid: region },
];

/** A refusal is one clear sentence: short, one line, ending with a full stop; never the input echoed. */
function assertSentence(problem: string, what: string): void {
  assert.ok(problem.length > 0 && problem.length <= 220, `${what}: a message of ${problem.length} characters`);
  assert.doesNotMatch(problem, /[\n\r]/, `${what}: one line`);
  assert.match(problem, /\.$/, `${what}: a sentence`);
}

function agrees(rule: Rule, value: string): boolean {
  const problem = rule.check(value);
  if (problem !== undefined) assertSentence(problem, rule.name);
  return accepted(problem) === rule.valid(value);
}

const byName = (name: string) => RULES.find((r) => r.name === name) as Rule;

describe('validators, property-based, against the documented AWS constraints', function () {
  this.timeout(20_000);

  it('pool and app client names: 1–128 of [\\w\\s+=,.@-] (Java classes), not only white space', () => {
    fc.assert(fc.property(nameText, (v) => agrees(byName('checkPoolName'), v) && agrees(byName('checkAppClientName'), v)), RUNS);
  });

  it('usernames: 1–128 of [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}], or an e-mail / E.164 number by the sign-in option', () => {
    const candidates = fc.oneof(usernameText, emailText, phoneText, fc.constantFrom('+tag@example.com', '+14155550123', 'a@b.co'));
    fc.assert(fc.property(fc.constantFrom(...SIGN_IN), candidates, (signIn, v) => agrees(byName(`checkUsername (${signIn})`), v)), RUNS);
  });

  it('e-mail addresses: EmailAddressType characters, one @, a dotted domain, at most 256', () => {
    fc.assert(fc.property(emailText, (v) => agrees(byName('checkEmail'), v)), RUNS);
  });

  it('phone numbers: E.164, + then a country code and at most 15 digits in all', () => {
    fc.assert(fc.property(phoneText, (v) => agrees(byName('checkPhoneNumber'), v)), RUNS);
  });

  it('passwords: the policy, Cognito’s characters and symbols, at most 256, no space at either end', () => {
    fc.assert(
      fc.property(passwordCase, ([policy, v]) => {
        const problem = checkPassword(v, policy);
        if (problem !== undefined) assertSentence(problem, 'checkPassword');
        return accepted(problem) === password(v, policy);
      }),
      RUNS,
    );
  });

  it('the password policy’s minimum length: a whole number from 6 to 99', () => {
    fc.assert(fc.property(minimumLengthText, (v) => agrees(byName('checkMinimumLength'), v)), RUNS);
  });

  it('generated passwords satisfy the policy they were made for', () => {
    fc.assert(
      fc.property(policyArb, (policy) => {
        const generated = generatePassword(policy);
        return generated.length === Math.max(16, policy.minimumLength) && password(generated, policy) && checkPassword(generated, policy) === undefined;
      }),
      { numRuns: 200 },
    );
  });

  it('group names (as usernames), descriptions (≤ 2048), precedence (0 to 2^31-1) and IAM role ARNs', () => {
    fc.assert(fc.property(usernameText, (v) => agrees(byName('checkGroupName'), v)), RUNS);
    fc.assert(fc.property(descriptionText, (v) => agrees(byName('checkGroupDescription'), v)), { numRuns: 150 });
    fc.assert(fc.property(precedenceText, (v) => agrees(byName('checkPrecedence'), v)), RUNS);
    fc.assert(fc.property(roleArnText, (v) => agrees(byName('checkRoleArn'), v)), { numRuns: 500 });
  });

  it('attribute values: at most 2048, e-mail, E.164, birthdate, and the schema’s type and limits', () => {
    fc.assert(
      fc.property(
        schemaArb.chain((schema) => fc.tuple(fc.constant(schema), fc.oneof({ weight: 3, arbitrary: valueFor(schema) }, { weight: 1, arbitrary: attributeText }))),
        ([schema, v]) => {
          const problem = checkAttributeValue(v, schema);
          if (problem !== undefined) assertSentence(problem, `checkAttributeValue (${schema.name})`);
          return accepted(problem) === attributeValue(v, schema);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('attribute values made for each kind of attribute (Number, Boolean, DateTime, birthdate…)', () => {
    const cases = fc.constantFrom(...SOME_SCHEMAS).chain((schema) => fc.tuple(fc.constant(schema), valueFor(schema)));
    fc.assert(fc.property(cases, ([schema, v]) => agrees(byName(`checkAttributeValue (${schema.name})`), v)), { numRuns: 500 });
  });

  it('ListUsers filters: the whole expression, escapes included, at most 256 characters', () => {
    fc.assert(
      fc.property(filterCase, ([attribute, operator, v]) => {
        const problem = checkFilterValue(v, attribute, operator);
        if (problem !== undefined) assertSentence(problem, 'checkFilterValue');
        return accepted(problem) === filter(v, attribute, operator);
      }),
      RUNS,
    );
  });

  it('regions: the region forms of AWS’s partitions (all of them accepted), in lower case', () => {
    fc.assert(fc.property(regionText, (v) => agrees(byName('checkRegion'), v)), RUNS);
    const documented = regionText.filter((v) => inPartitionTable(v) && /^[a-z0-9-]+$/.test(v.trim()));
    fc.assert(fc.property(documented, (v) => checkRegion(v) === undefined), { numRuns: 100 });
  });

  it('endpoints: https anywhere, plain http only to this machine (a product decision, not AWS’s)', () => {
    fc.assert(
      fc.property(endpointText, ({ url, p }) => {
        const scheme = p.scheme.toLowerCase();
        const expected = scheme === 'https' || (scheme === 'http' && LOOPBACK_HOSTS[p.host]);
        const problem = checkEndpoint(url);
        if (problem !== undefined) assertSentence(problem, 'checkEndpoint');
        return accepted(problem) === expected && endpoint(url) === expected;
      }),
      RUNS,
    );
    const arbitrary = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.webUrl().map((u) => u.replace(/^https/, 'http')), fc.webUrl());
    fc.assert(fc.property(arbitrary, (v) => agrees(byName('checkEndpoint'), v)), RUNS);
  });

  it('optional() accepts empty and otherwise defers to the check', () => {
    fc.assert(fc.property(emailText, (v) => optional(checkEmail)(v) === (v === '' ? undefined : checkEmail(v))), { numRuns: 100 });
  });

  describe('each bug the properties found stays fixed', () => {
    it('region ids of every partition (eusc-de-east-1 was refused)', () => {
      for (const id of ['eusc-de-east-1', 'us-isof-south-1', 'eu-isoe-west-1', 'us-east-123', 'ap-southeast-7']) assert.equal(checkRegion(id), undefined, id);
      for (const id of ['US-EAST-1', 'us_east_1', 'us-east', 'eu-west-1a', 'europe-west-1']) assert.notEqual(checkRegion(id), undefined, id);
    });
    it('passwords of characters Cognito does not list are refused', () => {
      for (const pw of ['Pässw0rd!', 'Passw0rd£', 'Pass\tw0rd!', 'Passw0rd😀', 'Pass\u202ew0rd!']) assert.match(checkPassword(pw, DEFAULT_POLICY) ?? '', /Use only/, JSON.stringify(pw));
      assert.equal(checkPassword('Pass w0rd!', DEFAULT_POLICY), undefined);
    });
    it('e-mail addresses with control or format characters are refused', () => {
      for (const address of ['a\u0000b@example.com', 'al\u202eice@example.com', 'a@exa\u200bmple.com', 'a@example.c\ud800m']) assert.notEqual(checkEmail(address), undefined, JSON.stringify(address));
      assert.equal(checkEmail('zoë@exämple.org'), undefined);
    });
    it('a role ARN must name a role: a name of 1–64 characters after the path', () => {
      assert.equal(checkRoleArn('arn:aws:iam::123456789012:role/service-role/Admins'), undefined);
      assert.equal(checkRoleArn(`arn:aws:iam::123456789012:role/${'a'.repeat(64)}`), undefined);
      for (const arn of ['arn:aws:iam::123456789012:role/', 'arn:aws:iam::123456789012:role/admins/', `arn:aws:iam::123456789012:role/${'a'.repeat(65)}`, 'arn:awsx:iam::123456789012:role/a']) {
        assert.notEqual(checkRoleArn(arn), undefined, arn);
      }
    });
    it('a description is measured as it is sent: trimmed', () => {
      assert.equal(checkGroupDescription(` ${'x'.repeat(2048)}\n`), undefined);
      assert.notEqual(checkGroupDescription('x'.repeat(2049)), undefined);
    });
    it('attribute values count characters, not UTF-16 units, and numbers and dates are strict', () => {
      const name = SOME_SCHEMAS[0];
      assert.equal(checkAttributeValue('😀'.repeat(2048), name), undefined);
      assert.notEqual(checkAttributeValue('😀'.repeat(2049), name), undefined);
      const level = SOME_SCHEMAS[4];
      for (const v of [' 3', '3 ', '\t3']) assert.match(checkAttributeValue(v, level) ?? '', /Enter a number/, JSON.stringify(v));
      const when = SOME_SCHEMAS[6];
      for (const v of ['a 1', 'March 7', '-1', '2026-02-30', '1 2']) assert.notEqual(checkAttributeValue(v, when), undefined, v);
      for (const v of ['2026-11-28T12:00:00Z', '2026-11-28', '1764331200', '2024-02-29T23:59:59.999+05:30']) assert.equal(checkAttributeValue(v, when), undefined, v);
    });
    it('a filter counts characters, not UTF-16 units', () => {
      assert.equal(checkFilterValue('😀'.repeat(243), 'username', 'equals'), undefined);
      assert.notEqual(checkFilterValue('😀'.repeat(244), 'username', 'equals'), undefined);
    });
    it('endpoint messages never repeat what was typed (it may hold a password, or be 10,000 characters)', () => {
      for (const value of ['http://user:s3cret@10.0.0.5:9229', 'not a url with s3cret', `${'x'.repeat(10_000)}://host`, `http://${'h'.repeat(10_000)}.example.com`]) {
        const problem = checkEndpoint(value) ?? '';
        assert.doesNotMatch(problem, /s3cret|xxxxxxxx|hhhhhhhh/);
        assertSentence(problem, value.slice(0, 40));
      }
    });
  });
});

describe('validators, given hostile input, answer and never throw', () => {
  const RTL = ['مرحبا بالعالم', 'שלום', '\u202eabc', 'admin\u202egpj.exe', 'ع\u202eא\u202c1', '\u200f\u200e'];
  const HOSTILE_INPUTS = [
    '',
    ' ',
    '   \t  ',
    '\n',
    '\u00a0\u3000',
    'x'.repeat(10_000),
    'é'.repeat(10_000),
    '😀'.repeat(5_000),
    ' '.repeat(10_000),
    '"'.repeat(10_000),
    '\u0000',
    'a\u0000b',
    '\u0007\u0008\u001b[31m\u007f',
    '\r\n\r\n',
    '😀',
    '👩‍👩‍👧‍👦🏳️‍🌈',
    'e\u0301',
    '\ud800',
    '\udc00x\ud800',
    '\ufeff',
    ...RTL,
    ...RTL.map((r) => `${r}@example.com`),
    ...RTL.map((r) => `http://${r}`),
  ];

  for (const rule of RULES) {
    it(`${rule.name}`, () => {
      for (const value of HOSTILE_INPUTS) {
        let problem: string | undefined;
        assert.doesNotThrow(() => (problem = rule.check(value)), `${rule.name} threw for ${JSON.stringify(value.slice(0, 20))}`);
        if (problem !== undefined) assertSentence(problem, `${rule.name}(${JSON.stringify(value.slice(0, 20))})`);
        assert.equal(accepted(problem), rule.valid(value), `${rule.name}(${JSON.stringify(value.slice(0, 20))}) answered ${JSON.stringify(problem)}`);
      }
    });
  }

  it('checkAttributeValue, for every kind of schema', () => {
    fc.assert(
      fc.property(schemaArb, fc.constantFrom(...HOSTILE_INPUTS), (schema, value) => {
        const problem = checkAttributeValue(value, schema);
        if (problem !== undefined) assertSentence(problem, schema.name);
        return accepted(problem) === attributeValue(value, schema);
      }),
      { numRuns: 200 },
    );
  });
});
