import * as assert from 'node:assert/strict';
import { COGNITO_DEFAULT_PASSWORD_POLICY } from '../../src/shared/types';
import { checkEndpoint, displayEndpoint } from '../../src/connection/endpoint';
import { checkEmail, checkPhoneNumber, optional } from '../../src/validation/contact';
import { checkAppClientName, checkPoolName } from '../../src/validation/names';
import { checkMinimumLength, checkPassword, describePasswordPolicy } from '../../src/validation/password';
import { checkUsername } from '../../src/validation/username';

const ok = (problem: string | undefined) => assert.equal(problem, undefined);
const rejected = (problem: string | undefined, pattern: RegExp) => assert.match(problem ?? '(accepted)', pattern);

describe('validation', () => {
  describe('pool and app client names', () => {
    it('accepts Cognito name characters up to 128', () => {
      for (const name of ['my-pool', 'My Pool 2', 'a', 'x+y=z,w.v@u_t-s', 'a'.repeat(128)]) ok(checkPoolName(name));
      ok(checkAppClientName('web app'));
    });
    it('rejects empty, blank, too long and other characters', () => {
      rejected(checkPoolName(''), /Enter a pool name/);
      rejected(checkPoolName('   '), /only spaces/);
      rejected(checkPoolName('a'.repeat(129)), /at most 128 characters \(now 129\)/);
      rejected(checkPoolName('pool/1'), /can contain only/);
      rejected(checkPoolName('pool#'), /can contain only/);
      rejected(checkAppClientName('app*'), /app client name can contain only/);
      rejected(checkPoolName('no\u00a0break'), /can contain only/);
    });
  });

  describe('usernames', () => {
    it('accepts plain usernames, with Unicode letters and punctuation', () => {
      for (const name of ['alice', 'bob.smith@corp', 'zoë_42', 'a'.repeat(128)]) ok(checkUsername(name));
    });
    it('rejects empty, spaces and over 128 characters', () => {
      rejected(checkUsername(''), /Enter a username/);
      rejected(checkUsername('alice smith'), /cannot contain spaces/);
      rejected(checkUsername('a'.repeat(129)), /at most 128/);
    });
    it('wants an e-mail or phone number when the pool signs in with those', () => {
      ok(checkUsername('alice@example.com', 'email'));
      rejected(checkUsername('alice', 'email'), /e-mail address like/);
      ok(checkUsername('+14155550123', 'phone'));
      rejected(checkUsername('alice', 'phone'), /E\.164/);
      ok(checkUsername('+14155550123', 'emailOrPhone'));
      ok(checkUsername('a@b.io', 'emailOrPhone'));
      rejected(checkUsername('alice', 'emailOrPhone'), /e-mail address like/);
      ok(checkUsername('alice', 'usernameOrEmail'));
      rejected(checkUsername('alice@example.com', 'usernameOrEmail'), /e-mail address is an alias/);
      rejected(checkUsername(`${'a'.repeat(120)}@example.com`, 'email'), /at most 128/);
    });
  });

  describe('e-mail and phone', () => {
    it('checks e-mail form', () => {
      ok(checkEmail('a@example.com'));
      rejected(checkEmail(''), /Enter an e-mail/);
      for (const bad of ['a@b', 'a b@c.com', '@c.com', 'a@.com', 'a@c.c']) rejected(checkEmail(bad), /like name@example.com/);
    });
    it('checks E.164 phone numbers', () => {
      ok(checkPhoneNumber('+14155550123'));
      ok(checkPhoneNumber('+442071838750'));
      for (const bad of ['14155550123', '+0123', '+1 415 555', '+1234567890123456', '+']) rejected(checkPhoneNumber(bad), /E\.164/);
    });
    it('optional() accepts empty and still checks the rest', () => {
      ok(optional(checkEmail)(''));
      rejected(optional(checkEmail)('nope'), /like name@example.com/);
    });
  });

  describe('passwords against a policy', () => {
    const policy = COGNITO_DEFAULT_PASSWORD_POLICY;
    it('accepts a password meeting the default policy', () => {
      ok(checkPassword('Passw0rd!', policy));
      ok(checkPassword('Pass w0rdX', policy)); // an inner space counts as a symbol
    });
    it('names the first rule a password breaks, never the password', () => {
      rejected(checkPassword('Pa0!', policy), /at least 8 characters \(now 4\)/);
      rejected(checkPassword('password0!', policy), /upper-case/);
      rejected(checkPassword('PASSWORD0!', policy), /lower-case/);
      rejected(checkPassword('Password!!', policy), /number/);
      rejected(checkPassword('Password00', policy), /symbol/);
      rejected(checkPassword(' Passw0rd!', policy), /start or end with a space/);
      assert.doesNotMatch(checkPassword('Secretpass0', policy) ?? '', /Secretpass0/);
    });
    it('follows a relaxed policy', () => {
      const relaxed = { minimumLength: 6, requireUppercase: false, requireLowercase: true, requireNumbers: false, requireSymbols: false };
      ok(checkPassword('abcdef', relaxed));
      rejected(checkPassword('abcde', relaxed), /at least 6/);
    });
    it('checks minimum lengths 6–99 and describes policies', () => {
      ok(checkMinimumLength('6'));
      ok(checkMinimumLength('99'));
      rejected(checkMinimumLength('5'), /from 6 to 99/);
      rejected(checkMinimumLength('100'), /from 6 to 99/);
      rejected(checkMinimumLength('eight'), /whole number/);
      assert.equal(describePasswordPolicy(policy), '8+ characters, upper case, lower case, number, symbol');
    });
  });

  describe('endpoint', () => {
    it('allows https anywhere and http only on loopback', () => {
      for (const url of ['', 'https://cognito.example.com', 'http://127.0.0.1:9229', 'http://localhost:9229', 'http://[::1]:9229', 'http://127.0.0.2']) {
        ok(checkEndpoint(url));
      }
      rejected(checkEndpoint('http://10.0.0.5:9229'), /Plain http is allowed only for this machine/);
      rejected(checkEndpoint('ftp://127.0.0.1'), /http:\/\/ or https:\/\//);
      rejected(checkEndpoint('not a url'), /not a URL/);
    });
  });
});

describe('displayEndpoint', () => {
  it('never shows credentials embedded in an endpoint URL', () => {
    assert.equal(displayEndpoint('https://user:s3cret@cognito.example.com/'), 'https://cognito.example.com');
    assert.equal(displayEndpoint('http://127.0.0.1:9229'), 'http://127.0.0.1:9229');
  });
});
