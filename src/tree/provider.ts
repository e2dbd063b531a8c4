import * as vscode from 'vscode';
import type { ConnectionDirectory } from '../connection/connections';
import type { TreeModel } from './model';
import type { TreeNode } from './nodes';
import { specOf } from './kinds';
import { toTooltip, toTreeItem } from './treeItems';

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
    return toTreeItem(node, (folderKey) => this.model.userFilter(folderKey)?.description, this.model.rowTokens(node));
  }

  getChildren(node?: TreeNode): Promise<TreeNode[]> {
    return this.model.getChildren(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.getParent(node);
  }

  /** On hover only: the kinds that have more to say (a pool's ARN) fetch it for the one row pointed at. */
  async resolveTreeItem(item: vscode.TreeItem, node: TreeNode): Promise<vscode.TreeItem> {
    try {
      const tooltip = await specOf(node).hoverTooltip?.(node, this.connections);
      if (tooltip !== undefined) item.tooltip = toTooltip(tooltip);
    } catch {
      // A failed hover keeps what the row had; it is not worth a message.
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
