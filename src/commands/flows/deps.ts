import type { SignInSession, SignInSessions } from '../../auth/signInSessions';
import type { ConnectionDirectory } from '../../connection/connections';
import type { TreeUpdates } from '../../tree/treeUpdates';
import type { ActivityLog, Clipboard, Feedback } from '../../ui/feedback';
import type { Prompter } from '../../ui/prompter';

/** Everything a flow needs, so unit tests can script each part. A flow calls Cognito through the
 *  connection of the node it runs on (or the one the person picks): `connections.cognito(id)`. */
export interface FlowDeps {
  prompter: Prompter;
  connections: ConnectionDirectory;
  feedback: Feedback;
  clipboard: Clipboard;
  tree: TreeUpdates;
  /** Operations and challenge names only: never a parameter, password or token. */
  log: ActivityLog;
  /** The sign-ins of this window, in memory. */
  signIns: SignInSessions;
  tokensView: TokensView;
}

/** Where a sign-in's tokens are shown (the Tokens view). */
export interface TokensView {
  show(session: SignInSession): Promise<void>;
}
