// Request members checked as the Cognito service model constrains them (botocore's cognito-idp
// service-2.json: lengths, patterns, ranges, enums), refused with AWS's "1 validation error detected: …"
// InvalidParameterException. Members the model marks sensitive (Username, passwords, attribute values)
// are named without their value ("Value at 'username' failed …"), as AWS words it.
import { validationError } from './requests';
import { ServiceError, type Input } from './server';

export interface StringRule {
  /** The member's name as AWS's messages spell it (camelCase). */
  member: string;
  required?: boolean;
  min?: number;
  max?: number;
  /** The model's pattern, as AWS quotes it in the message. */
  pattern?: string;
  sensitive?: boolean;
}

/** The model's patterns, as JavaScript expressions that must match the whole value. */
const PATTERNS: Record<string, RegExp> = {
  '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+': /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u,
  '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r ]+': /^[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+$/u,
  '[\\S]+': /^\S+$/u,
  '[\\w\\s+=,.@-]+': /^[\w\s+=,.@-]+$/,
  '[\\w+]+': /^[\w+]+$/,
  '[\\x21\\x23-\\x5B\\x5D-\\x7E]+': /^[\x21\x23-\x5B\x5D-\x7E]+$/,
  '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+': /^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+$/u,
  '^[a-zA-Z0-9_-]+$': /^[a-zA-Z0-9_-]+$/,
  // ResourceServerScopeType ScopeName: printable ASCII but " / and \\.
  '[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+': /^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+$/,
  // SmsMfaConfigType SmsAuthenticationMessage, EmailMfaConfigType Message: the code's placeholder somewhere in it.
  '.*\\{####\\}.*': /^[\s\S]*\{####\}[\s\S]*$/,
  '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+@[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+': /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u,
  'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?':
    /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/,
};

export const NAME_PATTERN = '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+';
export const PASSWORD_PATTERN = '[\\S]+';

function refuse(rule: { member: string; sensitive?: boolean }, value: unknown, constraint: string): ServiceError {
  if (!rule.sensitive) return validationError(rule.member, value, constraint);
  return new ServiceError('InvalidParameterException', `1 validation error detected: Value at '${rule.member}' failed to satisfy constraint: ${constraint}`);
}

/** Why `value` breaks a string rule, or undefined. */
export function stringViolation(rule: StringRule, value: string): string | undefined {
  if (rule.min !== undefined && value.length < rule.min) return `Member must have length greater than or equal to ${rule.min}`;
  if (rule.max !== undefined && value.length > rule.max) return `Member must have length less than or equal to ${rule.max}`;
  if (rule.pattern && !PATTERNS[rule.pattern].test(value)) return `Member must satisfy regular expression pattern: ${rule.pattern}`;
  return undefined;
}

export function optionalString(input: Input, key: string, rule: StringRule): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) {
    if (rule.required) throw refuse(rule, undefined, 'Member must not be null');
    return undefined;
  }
  if (typeof value !== 'string') throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
  const violation = stringViolation(rule, value);
  if (violation) throw refuse(rule, value, violation);
  return value;
}

export function stringMember(input: Input, key: string, rule: StringRule): string {
  return optionalString(input, key, { ...rule, required: true }) as string;
}

export const usernameMember = (input: Input) => stringMember(input, 'Username', { member: 'username', min: 1, max: 128, pattern: NAME_PATTERN, sensitive: true });
export const groupNameMember = (input: Input) => stringMember(input, 'GroupName', { member: 'groupName', min: 1, max: 128, pattern: NAME_PATTERN });

export function enumMember<T extends string>(input: Input, key: string, member: string, values: readonly T[]): T | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !values.includes(value as T)) throw validationError(member, value, `Member must satisfy enum value set: [${values.join(', ')}]`);
  return value as T;
}

export function booleanMember(input: Input, key: string): boolean | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
  return value;
}

export function integerMember(input: Input, key: string, member: string, min: number, max?: number): number | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ServiceError('SerializationException', 'NUMBER_VALUE can not be converted to an Integer');
  if (value < min) throw validationError(member, value, `Member must have value greater than or equal to ${min}`);
  if (max !== undefined && value > max) throw validationError(member, value, `Member must have value less than or equal to ${max}`);
  return value;
}

/** A structure member (an object), or undefined when absent. */
export function structMember(input: Input, key: string): Input | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
  return value as Input;
}

/** A list of strings, each checked against `rule`; `max` is the most items the list may hold. */
export function stringListMember(input: Input, key: string, member: string, rule: Omit<StringRule, 'member' | 'required'>, max?: number): string[] | undefined {
  const items = listMember(input, key, member, false, (item) => {
    if (typeof item !== 'string') throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
    return stringViolation({ ...rule, member }, item) ?? { value: item };
  });
  if (items && max !== undefined && items.length > max) {
    throw validationError(member, `[${items.join(', ')}]`, `Member must have length less than or equal to ${max}`);
  }
  return items;
}

/** A list of enum values. */
export function enumListMember<T extends string>(input: Input, key: string, member: string, values: readonly T[], max?: number): T[] | undefined {
  const items = listMember(input, key, member, false, (item) =>
    typeof item === 'string' && values.includes(item as T) ? { value: item as T } : `Member must satisfy enum value set: [${values.join(', ')}]`,
  );
  if (items && max !== undefined && items.length > max) {
    throw validationError(member, `[${items.join(', ')}]`, `Member must have length less than or equal to ${max}`);
  }
  return items;
}

/** A list member; `check` gives each item (`{ value }`) or why it fails (AWS words that as a constraint on the list). */
export function listMember<T>(input: Input, key: string, member: string, required: boolean, check: (item: unknown) => { value: T } | string): T[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) {
    if (required) throw validationError(member, undefined, 'Member must not be null');
    return undefined;
  }
  if (!Array.isArray(value)) throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
  return value.map((item) => {
    const checked = check(item);
    if (typeof checked === 'string') {
      throw new ServiceError('InvalidParameterException', `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must satisfy constraint: [${checked}]`);
    }
    return checked.value;
  });
}

export interface AttributeInput {
  Name: string;
  Value: string;
}

const ATTRIBUTE_NAME: StringRule = { member: 'name', min: 1, max: 32, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r ]+' };

/** An AttributeListType member (UserAttributes): Name 1–32 characters, Value at most 2048 (absent is ''). */
export function attributeListMember(input: Input, key: string, member: string, required: boolean): AttributeInput[] | undefined {
  return listMember(input, key, member, required, (item) => {
    if (typeof item !== 'object' || item === null) throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
    const { Name, Value } = item as Record<string, unknown>;
    if (typeof Name !== 'string') return 'Member must not be null';
    const nameViolation = stringViolation(ATTRIBUTE_NAME, Name);
    if (nameViolation) return nameViolation;
    if (Value !== undefined && Value !== null && typeof Value !== 'string') throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
    const value = typeof Value === 'string' ? Value : '';
    if (value.length > 2048) return 'Member must have length less than or equal to 2048';
    return { value: { Name, Value: value } };
  });
}

/** An AttributeNameListType member (UserAttributeNames). */
export function attributeNameListMember(input: Input, key: string, member: string): string[] {
  return listMember(input, key, member, true, (item) => {
    if (typeof item !== 'string') throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
    return stringViolation(ATTRIBUTE_NAME, item) ?? { value: item };
  }) as string[];
}
