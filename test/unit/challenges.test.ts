import * as assert from 'node:assert/strict';
import { answerFor } from '../../src/commands/flows/auth/challenges';
import { checkCode } from '../../src/validation/oneTimeCode';
import { CognitoError } from '../../src/shared/errors';
import { COGNITO_DEFAULT_PASSWORD_POLICY } from '../../src/shared/types';
import { stepsAfter } from '../../src/commands/flows/steps';
import { ScriptedPrompter, type Answer } from '../support/scriptedPrompter';
import { asked } from '../support/transcript';

// Each challenge Cognito can ask during a sign-in: the box or pick it gets, word for word, the answer
// it sends back, and the sentence that ends a sign-in this extension cannot finish.

async function answer(challenge: string, parameters: Record<string, string>, answers: Answer[]) {
  const prompter = new ScriptedPrompter(answers);
  const steps = stepsAfter('Sign In as alice', 1); // the password, asked before any challenge
  const responses = await answerFor({ kind: 'challenge', challenge, session: 's', parameters } as Parameters<typeof answerFor>[0], {
    prompter,
    steps,
    username: 'alice',
    passwordPolicy: async () => ({ ...COGNITO_DEFAULT_PASSWORD_POLICY, minimumLength: 10 }),
  });
  prompter.assertDone();
  return { responses, asked: asked({ prompter }) };
}

async function refusal(challenge: string, parameters: Record<string, string> = {}): Promise<string> {
  try {
    await answer(challenge, parameters, []);
  } catch (error) {
    assert.ok(error instanceof CognitoError && error.kind === 'signInRefused', String(error));
    return error.message;
  }
  assert.fail('the challenge should end the sign-in');
}

describe('sign-in challenges', () => {
  it('asks for an authenticator, SMS or e-mail code as one more step, and sends it trimmed', async () => {
    assert.deepEqual(await answer('SOFTWARE_TOKEN_MFA', {}, [{ input: ' 123456 ' }]), {
      responses: { SOFTWARE_TOKEN_MFA_CODE: '123456' },
      asked: ['input 2/2 Sign In as alice: The 6-digit code from the authenticator app — placeholder: 123456'],
    });
    assert.deepEqual(await answer('SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******0100' }, [{ input: '654321' }]), {
      responses: { SMS_MFA_CODE: '654321' },
      asked: ['input 2/2 Sign In as alice: The 6-digit code sent by SMS to +*******0100 — placeholder: 123456'],
    });
    assert.deepEqual((await answer('SMS_MFA', {}, [{ input: '654321' }])).asked, ['input 2/2 Sign In as alice: The 6-digit code sent by SMS — placeholder: 123456']);
    assert.deepEqual(await answer('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***@e***' }, [{ input: '12345678' }]), {
      responses: { EMAIL_OTP_CODE: '12345678' },
      asked: ['input 2/2 Sign In as alice: The code sent by e-mail to a***@e*** (6 or 8 digits) — placeholder: 123456'],
    });
    assert.deepEqual((await answer('EMAIL_OTP', {}, [{ input: '123456' }])).asked, ['input 2/2 Sign In as alice: The code sent by e-mail (6 or 8 digits) — placeholder: 123456']);
    assert.deepEqual(await answer('SMS_OTP', { CODE_DELIVERY_DESTINATION: '+*******0177' }, [{ input: ' 87654321' }]), {
      responses: { SMS_OTP_CODE: '87654321' },
      asked: ['input 2/2 Sign In as alice: The code sent by SMS to +*******0177 (6 or 8 digits) — placeholder: 123456'],
    });
  });

  it('checks each code box as it is typed: 6 digits from an authenticator app or SMS MFA, 6 or 8 for one-time codes', async () => {
    for (const good of ['123456', ' 654321 ']) assert.equal(checkCode(good), undefined, good);
    for (const bad of ['12345', '1234567', '12345678', '123456789', '12a456', '12 456', '']) assert.equal(checkCode(bad), 'Enter the 6-digit code.', bad);
    for (const good of ['123456', ' 12345678 ']) assert.equal(checkCode(good, [6, 8]), undefined, good);
    for (const bad of ['12345', '1234567', '123456789', '1234567a', '']) assert.equal(checkCode(bad, [6, 8]), 'Enter the 6- or 8-digit code.', bad);
    // The box of each challenge uses its own lengths.
    await assert.rejects(answer('SOFTWARE_TOKEN_MFA', {}, [{ input: '12345678' }]), /rejected by the box's validation: Enter the 6-digit code\./);
    await assert.rejects(answer('SMS_MFA', {}, [{ input: '12345678' }]), /Enter the 6-digit code\./);
    await assert.rejects(answer('EMAIL_OTP', {}, [{ input: '1234567' }]), /Enter the 6- or 8-digit code\./);
    await assert.rejects(answer('SMS_OTP', {}, [{ input: '123' }]), /Enter the 6- or 8-digit code\./);
    assert.deepEqual((await answer('EMAIL_OTP', {}, [{ input: '12345678' }])).responses, { EMAIL_OTP_CODE: '12345678' });
  });

  it('asks for a new password against the pool’s policy, masked, then each required attribute the user lacks', async () => {
    const { responses, asked: lines } = await answer('NEW_PASSWORD_REQUIRED', { requiredAttributes: JSON.stringify(['userAttributes.email', 'userAttributes.phone_number', 'userAttributes.name']) }, [
      { input: 'Correct-Horse-1' },
      { input: 'alice@example.com' },
      { input: '+14155550100' },
      { input: ' Alice ' },
    ]);
    assert.deepEqual(responses, {
      NEW_PASSWORD: 'Correct-Horse-1',
      'userAttributes.email': 'alice@example.com',
      'userAttributes.phone_number': '+14155550100',
      'userAttributes.name': 'Alice',
    });
    assert.deepEqual(lines, [
      'input 2/2 Sign In as alice: alice must choose a new password (10+ characters, upper case, lower case, number, symbol) — masked',
      'input 3/3 Sign In as alice: The pool requires email for alice',
      'input 4/4 Sign In as alice: The pool requires phone_number for alice',
      'input 5/5 Sign In as alice: The pool requires name for alice',
    ]);
  });

  it('checks each required attribute as it is typed', async () => {
    const attempt = (name: string, value: string) => answer('NEW_PASSWORD_REQUIRED', { requiredAttributes: JSON.stringify([`userAttributes.${name}`]) }, [{ input: 'Correct-Horse-1' }, { input: value }]);
    await assert.rejects(attempt('email', 'not-an-email'), /e-mail address/);
    await assert.rejects(attempt('phone_number', '0155 555'), /E\.164/);
    await assert.rejects(attempt('name', '  '), /Enter a value for name\./);
    await assert.rejects(attempt('name', 'x'.repeat(2049)), /name can be at most 2048 characters\./);
    assert.deepEqual((await attempt('name', 'x'.repeat(2048))).responses['userAttributes.name'].length, 2048);
  });

  it('refuses a new password that breaks the policy, and reads no required attribute from a broken list', async () => {
    await assert.rejects(answer('NEW_PASSWORD_REQUIRED', {}, [{ input: 'short' }]), /rejected by the box's validation/);
    for (const requiredAttributes of ['not json', '{"a":1}', '[1, 2]', '']) {
      const { asked: lines } = await answer('NEW_PASSWORD_REQUIRED', { requiredAttributes }, [{ input: 'Correct-Horse-1' }]);
      assert.equal(lines.length, 1, requiredAttributes);
    }
  });

  it('lets the user choose among the second factors it can answer', async () => {
    const { responses, asked: lines } = await answer('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: JSON.stringify(['SMS_MFA', 'WEB_AUTHN', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']) }, [{ pick: 'Authenticator app' }]);
    assert.deepEqual(responses, { ANSWER: 'SOFTWARE_TOKEN_MFA' });
    assert.deepEqual(lines, ['pick 2/2 Sign In as alice: How should alice confirm the sign-in? — items: Text message (SMS) (SMS_MFA) | Authenticator app (SOFTWARE_TOKEN_MFA) | E-mail (EMAIL_OTP)']);
  });

  it('ends the sign-in with a sentence for what it cannot answer', async () => {
    assert.equal(await refusal('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: JSON.stringify(['WEB_AUTHN']) }), 'Cognito offered no second factor this extension can answer; sign in from your app instead.');
    assert.equal(await refusal('SELECT_MFA_TYPE'), 'Cognito offered no second factor this extension can answer; sign in from your app instead.');
    assert.equal(
      await refusal('MFA_SETUP'),
      'alice must set up multi-factor authentication (an authenticator app) before signing in; do that once from your app, then sign in here.',
    );
    assert.equal(await refusal('CUSTOM_CHALLENGE'), "This app client's custom authentication (Lambda) challenge cannot be answered here; sign in from your app.");
    assert.equal(await refusal('DEVICE_SRP_AUTH'), 'Cognito asked for the DEVICE_SRP_AUTH challenge, which this extension cannot answer; sign in from your app.');
  });
});
