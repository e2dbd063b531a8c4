import { randomUUID } from 'node:crypto';
import type { AuthClient, Tokens } from '../shared/types';

// The sign-ins of this window, in memory only: tokens are never written to settings, state, files or
// the log. Closing the window forgets them; Sign Out forgets one. Ids are random: a Tokens tab that VS
// Code restores after a reload names a sign-in of the window before, and a counter would have given
// that same id to a different sign-in of this one.

export interface SignInSession {
  id: string;
  connectionId: string;
  poolName: string;
  clientName: string;
  client: AuthClient;
  /** As typed; Cognito's own name for the user is the ID token's cognito:username. */
  username: string;
  /** Signed in with AdminInitiateAuth, so refreshes use it too. */
  admin: boolean;
  tokens: Tokens;
  /** When these tokens were issued (sign-in or last refresh). */
  issuedAt: Date;
  /** How the person signed in: the first factor (PASSWORD_SRP, EMAIL_OTP…) or the classic flow
   *  (USER_SRP_AUTH…), then each MFA challenge answered (SOFTWARE_TOKEN_MFA…). Absent: not recorded. */
  factors?: string[];
  /** A machine-to-machine token (the token endpoint's client-credentials grant): no user, no ID token, no
   *  refresh token; `username` is then the app client's name. Where and with which scopes it was asked for,
   *  so Refresh Tokens can ask again (never the secret). */
  machine?: { baseUrl: string; scopes: string[] };
  /** Signed in through managed login in the browser (the authorization code grant with PKCE): where its pages
   *  are, and the logout page that ends the browser's session there, when the client has a sign-out URL. */
  managedLogin?: { baseUrl: string; logoutUrl?: string };
  /** The userInfo endpoint's answer at sign-in: the user's attributes the token's scopes allow. */
  userInfo?: Record<string, unknown>;
}

export class SignInSessions {
  private readonly sessions = new Map<string, SignInSession>();
  private readonly listeners = new Set<(id: string) => void>();

  add(session: Omit<SignInSession, 'id'>): SignInSession {
    const added = { ...session, id: randomUUID() };
    this.sessions.set(added.id, added);
    this.fire(added.id);
    return added;
  }

  get(id: string): SignInSession | undefined {
    return this.sessions.get(id);
  }

  all(): SignInSession[] {
    return [...this.sessions.values()];
  }

  /** New tokens from a refresh; a refresh brings no refresh token, so the one there is stays. */
  refreshed(id: string, tokens: Tokens, at: Date): void {
    const session = this.sessions.get(id);
    if (!session) return;
    session.tokens = { ...tokens, refreshToken: tokens.refreshToken ?? session.tokens.refreshToken };
    session.issuedAt = at;
    this.fire(id);
  }

  forget(id: string): void {
    if (this.sessions.delete(id)) this.fire(id);
  }

  onDidChange(listener: (id: string) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(id: string): void {
    for (const listener of this.listeners) listener(id);
  }
}
