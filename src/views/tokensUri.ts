// The Tokens view's documents: `cognito-tokens:/<username> tokens.md?session=<id>`. The URI names the
// user (not a secret) and the in-memory sign-in; never a token.

export const TOKENS_SCHEME = 'cognito-tokens';

export function tokensPath(username: string, nth = 1): string {
  return `/${username.replace(/[/\\?#]/g, '_')} tokens${nth > 1 ? ` (${nth})` : ''}.md`;
}

/** The sign-in a Tokens document shows, from anything shaped like a vscode.Uri. */
export function sessionIdOf(uri: unknown): string | undefined {
  if (typeof uri !== 'object' || uri === null) return undefined;
  const { scheme, query } = uri as { scheme?: unknown; query?: unknown };
  if (scheme !== TOKENS_SCHEME || typeof query !== 'string') return undefined;
  return new URLSearchParams(query).get('session') ?? undefined;
}
