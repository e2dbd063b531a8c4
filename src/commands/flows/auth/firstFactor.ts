import { CognitoError } from '../../../shared/errors';
import type { ChosenFactor, CognitoApi, FirstAuthFactor, SignInFactor, UserPool } from '../../../shared/types';
import type { PickItem, Prompter, StepInfo } from '../../../ui/prompter';

// The first factor of a choice-based sign-in (USER_AUTH): picked before anything is sent, among what the
// POOL allows (DescribeUserPool's Policies.SignInPolicy.AllowedFirstAuthFactors), or left to Cognito, which
// then answers SELECT_CHALLENGE with the factors this user has (AvailableChallenges), picked the same way.
// Passkeys (WEB_AUTHN) need a browser's WebAuthn API, so picking one ends the sign-in with a sentence and
// no call to AWS.

/** Cognito offers the choices: USER_AUTH without PREFERRED_CHALLENGE. */
export const OFFERED = 'OFFERED';
/** A factor this extension can answer: every one but the passkey. */
export type AnswerableFactor = Exclude<SignInFactor, 'WEB_AUTHN'>;
export type FactorPick = AnswerableFactor | typeof OFFERED;

const FACTOR_ITEMS: Record<SignInFactor, Omit<PickItem<SignInFactor>, 'value'>> = {
  PASSWORD_SRP: { label: 'Password, proven by SRP', description: 'PASSWORD_SRP', detail: 'The password never leaves this computer' },
  PASSWORD: { label: 'Password', description: 'PASSWORD', detail: 'The password is sent to Cognito (over TLS)' },
  EMAIL_OTP: { label: 'A code sent by e-mail', description: 'EMAIL_OTP' },
  SMS_OTP: { label: 'A code sent by text message (SMS)', description: 'SMS_OTP' },
  WEB_AUTHN: { label: 'A passkey', description: 'WEB_AUTHN', detail: 'Needs a browser: use managed login' },
};

const ORDER: SignInFactor[] = ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

/**
 * What the factor pick offers for a pool. PASSWORD is always allowed (SignInPolicyType), even when the
 * endpoint does not report it (a pool without a sign-in policy, or an emulator that leaves the member out),
 * and a password may be sent or proven by SRP, so both are offered; then the pool's other factors.
 */
export function offeredFactors(allowed: readonly FirstAuthFactor[] | undefined): SignInFactor[] {
  const pool = new Set<SignInFactor>(['PASSWORD', 'PASSWORD_SRP', ...(allowed ?? [])]);
  return ORDER.filter((factor) => pool.has(factor));
}

/** The first factor, after the username and app client: the pool's factors and "Let Cognito offer the choices". */
export async function pickFirstFactor(prompter: Prompter, cognito: CognitoApi, pool: UserPool, username: string, step: StepInfo): Promise<FactorPick> {
  const items = cognito.pools.describe(pool.id).then((details): PickItem<FactorPick | 'WEB_AUTHN'>[] => [
    ...offeredFactors(details.settings?.firstFactors).map((factor) => ({ ...FACTOR_ITEMS[factor], value: factor })),
    { label: 'Let Cognito offer the choices', description: 'SELECT_CHALLENGE', detail: `Cognito lists the factors ${username} can use`, value: OFFERED },
  ]);
  const picked = await prompter.pick<FactorPick | 'WEB_AUTHN'>(items, { ...step, placeholder: `How does ${username} sign in first?` });
  if (picked === 'WEB_AUTHN') throw passkeyStop(username);
  return picked;
}

/** SELECT_CHALLENGE's second pick, among the factors Cognito offers this user (those it knows, in its order). */
export async function pickOfferedFactor(prompter: Prompter, available: readonly string[], username: string, step: StepInfo): Promise<AnswerableFactor> {
  const known = available.filter((name): name is SignInFactor => name in FACTOR_ITEMS);
  if (known.length === 0) throw new CognitoError(`Cognito offered ${username} no first factor this extension can answer; sign in from your app instead.`, 'signInRefused');
  const picked = await prompter.pick(
    known.map((factor) => ({ ...FACTOR_ITEMS[factor], value: factor })),
    { ...step, placeholder: `Cognito offers these to ${username}: which one?` },
  );
  if (picked === 'WEB_AUTHN') throw passkeyStop(username);
  return picked;
}

export function needsPassword(factor: FactorPick): boolean {
  return factor === 'PASSWORD' || factor === 'PASSWORD_SRP';
}

/** The factor as sent: the password goes with the two password factors only. */
export function chosenFactor(factor: AnswerableFactor, password: string | undefined): ChosenFactor {
  if (factor === 'PASSWORD' || factor === 'PASSWORD_SRP') return { factor, password: password ?? '' };
  return { factor };
}

function passkeyStop(username: string): CognitoError {
  return new CognitoError(`Passkeys need a browser, so sign in as ${username} with a passkey through the pool's managed login, not here.`, 'signInRefused');
}
