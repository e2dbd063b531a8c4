import { STANDARD_ATTRIBUTES } from '../shared/attributes';
import type { UserDetails } from '../shared/types';
import { csvLine } from './csv';

// The two export formats and what import reads back:
// - CSV in the column layout and format of Cognito's own user import (the list GetCSVHeader returns for a
//   pool: the standard attributes, cognito:mfa_enabled and cognito:username, then the pool's custom
//   attributes; values as csv.ts writes them), written from the documentation so it also works where the
//   endpoint lacks the call;
// - JSON Lines: one user per line with every attribute, status, enabled, times and (when asked) groups.

/** GetCSVHeader's columns for a pool without custom attributes, in its order (Cognito developer guide):
 *  the standard attributes but `sub` (Cognito makes it), then MFA and the username. */
export const COGNITO_CSV_COLUMNS: readonly string[] = [...[...STANDARD_ATTRIBUTES].filter((name) => name !== 'sub'), 'cognito:mfa_enabled', 'cognito:username'];

export type ExportFormat = 'csv' | 'jsonl';

/** One user as import needs it, from either format. */
export interface ImportUser {
  line: number;
  username: string;
  attributes: Record<string, string>;
  enabled?: boolean;
  groups?: string[];
}

/** The CSV columns for a pool with these custom attributes, in the header's order. */
export function csvColumns(customAttributes: readonly string[]): string[] {
  return [...COGNITO_CSV_COLUMNS, ...customAttributes];
}

export function csvHeader(customAttributes: readonly string[]): string {
  return csvLine(csvColumns(customAttributes));
}

export function csvUserLine(user: UserExport, customAttributes: readonly string[]): string {
  return csvLine(csvUserFields(user, customAttributes));
}

/** A user's CSV fields, in the header's column order. */
export function csvUserFields(user: UserExport, customAttributes: readonly string[]): string[] {
  const values = Object.fromEntries(user.attributes.map((a) => [a.name, a.value]));
  return csvColumns(customAttributes).map((column) => {
    if (column === 'cognito:username') return user.username;
    if (column === 'cognito:mfa_enabled') return String(user.mfaMethods.length > 0);
    // Cognito's import needs the verified flags filled in: false when the user has none.
    if (column === 'email_verified' || column === 'phone_number_verified') return values[column] ?? 'false';
    return values[column] ?? '';
  });
}

/** What export knows of a user: ListUsers' answer (no MFA list there) plus groups when asked. */
export type UserExport = Pick<UserDetails, 'username' | 'status' | 'enabled' | 'created' | 'modified' | 'attributes'> & { mfaMethods: string[]; groups?: string[] };

export function jsonUserLine(user: UserExport): string {
  return JSON.stringify({
    username: user.username,
    status: user.status,
    enabled: user.enabled,
    created: user.created?.toISOString(),
    modified: user.modified?.toISOString(),
    attributes: Object.fromEntries(user.attributes.map((a) => [a.name, a.value])),
    ...(user.groups ? { groups: user.groups } : {}),
  });
}

/** Custom attribute names of a schema, in a stable order, for the CSV columns. */
export function customColumns(attributeNames: readonly string[]): string[] {
  return attributeNames.filter((name) => name.startsWith('custom:') || !STANDARD_ATTRIBUTES.has(name)).sort();
}
