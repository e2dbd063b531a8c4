import type { AuthenticatorKey } from '../../../shared/rememberedAuthenticators';
import { NothingToPick } from '../../../ui/prompter';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';

// A test user's remembered authenticator (kept in VS Code's secret storage at Set Up Authenticator App, when
// the person said so): its current code answers SOFTWARE_TOKEN_MFA at sign-in, Copy TOTP Code puts it on the
// clipboard, Forget Authenticator deletes the secret. The secret and the codes are never logged or shown.

/** The current code of the user's remembered authenticator, or undefined when none is remembered. */
export async function rememberedCode(deps: FlowDeps, key: AuthenticatorKey): Promise<string | undefined> {
  const secret = await deps.authenticators.secret(key);
  return secret === undefined ? undefined : deps.authenticatorKit.code(secret, deps.now?.() ?? new Date()).code;
}

/** Copy TOTP Code: the code on the clipboard, and for how many more seconds it is valid. */
export async function copyTotpCode(deps: FlowDeps, key: AuthenticatorKey): Promise<void> {
  const secret = await deps.authenticators.secret(key);
  if (secret === undefined) throw new NothingToPick(`No authenticator is remembered for ${key.username}; run "Set Up Authenticator App…" on the user and choose to remember it.`);
  const { code, secondsLeft } = deps.authenticatorKit.code(secret, deps.now?.() ?? new Date());
  await deps.clipboard.writeText(code);
  deps.feedback.status(`$(check) Copied the authenticator code of ${key.username}: valid for ${secondsLeft} more second${secondsLeft === 1 ? '' : 's'}`);
}

/** Forget Authenticator: deletes the remembered secret, after a confirmation. The user's MFA settings in Cognito stay. */
export async function forgetAuthenticator(deps: FlowDeps, key: AuthenticatorKey): Promise<void> {
  if (!deps.authenticators.has(key)) throw new NothingToPick(`No authenticator is remembered for ${key.username}.`);
  await runFlow<object, void>({
    title: 'Forget Authenticator',
    given: {},
    steps: [
      {
        confirm: () =>
          deps.prompter.confirm({
            message: `Forget the authenticator remembered for ${key.username}?`,
            detail: `VS Code's secret storage drops its secret: signing in as ${key.username} then asks for the code from the authenticator app. ${key.username}'s MFA settings in Cognito do not change.`,
            action: 'Forget',
          }),
      },
    ],
    execute: async () => {
      await deps.authenticators.forget(key);
      deps.log.info(`Forgot the authenticator remembered for ${key.username}`);
      deps.feedback.status(`$(check) Forgot the authenticator of ${key.username}`);
    },
  });
}
