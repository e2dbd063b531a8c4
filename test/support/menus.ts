import * as fs from 'node:fs';
import * as path from 'node:path';

// What a tree row's context menu offers, read from package.json's `view/item/context` menus the way VS
// Code evaluates their `when` clauses, for the forms those clauses use (`view == x`, `viewItem == x`,
// `viewItem != x`, `viewItem =~ /re/`, `!key`, joined by `&&`). Context values are token sets
// (src/tree/contextValue.ts) and menus test one token each (`viewItem =~ /\bdisabled\b/`): a JavaScript
// RegExp, as in VS Code. Any other form fails loudly, so a new kind of clause cannot slip past a test
// as "offered" or "not offered".

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

/** The repository's package.json, from the compiled test's folder (out/test/<level>/ or out/test/support/). */
function manifestMenus(): MenuEntry[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { menus: Record<string, MenuEntry[]> } };
  return manifest.contributes.menus['view/item/context'];
}

function holds(term: string, contextValue: string, keys: Record<string, boolean>): boolean {
  let match: RegExpExecArray | null;
  if ((match = /^view == (\S+)$/.exec(term))) return match[1] === 'cognitoUserPools';
  if ((match = /^viewItem == (\S+)$/.exec(term))) return contextValue === match[1];
  if ((match = /^viewItem != (\S+)$/.exec(term))) return contextValue !== match[1];
  if ((match = /^viewItem =~ \/(.+)\/$/.exec(term))) return new RegExp(match[1]).test(contextValue);
  if ((match = /^!([\w.]+)$/.exec(term))) return !keys[match[1]];
  throw new Error(`menus.ts does not know the when-clause term "${term}"`);
}

/** The commands the context menu (and inline buttons) of a row with this contextValue offer, sorted. */
export function commandsOffered(contextValue: string, keys: Record<string, boolean> = {}): string[] {
  return [...new Set(entriesOffered(contextValue, keys).map((entry) => entry.command))].sort();
}

/** Each menu entry a row with this contextValue shows, as "command @group" (group "inline" is a row
 *  button), sorted: what a person sees, place included. */
export function menuOffered(contextValue: string, keys: Record<string, boolean> = {}): string[] {
  return entriesOffered(contextValue, keys)
    .map((entry) => `${entry.command} @${entry.group ?? ''}`)
    .sort();
}

function entriesOffered(contextValue: string, keys: Record<string, boolean>): MenuEntry[] {
  return manifestMenus().filter((entry) => (entry.when ?? '').split(' && ').every((term) => holds(term.trim(), contextValue, keys)));
}
