import * as vscode from 'vscode';
import type { ConnectionDirectory } from '../connection/connections';
import type { TreeModel } from './model';
import type { TreeNode } from './nodes';
import { poolTooltip, toTreeItem } from './treeItems';

// The TreeDataProvider: hands VS Code the model's nodes as TreeItems and forwards its change events.

export class UserPoolsTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void };

  constructor(
    private readonly model: TreeModel,
    private readonly connections: ConnectionDirectory,
  ) {
    this.subscription = model.onDidChange((node) => this.changed.fire(node));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return toTreeItem(node, (folderKey) => this.model.userFilter(folderKey)?.description);
  }

  getChildren(node?: TreeNode): Promise<TreeNode[]> {
    return this.model.getChildren(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.getParent(node);
  }

  /** On hover only, a pool's tooltip: ListUserPools has no ARN, so fetch it for the one pool the person points at. */
  async resolveTreeItem(item: vscode.TreeItem, node: TreeNode): Promise<vscode.TreeItem> {
    if (node.kind !== 'pool') return item;
    let pool = node.pool;
    if (!pool.arn) {
      try {
        pool = { ...pool, arn: (await this.connections.cognito(node.connectionId).describeUserPool(pool.id)).arn };
      } catch {
        // The tooltip keeps the id and date; a failed hover is not worth a message.
      }
    }
    item.tooltip = poolTooltip(pool);
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
