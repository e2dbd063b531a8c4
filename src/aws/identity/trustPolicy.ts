import type { IdentityRole } from '../../shared/types';

// What an IAM role's trust policy says about Cognito Identity (IAM's ListRoles returns it URL-encoded): whether
// `cognito-identity.amazonaws.com` may assume the role with a web identity, for which kind of identity (the
// `cognito-identity.amazonaws.com:amr` condition: "authenticated" or "unauthenticated"), and for which
// identity pools (the `…:aud` condition). The form is the one the Cognito developer guide gives for an
// identity pool's role trust policy ("IAM roles", role trust and permissions).

const SERVICE = 'cognito-identity.amazonaws.com';

type Trust = Pick<IdentityRole, 'trusts' | 'identityPools'>;

/** The role's trust in Cognito Identity, or undefined when its policy does not let Cognito Identity assume it. */
export function identityTrustOf(document: string | undefined): Trust | undefined {
  const policy = parse(document);
  const statements = asArray(policy?.Statement).filter(
    (s): s is Record<string, unknown> => typeof s === 'object' && s !== null && (s as Record<string, unknown>).Effect === 'Allow' && asArray((s as { Principal?: { Federated?: unknown } }).Principal?.Federated).includes(SERVICE),
  );
  if (statements.length === 0) return undefined;
  const amr = new Set<string>();
  const pools = new Set<string>();
  for (const statement of statements) {
    for (const values of Object.values((statement.Condition ?? {}) as Record<string, Record<string, unknown>>)) {
      for (const value of asArray(values?.[`${SERVICE}:amr`])) if (typeof value === 'string') amr.add(value);
      for (const value of asArray(values?.[`${SERVICE}:aud`])) if (typeof value === 'string') pools.add(value);
    }
  }
  const trusts = amr.has('authenticated') && amr.has('unauthenticated') ? 'both' : amr.has('authenticated') ? 'authenticated' : amr.has('unauthenticated') ? 'unauthenticated' : 'unstated';
  return { trusts, identityPools: [...pools] };
}

function parse(document: string | undefined): Record<string, unknown> | undefined {
  if (!document) return undefined;
  for (const text of [document, safeDecode(document)]) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
    } catch {
      // Still URL-encoded: the decoded form is tried next.
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
