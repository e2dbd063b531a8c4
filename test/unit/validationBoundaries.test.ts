import * as assert from 'node:assert/strict';
import { checkPrecedence, checkRoleArn } from '../../src/validation/group';

// Limits checked at the limit itself, deterministically (the property-based tests reach them only by chance):
// IAM's role path is at most 512 characters (IAM API reference, Role: Path), CreateGroup's precedence at
// most 2^31-1.

describe('validation at the exact limits', () => {
  it('accepts an IAM role path of exactly 512 characters and refuses 513', () => {
    const path = (length: number) => `/${'p'.repeat(length - 2)}/`;
    assert.equal(path(512).length, 512);
    assert.equal(checkRoleArn(`arn:aws:iam::123456789012:role${path(512)}Admins`), undefined);
    assert.notEqual(checkRoleArn(`arn:aws:iam::123456789012:role${path(513)}Admins`), undefined);
  });

  it('accepts precedence 2147483647 and refuses 2147483648', () => {
    assert.equal(checkPrecedence('2147483647'), undefined);
    assert.notEqual(checkPrecedence('2147483648'), undefined);
  });
});
