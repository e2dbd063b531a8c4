import * as vscode from 'vscode';
import type { User, UserPool } from '../cognito/types';
import { connectionPlace, type Connection } from '../connection/connections';
import { displayEndpoint } from '../connection/endpoint';
import { contextValueOf } from './contextValue';
import type { TreeNode } from './nodes';

// Node → TreeItem. contextValue is a set of tokens (contextValue.ts says the convention), which
// package.json menus match one token at a time. Nothing here can show a secret: nodes carry none.

export function toTreeItem(node: TreeNode, describeUsersFilter: (folderKey: string) => string | undefined): vscode.TreeItem {
  const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
  const filter = node.kind === 'usersFolder' ? describeUsersFilter(node.key) : undefined;
  const item = (label: string, collapsibleState: vscode.TreeItemCollapsibleState, rest: Partial<vscode.TreeItem>): vscode.TreeItem =>
    Object.assign(new vscode.TreeItem(label, collapsibleState), { id: node.key, contextValue: contextValueOf(node, Boolean(filter)) }, rest);
  switch (node.kind) {
    case 'connection':
      return item(node.connection.label, Expanded, {
        description: connectionDescription(node.connection),
        tooltip: connectionTooltip(node.connection),
        iconPath: new vscode.ThemeIcon(node.connection.settings.endpoint ? 'plug' : 'cloud'),
      });
    case 'pool':
      // No tooltip here: the hover asks for it (provider.ts resolveTreeItem), with the ARN that ListUserPools
      // lacks. VS Code fills only a tooltip left undefined, and its date's first toLocaleString() loads the
      // locale data, which cost the first view about 15 ms.
      return item(node.pool.name, Collapsed, { description: node.pool.id, iconPath: new vscode.ThemeIcon('organization') });
    case 'appClientsFolder':
      return item('App clients', Collapsed, { iconPath: new vscode.ThemeIcon('symbol-interface') });
    case 'usersFolder':
      return item('Users', Collapsed, {
        description: filter ? `filter: ${filter}` : undefined,
        iconPath: new vscode.ThemeIcon('person'),
      });
    case 'groupsFolder':
      return item('Groups', Collapsed, { iconPath: new vscode.ThemeIcon('shield') });
    case 'group':
      return item(node.group.name, Collapsed, {
        description: [node.group.precedence !== undefined ? `precedence ${node.group.precedence}` : '', node.group.description ?? ''].filter(Boolean).join(' · '),
        tooltip: [node.group.name, node.group.description, node.group.precedence !== undefined && `Precedence: ${node.group.precedence}`, node.group.roleArn && `IAM role: ${node.group.roleArn}`]
          .filter(Boolean)
          .join('\n'),
        iconPath: new vscode.ThemeIcon('shield'),
      });
    case 'member':
      return item(node.user.username, None, {
        description: [userState(node.user), node.user.email].filter(Boolean).join(' · '),
        tooltip: `${userTooltip(node.user)}\nMember of ${node.groupName}`,
        iconPath: userIcon(node.user),
      });
    case 'appClient':
      return item(node.client.name, None, {
        description: node.client.clientId,
        tooltip: `${node.client.name}\nApp Client Id: ${node.client.clientId}`,
        iconPath: new vscode.ThemeIcon('key'),
      });
    case 'user':
      return item(node.user.username, None, {
        description: [userState(node.user), node.user.email].filter(Boolean).join(' · '),
        tooltip: userTooltip(node.user),
        iconPath: userIcon(node.user),
      });
    case 'empty':
      return item(node.message, None, {});
    case 'error':
      return item(node.message, None, {
        tooltip: `${node.message}\nClick to retry.`,
        iconPath: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
        command: { command: 'cognito.refresh', title: 'Retry', arguments: [node] },
      });
    case 'loadMore':
      return item('Load more…', None, {
        iconPath: new vscode.ThemeIcon('ellipsis'),
        command: { command: 'cognito.loadMore', title: 'Load more', arguments: [node] },
      });
  }
}

export function poolTooltip(pool: UserPool): vscode.MarkdownString {
  const lines = [`**${escape(pool.name)}**`, `Pool Id: \`${pool.id}\``];
  if (pool.arn) lines.push(`ARN: \`${pool.arn}\``);
  if (pool.creationDate) lines.push(`Created: ${pool.creationDate.toLocaleString()}`);
  return new vscode.MarkdownString(lines.join('\n\n'));
}

/** Beside the label: what the label may not say (the profile and region, or the endpoint). */
function connectionDescription(connection: Connection): string {
  const text = connectionPlace(connection);
  return text === connection.label ? '' : text;
}

export function connectionTooltip(connection: Connection): string {
  const { profile, region, endpoint } = connection.settings;
  return [
    connection.label,
    endpoint ? `Endpoint: ${displayEndpoint(endpoint)}` : `AWS profile: ${profile ?? 'the default credential chain'}`,
    `Region: ${region ?? 'the profile’s region'}`,
  ].join('\n');
}

function userState(user: User): string {
  return user.enabled ? user.status : `disabled, ${user.status}`;
}

function userTooltip(user: User): string {
  return [user.username, `Status: ${userState(user)}`, user.email && `E-mail: ${user.email}`, user.phoneNumber && `Phone: ${user.phoneNumber}`]
    .filter(Boolean)
    .join('\n');
}

function userIcon(user: User): vscode.ThemeIcon {
  if (!user.enabled) return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
  switch (user.status) {
    case 'CONFIRMED':
      return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    case 'FORCE_CHANGE_PASSWORD':
      return new vscode.ThemeIcon('key', new vscode.ThemeColor('list.warningForeground'));
    case 'UNCONFIRMED':
      return new vscode.ThemeIcon('mail', new vscode.ThemeColor('list.warningForeground'));
    default:
      return new vscode.ThemeIcon('account');
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
