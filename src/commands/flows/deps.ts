import type { SignInSession, SignInSessions } from '../../auth/signInSessions';
import type { RateLimiter } from '../../bulk/rateLimiter';
import type { ConnectionDirectory } from '../../connection/connections';
import type { TreeNode } from '../../tree/nodes';
import type { TreeUpdates } from '../../tree/treeUpdates';
import type { ViewModel } from '../../shared/views/viewModel';
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

/** Opens a read-only view of what model() reads; its Refresh button reads it again. */
export interface DetailsView {
  /** `subject`: the tree node the view shows (a user, pool or app client): its key lets a change reach the
   *  view, and the view's buttons run their commands on it as the tree's menus do. */
  show(title: string, model: () => Promise<ViewModel>, subject: TreeNode): Promise<void>;
  /** Renders again every open view of this subject (its tree key): what it shows was changed from this window. */
  changed(subject: string): void;
}

/** Where a sign-in's tokens are shown (the Tokens view). */
export interface TokensView {
  show(session: SignInSession): Promise<void>;
}
