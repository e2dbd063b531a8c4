import type { CommandDeclaration, EditorTitleMenu, RowMenu } from './declaration';

// package.json's contributes.commands and contributes.menus, written from the command declarations:
// scripts/generateManifest.js puts them into package.json at every build, and test/unit/manifest.test.ts
// fails, naming the command and the entry, when the checked-in package.json differs. Rows are matched one
// token each (`viewItem =~ /\bdisabled\b/`), the node kind first, as src/tree/contextValue.ts builds them.

/** The tree view's id (package.json's contributes.views, src/extension.ts). */
export const VIEW_ID = 'cognitoUserPools';
const CATEGORY = 'Cognito';
const TOKEN = /^\w+$/;

export interface ManifestCommand {
  command: string;
  title: string;
  category: string;
  icon?: string;
  enablement?: string;
}

export interface MenuEntry {
  command: string;
  when: string;
  group?: string;
}

export interface ManifestContributions {
  commands: ManifestCommand[];
  menus: Record<string, MenuEntry[]>;
}

/** The four menus the commands show in, in package.json's order. */
export const MENUS = ['commandPalette', 'view/title', 'view/item/context', 'editor/title'] as const;

export function manifestOf(declarations: readonly CommandDeclaration[]): ManifestContributions {
  const seen = new Set<string>();
  const menus: Record<(typeof MENUS)[number], MenuEntry[]> = { commandPalette: [], 'view/title': [], 'view/item/context': [], 'editor/title': [] };
  const commands = declarations.map((declaration) => {
    const { id, title, category = CATEGORY, icon, enablement } = declaration;
    if (seen.has(id)) throw new Error(`${id} is declared twice.`);
    seen.add(id);
    if (declaration.palette !== undefined) menus.commandPalette.push({ command: id, when: declaration.palette === false ? 'false' : declaration.palette });
    if (declaration.viewTitle) menus['view/title'].push(placed(id, [`view == ${VIEW_ID}`, declaration.viewTitle.when], declaration.viewTitle));
    for (const row of declaration.rows ?? []) menus['view/item/context'].push(...rowEntries(id, row));
    for (const place of declaration.editorTitle ?? []) menus['editor/title'].push(placed(id, [editorTerm(place), place.when], place));
    return { command: id, title, category, ...(icon && { icon: `$(${icon})` }), ...(enablement && { enablement }) };
  });
  return { commands, menus: Object.fromEntries(MENUS.filter((menu) => menus[menu].length > 0).map((menu) => [menu, menus[menu]])) };
}

function editorTerm(place: EditorTitleMenu): string {
  return 'scheme' in place ? `resourceScheme == ${place.scheme}` : `activeWebviewPanelId == '${place.webview}'`;
}

function placed(command: string, terms: (string | undefined)[], { group, order }: { group: string; order: number }): MenuEntry {
  return { command, when: terms.filter(Boolean).join(' && '), group: `${group}@${order}` };
}

/** A row's context-menu entry, and before it the row's button when it has one (same condition). */
function rowEntries(command: string, row: RowMenu): MenuEntry[] {
  const having = typeof row.having === 'string' ? [row.having] : (row.having ?? []);
  const terms = [`view == ${VIEW_ID}`, kindTerm(command, row.on), ...having.map((token) => `viewItem =~ /\\b${checkedToken(command, token)}\\b/`), row.when];
  const entry = placed(command, terms, row);
  return row.inline === undefined ? [entry] : [placed(command, terms, { group: 'inline', order: row.inline }), entry];
}

function kindTerm(command: string, on: RowMenu['on']): string {
  if (typeof on === 'object' && 'allBut' in on) return `viewItem != ${checkedToken(command, on.allBut)}`;
  const kinds = typeof on === 'string' ? [on] : on;
  if (kinds.length === 0) throw new Error(`${command} shows on the rows of no node kind.`);
  const names = kinds.map((kind) => checkedToken(command, kind));
  return `viewItem =~ /\\b${names.length === 1 ? names[0] : `(${names.join('|')})`}\\b/`;
}

function checkedToken(command: string, token: string): string {
  if (!TOKEN.test(token)) throw new Error(`${command}: the context token "${token}" must be letters, digits or "_" only.`);
  return token;
}
