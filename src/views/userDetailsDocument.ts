import type { UserDetails } from '../shared/types';

// Show User Details as Markdown: status, enabled, times, MFA, groups, and every attribute with its
// verified flag beside the e-mail and phone number. Users carry no secret, so all of it can be shown.

const VERIFIED_FLAGS: Record<string, string> = { email: 'email_verified', phone_number: 'phone_number_verified' };

export function renderUserDetails(details: UserDetails, poolName: string, poolId: string): string {
  const flags = new Map(details.attributes.map((a) => [a.name, a.value]));
  const rows = details.attributes
    .filter((a) => !Object.values(VERIFIED_FLAGS).includes(a.name))
    .map((a) => {
      const flag = VERIFIED_FLAGS[a.name];
      const verified = flag ? (flags.get(flag) === 'true' ? ' (verified)' : ' (not verified)') : '';
      return `| \`${a.name}\` | ${cell(a.value)}${verified} |`;
    });
  return [
    `# User ${details.username}`,
    '',
    `- Pool: ${poolName} (\`${poolId}\`)`,
    `- Status: ${details.status}`,
    `- Enabled: ${details.enabled ? 'yes' : 'no'}`,
    `- Created: ${details.created?.toLocaleString() ?? 'unknown'}`,
    `- Last modified: ${details.modified?.toLocaleString() ?? 'unknown'}`,
    `- MFA: ${details.mfaMethods.length > 0 ? details.mfaMethods.join(', ') : 'none set up'}${details.preferredMfa ? ` (preferred: ${details.preferredMfa})` : ''}`,
    `- Groups: ${details.groups.length > 0 ? details.groups.join(', ') : 'none'}`,
    '',
    '## Attributes',
    '',
    '| Attribute | Value |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** A table cell: pipes and line breaks would end the cell early. */
function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
