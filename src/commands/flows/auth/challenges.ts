import { CognitoError } from '../../../shared/errors';
import type { AuthStep, PasswordPolicy } from '../../../shared/types';
import type { PickItem, Prompter } from '../../../ui/prompter';
import { checkEmail, checkPhoneNumber } from '../../../validation/contact';
import { checkCode } from '../../../validation/oneTimeCode';
import { checkPassword, describePasswordPolicy } from '../../../validation/password';
import type { StepsAfter } from '../steps';

// One input box (or pick) per challenge Cognito asks during a sign-in, validated as typed; the answer
// goes back as ChallengeResponses. Setting up an authenticator app (MFA_SETUP) runs Set Up Authenticator
// App's steps; a remembered authenticator answers SOFTWARE_TOKEN_MFA with its code. Challenges that need
// more (custom Lambda challenges) end the flow with a sentence that says what the user must do.

type Challenge = Extract<AuthStep, { kind: 'challenge' }>;

export interface ChallengeContext {
  prompter: Prompter;
  /** Each box is one more step after the sign-in's own. */
  steps: StepsAfter;
  username: string;
  /** Read only when a new password is asked for. */
  passwordPolicy: () => Promise<PasswordPolicy>;
  /** Cognito refused the code typed for this same challenge: the sentence that opens the box asked again. */
  refused?: string;
  /** MFA_SETUP: sets up an authenticator app with the challenge's Session; answers the Session to reply with. */
  setUpAuthenticator?: (session: string) => Promise<string | undefined>;
  /** SOFTWARE_TOKEN_MFA: the current code of the user's remembered authenticator, if one is remembered. */
  rememberedCode?: () => Promise<string | undefined>;
}

/** How a challenge is answered: its responses, the Session to send them with, and whether a code was made here. */
export interface ChallengeReply {
  responses: Record<string, string>;
  /** Replaces the challenge's Session (MFA_SETUP answers with VerifySoftwareToken's). */
  session?: string;
  /** The code came from the remembered authenticator, not from a box. */
  generated?: boolean;
}

/** MFA_SETUP, and SOFTWARE_TOKEN_MFA with a remembered authenticator; any other challenge as answerFor() does. */
export async function replyTo(step: Challenge, context: ChallengeContext): Promise<ChallengeReply> {
  // MFAS_CAN_SETUP lists the factors the user may set up; an authenticator app is SOFTWARE_TOKEN_MFA.
  const canSetUp = step.parameters.MFAS_CAN_SETUP === undefined || jsonList(step.parameters.MFAS_CAN_SETUP).includes('SOFTWARE_TOKEN_MFA');
  if (step.challenge === 'MFA_SETUP' && context.setUpAuthenticator && step.session !== undefined && canSetUp) {
    return { responses: {}, session: await context.setUpAuthenticator(step.session) };
  }
  // After a refused code (the remembered secret is stale), the person types one.
  if (step.challenge === 'SOFTWARE_TOKEN_MFA' && context.rememberedCode && !context.refused) {
    const code = await context.rememberedCode();
    if (code !== undefined) return { responses: { SOFTWARE_TOKEN_MFA_CODE: code }, generated: true };
  }
  return { responses: await answerFor(step, context) };
}

const CODE_PROMPTS: Record<string, { response: string; prompt: (parameters: Record<string, string>) => string }> = {
  SOFTWARE_TOKEN_MFA: { response: 'SOFTWARE_TOKEN_MFA_CODE', prompt: () => 'The 6-digit code from the authenticator app' },
  SMS_MFA: { response: 'SMS_MFA_CODE', prompt: (p) => `The 6-digit code sent by SMS${p.CODE_DELIVERY_DESTINATION ? ` to ${p.CODE_DELIVERY_DESTINATION}` : ''}` },
  EMAIL_OTP: { response: 'EMAIL_OTP_CODE', prompt: (p) => `The code sent by e-mail${p.CODE_DELIVERY_DESTINATION ? ` to ${p.CODE_DELIVERY_DESTINATION}` : ''} (6 or 8 digits)` },
  SMS_OTP: { response: 'SMS_OTP_CODE', prompt: (p) => `The code sent by SMS${p.CODE_DELIVERY_DESTINATION ? ` to ${p.CODE_DELIVERY_DESTINATION}` : ''} (6 or 8 digits)` },
};

/**
 * Digits per code. Authenticator apps (TOTP) and SMS MFA send 6. For the one-time codes of e-mail (MFA or a
 * first factor) and of SMS as a first factor, no challenge parameter tells the length (Cognito sends
 * CODE_DELIVERY_DELIVERY_MEDIUM and CODE_DELIVERY_DESTINATION only, RespondToAuthChallenge in the API reference)
 * and the pool's message only places the code ({####}, EmailMfaConfigType); AWS's guide to e-mail and SMS codes,
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa-sms-email-message.html, does
 * not fix one for every pool either, so 6 or 8 digits are taken and the box says so.
 */
const CODE_LENGTHS: Record<string, readonly number[]> = { SOFTWARE_TOKEN_MFA: [6], SMS_MFA: [6], EMAIL_OTP: [6, 8], SMS_OTP: [6, 8] };

const MFA_LABELS: Record<string, string> = {
  SOFTWARE_TOKEN_MFA: 'Authenticator app',
  SMS_MFA: 'Text message (SMS)',
  EMAIL_OTP: 'E-mail',
};

/** A challenge answered with a code typed in a box (a wrong one may be typed again). */
export function isCodeChallenge(challenge: string): boolean {
  return challenge in CODE_PROMPTS;
}

export async function answerFor(step: Challenge, context: ChallengeContext): Promise<Record<string, string>> {
  const { prompter, steps } = context;
  const code = CODE_PROMPTS[step.challenge];
  if (code) {
    const lengths = CODE_LENGTHS[step.challenge] ?? [6];
    const prompt = context.refused ? `${context.refused} ${code.prompt(step.parameters)}` : code.prompt(step.parameters);
    const value = await prompter.input({ ...steps.next(), prompt, placeholder: '123456', validate: (typed) => checkCode(typed, lengths) });
    return { [code.response]: value.trim() };
  }
  switch (step.challenge) {
    case 'NEW_PASSWORD_REQUIRED':
      return newPassword(step, context);
    case 'SELECT_MFA_TYPE': {
      const choices = jsonList(step.parameters.MFAS_CAN_CHOOSE).filter((m) => MFA_LABELS[m]);
      if (choices.length === 0) throw stop('Cognito offered no second factor this extension can answer; sign in from your app instead.');
        const answer = await prompter.pick(
        choices.map((m): PickItem<string> => ({ label: MFA_LABELS[m], description: m, value: m })),
        { ...steps.next(), placeholder: `How should ${context.username} confirm the sign-in?` },
      );
      return { ANSWER: answer };
    }
    case 'MFA_SETUP':
      // replyTo() sets up an authenticator app; here only when it cannot (no Session, or not offered).
      throw stop(`${context.username} must set up multi-factor authentication (an authenticator app) before signing in; do that once from your app, then sign in here.`);
    case 'CUSTOM_CHALLENGE':
      throw stop("This app client's custom authentication (Lambda) challenge cannot be answered here; sign in from your app.");
    default:
      throw stop(`Cognito asked for the ${step.challenge} challenge, which this extension cannot answer; sign in from your app.`);
  }
}

async function newPassword(step: Challenge, context: ChallengeContext): Promise<Record<string, string>> {
  const { prompter, steps } = context;
  const policy = await context.passwordPolicy();
  const password = await prompter.input({
    ...steps.next(),
    prompt: `${context.username} must choose a new password (${describePasswordPolicy(policy)})`,
    password: true,
    validate: (value) => checkPassword(value, policy),
  });
  const responses: Record<string, string> = { NEW_PASSWORD: password };
  // Required attributes the user does not have yet, as "userAttributes.<name>".
  for (const key of jsonList(step.parameters.requiredAttributes)) {
    const name = key.replace(/^userAttributes\./, '');
    const value = await prompter.input({ ...steps.next(), prompt: `The pool requires ${name} for ${context.username}`, validate: attributeCheck(name) });
    responses[`userAttributes.${name}`] = value.trim();
  }
  return responses;
}

function attributeCheck(name: string): (value: string) => string | undefined {
  if (name === 'email') return checkEmail;
  if (name === 'phone_number') return checkPhoneNumber;
  return (value) => (value.trim() === '' ? `Enter a value for ${name}.` : value.length > 2048 ? `${name} can be at most 2048 characters.` : undefined);
}

function jsonList(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function stop(sentence: string): CognitoError {
  return new CognitoError(sentence, 'signInRefused');
}
