import * as assert from 'node:assert/strict';
import { checkConfigurationSet, checkExternalId, checkFromAddress, checkReplyTo, checkSesIdentityArn, checkSmsRoleArn, fromAddressOf } from '../../src/validation/messaging';

// The e-mail and SMS sending checks at their boundaries (validation/messaging.ts names each rule's source).

describe('e-mail and SMS sending validation', () => {
  it('takes an SES identity ARN (address or domain, any partition) and nothing else', () => {
    assert.equal(checkSesIdentityArn('arn:aws:ses:eu-west-1:123456789012:identity/example.com'), undefined);
    assert.equal(checkSesIdentityArn('arn:aws-us-gov:ses:us-gov-west-1:123456789012:identity/no-reply@example.com'), undefined);
    assert.ok(checkSesIdentityArn(''));
    assert.ok(checkSesIdentityArn('arn:aws:iam::123456789012:role/x'));
    assert.ok(checkSesIdentityArn('arn:aws:ses:eu-west-1:12345678901:identity/example.com'), 'an 11-digit account');
    assert.ok(checkSesIdentityArn('arn:aws:ses:eu-west-1:123456789012:identity/'));
  });

  it('takes a From of the identity’s address or domain, alone or with a name', () => {
    const domain = checkFromAddress('arn:aws:ses:eu-west-1:123456789012:identity/example.com');
    assert.equal(domain('no-reply@example.com'), undefined);
    assert.equal(domain('Example Shop <No-Reply@Example.com>'), undefined);
    assert.ok(domain('no-reply@example.org'));
    assert.ok(domain('Example Shop'));
    assert.ok(domain(''));
    const address = checkFromAddress('arn:aws:ses:eu-west-1:123456789012:identity/me@example.com');
    assert.equal(address('Me <me@example.com>'), undefined);
    assert.match(address('you@example.com') ?? '', /use me@example\.com/);
    assert.equal(fromAddressOf('A <a@b.example>'), 'a@b.example');
  });

  it('takes an optional reply-to address and configuration set of 1–64 of [a-zA-Z0-9_-]', () => {
    assert.equal(checkReplyTo(''), undefined);
    assert.equal(checkReplyTo('help@example.com'), undefined);
    assert.ok(checkReplyTo('help.example.com'));
    assert.equal(checkConfigurationSet(''), undefined);
    assert.equal(checkConfigurationSet('a'.repeat(64)), undefined);
    assert.ok(checkConfigurationSet('a'.repeat(65)));
    assert.ok(checkConfigurationSet('has.dot'));
  });

  it('takes an IAM role for SMS, and an external id of 2–1224 of STS’s characters', () => {
    assert.equal(checkSmsRoleArn('arn:aws:iam::123456789012:role/service-role/CognitoSms'), undefined);
    assert.ok(checkSmsRoleArn(''));
    assert.ok(checkSmsRoleArn('arn:aws:iam::123456789012:user/CognitoSms'));
    assert.equal(checkExternalId(''), undefined);
    assert.ok(checkExternalId('x'));
    assert.equal(checkExternalId('xy'), undefined);
    assert.equal(checkExternalId('e'.repeat(1224)), undefined);
    assert.ok(checkExternalId('e'.repeat(1225)));
    assert.ok(checkExternalId('has space'));
  });
});
