// Cognito's rule for a prefix domain (CreateUserPoolDomain, Domain: DomainType, 1–63 characters of the
// pattern ^[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?$): lower-case letters, numbers and hyphens, neither first
// nor last a hyphen. AWS answers any other character with "The domain name contains an invalid
// character. Domain names can only contain lower-case letters, numbers, and hyphens." Whether a prefix is
// free (unique in the Region) only Cognito can tell, when the domain is created.

const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MAX = 63;

export function checkDomainPrefix(value: string): string | undefined {
  if (value.length === 0) return 'Enter a domain prefix.';
  if (value.length > MAX) return `A domain prefix has at most ${MAX} characters (now ${value.length}).`;
  if (/[A-Z]/.test(value)) return 'A domain prefix has only lower-case letters, numbers and hyphens: no capitals.';
  if (!/^[a-z0-9-]+$/.test(value)) return 'A domain prefix can only contain lower-case letters, numbers, and hyphens.';
  if (!PREFIX.test(value)) return 'A domain prefix cannot start or end with a hyphen.';
  return undefined;
}
