import * as vscode from 'vscode';
import { contextValueOf } from './contextValue';
import { specOf } from './kinds';
import type { Icon, Row } from './kinds/kindSpec';
import type { TreeNode } from './nodes';

// Node → TreeItem: the one place that turns a kind's plain row (kinds/) into VS Code's types.
// contextValue is a set of tokens (contextValue.ts says the convention), which package.json menus
// match one token at a time. Nothing here can show a secret: nodes carry none.

const COLLAPSIBLE = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
} as const;

/**
 * @param describeFilter the description of the filter set on a listing, by its key (the Users folder's).
 * @param rowTokens state tokens known outside Cognito (a remembered authenticator), after the kind's own.
 */
export function toTreeItem(node: TreeNode, describeFilter: (key: string) => string | undefined, rowTokens: readonly string[] = []): vscode.TreeItem {
  const filter = describeFilter(node.key);
  const row: Row = specOf(node).row(node, filter);
  const item = new vscode.TreeItem(row.label, COLLAPSIBLE[row.collapsible]);
  item.id = node.key;
  item.contextValue = [contextValueOf(node, Boolean(filter)), ...rowTokens].join(' ');
  item.description = row.description;
  item.tooltip = toTooltip(row.tooltip);
  item.iconPath = row.icon && themeIcon(row.icon);
  if (row.command) item.command = { command: row.command.id, title: row.command.title, arguments: [node] };
  return item;
}

export function toTooltip(tooltip: Row['tooltip']): string | vscode.MarkdownString | undefined {
  return typeof tooltip === 'object' ? new vscode.MarkdownString(tooltip.markdown) : tooltip;
}

function themeIcon({ id, color }: Icon): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, color === undefined ? undefined : new vscode.ThemeColor(color));
}
