import * as assert from 'node:assert/strict';
import type { PasswordPolicy } from '../../src/shared/types';
import { generatePassword } from '../../src/validation/generatePassword';
import { checkPassword } from '../../src/validation/password';

describe('generated passwords', () => {
  it('meet every policy Cognito allows (lengths 6–99, any mix of required classes)', () => {
    for (let minimumLength = 6; minimumLength <= 99; minimumLength += 31) {
      for (let mask = 0; mask < 16; mask++) {
        const policy: PasswordPolicy = { minimumLength, requireUppercase: !!(mask & 1), requireLowercase: !!(mask & 2), requireNumbers: !!(mask & 4), requireSymbols: !!(mask & 8) };
        for (let i = 0; i < 20; i++) {
          const password = generatePassword(policy);
          assert.equal(checkPassword(password, policy), undefined, `${JSON.stringify(policy)}: ${checkPassword(password, policy)}`);
          assert.ok(password.length >= Math.max(16, minimumLength));
        }
      }
    }
  });

  it('are not the same twice', () => {
    const policy: PasswordPolicy = { minimumLength: 8, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true };
    const seen = new Set(Array.from({ length: 200 }, () => generatePassword(policy)));
    assert.equal(seen.size, 200);
  });
});
