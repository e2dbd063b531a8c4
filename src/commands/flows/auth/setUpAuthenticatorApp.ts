import type { SignInSession } from '../../../auth/signInSessions';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { setUpAuthenticator, wasSetUpDuringSignIn, type AuthenticatorUser } from './authenticatorSetUp';
import { signInAsUser, type SignInTarget } from './signInAsUser';

// Set Up Authenticator App (TOTP) for a user:
//   on a user node: Sign In as User first (its own steps; a pool that requires MFA asks for MFA_SETUP there,
//   which sets the authenticator up and ends the command); on a sign-in (the Tokens view): nothing before.
//   Then authenticatorSetUp.ts's steps (1. the app's code  2. remember it?) with the sign-in's access token,
//   and SetUserMFAPreference: the authenticator app enabled and preferred.

const TITLE = 'Set Up Authenticator App';

/** From a user node: signs the user in (Sign In as User), then sets up an authenticator with the new access token. */
export async function setUpAuthenticatorForUser(deps: FlowDeps, target: SignInTarget): Promise<void> {
  const session = await signInAsUser(deps, target);
  if (wasSetUpDuringSignIn(session)) return;
  await setUpAuthenticatorApp(deps, session);
}

/** On a sign-in: sets up an authenticator for its user with its access token. */
export async function setUpAuthenticatorApp(deps: FlowDeps, session: SignInSession): Promise<void> {
  const user: AuthenticatorUser = { connectionId: session.connectionId, userPoolId: session.client.userPoolId, poolName: session.poolName, username: session.username };
  const accessToken = session.tokens.accessToken;
  await runFlow<object, void>({
    title: TITLE,
    given: {},
    steps: [],
    execute: async (_answers, steps) => {
      await setUpAuthenticator(deps, user, { accessToken }, steps, () =>
        deps.feedback.progress(`Making the authenticator app ${user.username}'s preferred second factor…`, () => deps.connections.cognito(user.connectionId).mfa.preferSoftwareToken(accessToken)),
      );
      deps.log.info(`Set up an authenticator app for ${user.username}`);
      void deps.feedback.info(`The authenticator app is set up for ${user.username}: Cognito asks it for a code at each sign-in.`);
    },
  });
}
