// Decodes a JWT's header and claims for display. Decoding is not verifying: verifyTokens does that
// against the pool's keys. A token that is not a JWT gets one sentence, never a crash or its text.

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

export class JwtFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JwtFormatError';
  }
}

export function decodeJwt(token: string, what = 'The token'): DecodedJwt {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtFormatError(`${what} is not a JWT (it has ${parts.length} part${parts.length === 1 ? '' : 's'}, not 3).`);
  return { header: decodePart(parts[0], `${what}'s header`), claims: decodePart(parts[1], `${what}'s claims`) };
}

function decodePart(part: string, what: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw new JwtFormatError(`${what} is not base64url text.`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new JwtFormatError(`${what} is not JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new JwtFormatError(`${what} is not a JSON object.`);
  return value as Record<string, unknown>;
}

/** A text claim of a token, or undefined when the token is absent, not a JWT, or the claim is not text: for
 *  reading a name (cognito:username, aud) where a token that does not decode is not an error. */
export function textClaim(token: string | undefined, name: string): string | undefined {
  if (!token) return undefined;
  try {
    const value = decodeJwt(token).claims[name];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A numeric date claim (exp, iat, auth_time) as a Date, or undefined when absent or not a number. */
export function claimDate(claims: Record<string, unknown>, name: string): Date | undefined {
  const value = claims[name];
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : undefined;
}
