// Reading request members and writing AWS's shapes, shared by the double's operations: AWS's validation
// wording ("1 validation error detected: …"), page sizes and tokens, the pool a request names, UserType.
import type { DoubleUser, SeededPool } from './data';
import { ServiceError, type Input } from './server';

export const MAX_PAGE = 60;

export function validationError(member: string, value: unknown, constraint: string): ServiceError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return new ServiceError('InvalidParameterException', `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`);
}

/** A required string member; `member` is its name as AWS's messages spell it (camelCase). */
export function requiredString(input: Input, key: string, member: string): string {
  const value = input[key];
  if (value === undefined || value === null) throw validationError(member, value, 'Member must not be null');
  if (typeof value !== 'string') throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
  return value;
}

/** The pool `UserPoolId` names: validated as AWS does, ResourceNotFoundException when there is none. */
export function poolOf(pools: readonly SeededPool[], input: Input): SeededPool {
  const id = input.UserPoolId;
  if (typeof id !== 'string') throw validationError('userPoolId', id, 'Member must not be null');
  if (id.length > 55 || !/^[\w-]+_[0-9a-zA-Z]+$/.test(id)) {
    throw validationError('userPoolId', id, 'Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+');
  }
  const pool = pools.find((p) => p.id === id);
  if (!pool) throw new ServiceError('ResourceNotFoundException', `User pool ${id} does not exist.`);
  return pool;
}

/** A page size member: absent gives 60 (or a validation error when required); 0 is the default too. */
export function pageSize(input: Input, member: 'MaxResults' | 'Limit', min: number, required: boolean): number {
  const value = input[member];
  const name = member === 'Limit' ? 'limit' : 'maxResults';
  if (value === undefined || value === null) {
    if (required) throw validationError(name, value, 'Member must not be null');
    return MAX_PAGE;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ServiceError('SerializationException', `NUMBER_VALUE can not be converted to an Integer`);
  }
  if (value < min) throw validationError(name, value, `Member must have value greater than or equal to ${min}`);
  if (value > MAX_PAGE) throw validationError(name, value, `Member must have value less than or equal to ${MAX_PAGE}`);
  return value === 0 ? MAX_PAGE : value;
}

export function tokenOf(input: Input, member: 'NextToken' | 'PaginationToken'): string | undefined {
  const token = input[member];
  if (token === undefined || token === null) return undefined;
  if (typeof token !== 'string' || token === '') throw validationError(member === 'NextToken' ? 'nextToken' : 'paginationToken', token, 'Member must have length greater than or equal to 1');
  return token;
}

export function attributeList(user: DoubleUser, wanted?: Set<string>) {
  return Object.entries(user.attributes)
    .filter(([name]) => !wanted || wanted.has(name))
    .map(([Name, Value]) => ({ Name, Value }));
}

export function userType(user: DoubleUser, wanted: Set<string> | undefined) {
  return {
    Username: user.username,
    Attributes: attributeList(user, wanted),
    UserCreateDate: seconds(user.created),
    UserLastModifiedDate: seconds(user.modified),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/** JSON 1.1 sends timestamps as epoch seconds. */
export function seconds(date: Date): number {
  return date.getTime() / 1000;
}
