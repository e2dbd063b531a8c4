import { claimDate, decodeJwt, JwtFormatError } from '../../auth/jwt';
import type { Field, TokenModel } from '../../shared/views/viewModel';
import { withoutUserinfoInText } from '../withoutUserinfo';
import { claimHint, headerHint } from './claimHints';

// One token of the Tokens view: its parts, its signature check with the key it names, when it expires on
// this computer's clock, and its header and claims as fields with a hint each. The whole token is copied
// by the field id `${token.id}` (the coordinator copies `parts.join('.')`); the header's and claims' field
// ids are `${token.id}:header:<name>` and `${token.id}:claim:<name>`, so no two tokens' ids meet.

export type Verification = { verified: true; detail: string } | { verified: false; detail: string };

/** Claims that hold a date (seconds since 1970): shown local and relative. */
const DATE_CLAIMS = new Set(['exp', 'iat', 'auth_time']);

/** A lead above this is allowed for; below it, network time and iat's whole seconds explain it. */
const LEAD_SHOWN_MS = 60_000;

/**
 * How far the issuer's clock is ahead of this computer's: the token's iat against the local time it
 * arrived. Only a lead is certain (a token's iat can be older than its arrival for other reasons).
 */
export function issuerLeadMs(token: string | undefined, arrived: Date): number {
  let iat: Date | undefined;
  try {
    iat = token ? claimDate(decodeJwt(token).claims, 'iat') : undefined;
  } catch {
    return 0;
  }
  const lead = iat ? iat.getTime() - arrived.getTime() : 0;
  return lead > LEAD_SHOWN_MS ? lead : 0;
}

/** @param arrived when this computer received the token (the sign-in's or refresh's local time) */
export function tokenModel(id: string, name: string, token: string | undefined, check: Verification | undefined, arrived: Date): TokenModel {
  const empty = { id, name, header: [], claims: [] };
  if (!token) return { ...empty, problem: 'Cognito returned none.', signature: { state: 'unchecked', detail: 'not checked' } };
  let decoded;
  try {
    decoded = decodeJwt(token, `The ${name.toLowerCase()}`);
  } catch (error) {
    const problem = error instanceof JwtFormatError ? error.message : `The ${name.toLowerCase()} could not be decoded.`;
    return { ...empty, problem, signature: { state: 'unchecked', detail: 'not checked' } };
  }
  const { header, claims } = decoded;
  const [head, payload, signature] = token.split('.');
  const exp = claimDate(claims, 'exp');
  // exp is on the issuer's clock: on this computer's it comes later by as much as this one lags behind.
  const expiresAt = exp && exp.getTime() - issuerLeadMs(token, arrived);
  return {
    id,
    name,
    parts: [head, payload, signature],
    signature: signatureOf(check, header.kid),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    header: Object.entries(header).map(([member, value]) => valueField(`${id}:header:${member}`, member, value, headerHint(member))),
    claims: Object.entries(claims).map(([claim, value]) => valueField(`${id}:claim:${claim}`, claim, value, claimHint(claim), DATE_CLAIMS.has(claim))),
  };
}

function signatureOf(check: Verification | undefined, kid: unknown): TokenModel['signature'] {
  if (!check) return { state: 'unchecked', detail: 'not checked' };
  // A check's detail may name the JWKS address of an endpoint that carries a user:password.
  const detail = withoutUserinfoInText(check.detail);
  const key = typeof kid === 'string' ? ` (key id ${kid})` : '';
  return { state: check.verified ? 'verified' : 'failed', detail: `${detail}${key}` };
}

/** A header member or claim: strings as they are, anything else as JSON; a date claim also as a time. */
function valueField(id: string, label: string, value: unknown, hint: string | undefined, isDate = false): Field {
  const field: Field = { id, label, value: typeof value === 'string' ? value : JSON.stringify(value), mono: true, copy: true };
  if (hint) field.hint = hint;
  if (isDate && typeof value === 'number' && Number.isFinite(value)) field.time = value * 1000;
  return field;
}
