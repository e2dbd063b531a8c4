import type { SignInSession, SignInSessions } from '../../auth/signInSessions';
import type { RateLimiter } from '../../bulk/rateLimiter';
import type { ConnectionDirectory } from '../../connection/connections';
import type { AuthenticatorKey } from '../../shared/rememberedAuthenticators';
import type { TreeNode } from '../../tree/nodes';
import type { TreeUpdates } from '../../tree/treeUpdates';
import type { ViewImage, ViewModel } from '../../shared/views/viewModel';
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
  /** Set Up Authenticator App's view (the QR code while the person scans). */
  authenticatorView: AuthenticatorView;
  /** Test users' authenticator secrets the person chose to remember (VS Code's secret storage). */
  authenticators: RememberedAuthenticators;
  /** TOTP codes and QR codes, whose libraries load with dist/signin.js on the first use. */
  authenticatorKit: AuthenticatorKit;
  /** Terminals a flow opens with variables in their environment (Get AWS Credentials). */
  terminals: Terminals;
  /** The loopback port Sign In with Managed Login receives its redirect on (cognito.managedLogin.callbackPort). */
  callbackPort(): number;
  /** The time for authenticator codes; the clock when absent (a unit test fixes it). */
  now?: () => Date;
}

/** What the authenticator set-up and remembered authenticators compute (src/auth/totpCodes.ts, qrCodeImage.ts). */
export interface AuthenticatorKit {
  /** The otpauth:// URI an authenticator app scans. */
  uri(issuer: string, account: string, secretBase32: string): string;
  /** The code an authenticator app shows at `now`, and how many more seconds it is valid. */
  code(secretBase32: string, now: Date): { code: string; secondsLeft: number };
  /** `text` as a QR code picture for a rendered view. */
  qrImage(id: string, text: string, alt: string): ViewImage;
}

/** A rendered view that is no tree node's (Set Up Authenticator App's): model() is read on every render. */
export interface AuthenticatorView {
  show(key: string, title: string, model: () => ViewModel): Promise<void>;
  /** What model() reads changed: the view renders again (without what it no longer holds). */
  changed(key: string): void;
}

/**
 * The authenticator secrets of test users, each kept only where the person said so: VS Code's secret storage,
 * never settings, files or the log. Which users have one is known without reading a secret.
 */
export interface RememberedAuthenticators {
  has(key: AuthenticatorKey): boolean;
  /** The base32 secret, or undefined when none is remembered. */
  secret(key: AuthenticatorKey): Promise<string | undefined>;
  remember(key: AuthenticatorKey, secret: string): Promise<void>;
  forget(key: AuthenticatorKey): Promise<void>;
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

/** Opens a terminal whose environment has these variables (their values are never shown or logged). */
export interface Terminals {
  open(name: string, env: Record<string, string>): void;
}
