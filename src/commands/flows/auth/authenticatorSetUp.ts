import type { SignInSession } from '../../../auth/signInSessions';
import { checkTotpCode } from '../../../auth/totp';
import { authenticatorId, type AuthenticatorKey } from '../../../shared/rememberedAuthenticators';
import type { MfaProof } from '../../../shared/types';
import type { PickItem } from '../../../ui/prompter';
import { authenticatorModel, authenticatorQrAlt, authenticatorTitle, type AuthenticatorSetUp } from '../../../views/models/authenticatorModel';
import { userKey } from '../../../tree/nodes';
import type { FlowDeps } from '../deps';
import type { StepsAfter } from '../steps';

// Setting up an authenticator app (TOTP), for Set Up Authenticator App (setUpAuthenticatorApp.ts) and for a
// sign-in's MFA_SETUP challenge (signInAsUser.ts): AssociateSoftwareToken, the "Authenticator app for
// <username>" view with the otpauth:// URI as a QR code and the secret as text, a box for the app's code, a
// pick: remember it in VS Code? (default No), then VerifySoftwareToken. Esc at the box or the pick sends nothing after AssociateSoftwareToken, which enables
// nothing by itself: the user stays without an authenticator. MFA_SETUP proves the user with the challenge's
// Session in place of an access token, and VerifySoftwareToken's Session goes back to RespondToAuthChallenge.

/** What VerifySoftwareToken names the authenticator in the user's MFA settings. */
export const FRIENDLY_DEVICE_NAME = 'Authenticator app (set up from VS Code)';

/** The user an authenticator is set up for, and the pool name its app shows as the issuer. */
export interface AuthenticatorUser extends AuthenticatorKey {
  poolName: string;
}

/** Sign-ins that set up an authenticator on the way (MFA_SETUP): the command stops after them. */
const setUpDuringSignIn = new WeakSet<SignInSession>();

export function markSetUpDuringSignIn(session: SignInSession): void {
  setUpDuringSignIn.add(session);
}

export function wasSetUpDuringSignIn(session: SignInSession): boolean {
  return setUpDuringSignIn.has(session);
}

/**
 * AssociateSoftwareToken, the view with the QR code, the code box and the remember pick, VerifySoftwareToken.
 * `verified` runs after a verified code (SetUserMFAPreference). Answers VerifySoftwareToken's Session (for
 * MFA_SETUP). The view drops the secret when this ends, either way.
 */
export async function setUpAuthenticator(deps: FlowDeps, user: AuthenticatorUser, proof: MfaProof, steps: StepsAfter, verified: () => Promise<void> = async () => undefined): Promise<{ session?: string }> {
  const { prompter, feedback } = deps;
  const cognito = deps.connections.cognito(user.connectionId);
  const associated = await feedback.progress(`Starting the authenticator set-up for ${user.username}…`, () => cognito.mfa.associateSoftwareToken(proof));
  const secret = associated.secretCode;
  const uri = deps.authenticatorKit.uri(user.poolName, user.username, secret);
  const qr = deps.authenticatorKit.qrImage('qr', uri, authenticatorQrAlt(user.username));
  let state: AuthenticatorSetUp = { phase: 'scan', qr, secret };
  const viewKey = `authenticator:${authenticatorId(user)}`;
  await deps.authenticatorView.show(viewKey, authenticatorTitle(user.username), () => authenticatorModel(user, state));
  try {
    const code = await prompter.input({
      ...steps.next(),
      prompt: `The 6-digit code your authenticator app shows for ${user.username} (scan the QR code in "${authenticatorTitle(user.username)}" first)`,
      placeholder: '123456',
      validate: checkTotpCode,
    });
    const remember = await prompter.pick<boolean>(
      [
        { label: 'No', detail: 'Type the code from the app at each sign-in', value: false },
        { label: 'Yes, remember it', detail: "Keeps the secret in VS Code's secret storage: signing in here answers with its code, and Copy TOTP Code copies it", value: true },
      ] satisfies PickItem<boolean>[],
      { ...steps.next(), placeholder: "Remember this authenticator in VS Code's secret storage for later sign-ins?" },
    );
    const answer = await feedback.progress(`Checking the code for ${user.username}…`, () =>
      cognito.mfa.verifySoftwareToken({ ...(proof.session !== undefined ? { session: associated.session ?? proof.session } : { accessToken: proof.accessToken }), code: code.trim(), friendlyDeviceName: FRIENDLY_DEVICE_NAME }),
    );
    await verified();
    if (remember) await deps.authenticators.remember(user, secret);
    state = { phase: 'done', remembered: remember };
    deps.details.changed(userKey(user.connectionId, user.userPoolId, user.username)); // User Details shows the MFA
    return answer;
  } finally {
    if (state.phase === 'scan') state = { phase: 'stopped' };
    deps.authenticatorView.changed(viewKey);
  }
}
