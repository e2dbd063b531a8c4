import type { SignInSession, SignInSessions } from '../../auth/signInSessions';
import type { RateLimiter } from '../../bulk/rateLimiter';
import type { ConnectionDirectory } from '../../connection/connections';
import type { TreeUpdates } from '../../tree/treeUpdates';
import type { ActivityLog, Clipboard, Feedback, Links } from '../../ui/feedback';
import type { Prompter } from '../../ui/prompter';

/** Everything a flow needs, so unit tests can script each part. A flow calls Cognito through the
 *  connection of the node it runs on (or the one the person picks): `connections.cognito(id)`. */
export interface FlowDeps {
  prompter: Prompter;
  connections: ConnectionDirectory;
  feedback: Feedback;
  clipboard: Clipboard;
  links: Links;
  tree: TreeUpdates;
  /** Operations and challenge names only: never a parameter, password or token. */
  log: ActivityLog;
  /** The sign-ins of this window, in memory. */
  signIns: SignInSessions;
  tokensView: TokensView;
  /** Paces every many-at-once action per connection and quota category. */
  limiter: RateLimiter;
  /** The read-only details views (user, pool, app client). */
  details: DetailsView;
}

/** Opens a read-only document whose text render() makes; its Refresh button renders it again. */
export interface DetailsView {
  /** `subject`: the tree key of what the view shows (a user, pool or app client), so a change can reach it. */
  show(title: string, render: () => Promise<string>, subject: string): Promise<void>;
  /** Renders again every open view of this subject: what it shows was changed from this window. */
  changed(subject: string): void;
}

/** Where a sign-in's tokens are shown (the Tokens view). */
export interface TokensView {
  show(session: SignInSession): Promise<void>;
}
