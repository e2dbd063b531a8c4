import type { SignInSession, SignInSessions } from '../../auth/signInSessions';
import type { ViewModel } from '../../shared/views/viewModel';
import { signedOutModel, tokensModel, type TokenChecks } from './tokensModel';

// The Tokens view's model for the sign-in a tab names: that sign-in's tokens with their checks, or "gone"
// when this window does not hold it (signed out, or a tab restored from before a reload). Never another
// sign-in's tokens.

export async function signInViewModel(
  sessionId: string | undefined,
  sessions: SignInSessions,
  verify: (session: SignInSession) => Promise<TokenChecks>,
  now: Date,
  connectionLabel: (connectionId: string) => string,
): Promise<ViewModel> {
  const session = sessionId ? sessions.get(sessionId) : undefined;
  if (!session) return signedOutModel();
  let checks: TokenChecks = {};
  try {
    checks = await verify(session);
  } catch {
    // Shown as "not checked"; the tokens themselves are still there to read.
  }
  return tokensModel(session, checks, now, connectionLabel(session.connectionId));
}
