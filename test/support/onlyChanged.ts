// Whole-configuration updates (UpdateUserPool, UpdateUserPoolClient) reset what the request leaves out, so
// a test of one must see that nothing but the intended change moved. These compare two Describe answers
// member by member, deeply, and name every path that differs, so a dropped member reads as
// "TokenValidityUnits.IdToken: 'hours' → undefined" instead of a wall of deepEqual output.
import * as assert from 'node:assert/strict';

export interface Difference {
  /** `LambdaConfig.PreSignUp`, `ReadAttributes[2]`, … */
  path: string;
  before: unknown;
  after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Every leaf path where `before` and `after` differ. A member that is absent and one that is undefined are the same. */
export function differences(before: unknown, after: unknown, path = ''): Difference[] {
  if (before instanceof Date || after instanceof Date) {
    const time = (v: unknown) => (v instanceof Date ? v.getTime() : v);
    return time(before) === time(after) ? [] : [{ path, before, after }];
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return [{ path, before, after }];
    return before.flatMap((item, i) => differences(item, after[i], `${path}[${i}]`));
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => differences(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return Object.is(before, after) ? [] : [{ path, before, after }];
}

const within = (path: string, allowed: string) => path === allowed || path.startsWith(`${allowed}.`) || path.startsWith(`${allowed}[`);

/**
 * Fails, naming each path, unless `before` and `after` differ only under the members in `changed`
 * (`'DeletionProtection'`, or a nested path like `'Policies.PasswordPolicy'`). Each member named in
 * `changed` must also really differ, so a test cannot pass with the intended change missing; list
 * in `mayChange` what may move or not (LastModifiedDate, whose resolution is a second).
 */
export function assertOnlyChanged(before: unknown, after: unknown, changed: readonly string[], mayChange: readonly string[] = ['LastModifiedDate']): void {
  const found = differences(before, after);
  const unexpected = found.filter((d) => ![...changed, ...mayChange].some((allowed) => within(d.path, allowed)));
  const show = (d: Difference) => `${d.path}: ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)}`;
  const expected = changed.length ? `only ${changed.join(', ')} should have changed, but also` : 'nothing should have changed, but';
  assert.ok(unexpected.length === 0, `${expected}:\n  ${unexpected.map(show).join('\n  ')}`);
  const missing = changed.filter((member) => !found.some((d) => within(d.path, member)));
  assert.ok(missing.length === 0, `${missing.join(', ')} should have changed and did not`);
}

/** Fails, naming them, unless every one of `members` differs between the two answers (a fixture set away from the defaults). */
export function assertEveryMemberDiffers(defaults: unknown, configured: unknown, members: readonly string[]): void {
  const found = differences(defaults, configured);
  const same = members.filter((member) => !found.some((d) => within(d.path, member)));
  assert.ok(same.length === 0, `still at the default: ${same.join(', ')}`);
}
