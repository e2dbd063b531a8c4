import type * as vscode from 'vscode';
import type { User } from '../shared/types';
import type { UserFilter } from '../shared/userFilter';
import type { PoolRef } from '../connection/connections';
import type { TreeModel } from './model';
import { groupsFolderNode, memberNode, userNode, usersFolderNode, type ItemNode, type MemberNode, type TreeNode } from './nodes';

// What flows change in the tree, applied to the model and made visible in the view.

export interface TreeUpdates {
  /** Reloads the created item's parent, keeps the item even if the listing lags, and reveals it. */
  showCreated(node: ItemNode): Promise<void>;
  /** Lists only the matching users under the pool's "Users" folder (undefined: all users again). */
  filterUsers(pool: PoolRef, filter: UserFilter | undefined): Promise<void>;
  /** A user whose state changed: its node gets the new icon and description in place, no list reloads. */
  userChanged(connectionId: string, userPoolId: string, user: User): Promise<void>;
  /** Deleted items leave the tree; loaded pages stay. */
  removed(nodes: ItemNode[]): Promise<void>;
  /** A user joined a group: listed under it at once when its members are open. */
  memberAdded(connectionId: string, userPoolId: string, groupName: string, user: User): Promise<void>;
  /** An item whose own settings changed (a group's precedence, an app client's name): its row is redrawn in
   *  place, keeping the pages loaded around it and whatever is listed below it. */
  itemChanged(node: ItemNode): Promise<void>;
  /** Many users changed at once (an import): the pool's Users and Groups folders load again. */
  reloadUsers(pool: PoolRef): Promise<void>;
}

function membersOf(model: TreeModel, connectionId: string, userPoolId: string, username: string): MemberNode[] {
  return model.findNodes((n) => n.kind === 'member' && n.connectionId === connectionId && n.userPoolId === userPoolId && n.user.username === username) as MemberNode[];
}

export function treeUpdates(model: TreeModel, treeView: vscode.TreeView<TreeNode>): TreeUpdates {
  const reveal = async (node: TreeNode, expand = false) => {
    if (!treeView.visible) return;
    try {
      await treeView.reveal(node, { select: true, focus: false, expand });
    } catch {
      // Revealing is a courtesy (the pool may not be listed yet); the tree is right either way.
    }
  };
  return {
    async showCreated(created) {
      const node = await model.showCreated(created);
      if (node) await reveal(node);
    },
    async filterUsers({ connectionId, pool }: PoolRef, filter: UserFilter | undefined) {
      const usersFolder = usersFolderNode(connectionId, pool);
      model.setUserFilter(usersFolder.key, filter);
      await reveal(model.getNode(usersFolder.key) ?? usersFolder, true);
    },
    async userChanged(connectionId, userPoolId, user) {
      model.updateNode(userNode(connectionId, userPoolId, user));
      // The same user under every open group shows the new state too.
      for (const member of membersOf(model, connectionId, userPoolId, user.username)) model.updateNode(memberNode(connectionId, userPoolId, member.groupName, user));
    },
    async removed(nodes) {
      // A deleted user leaves the groups it was listed under as well.
      const members = nodes.flatMap((n) => (n.kind === 'user' ? membersOf(model, n.connectionId, n.userPoolId, n.user.username) : []));
      model.removeNodes([...nodes, ...members]);
    },
    async itemChanged(node) {
      model.updateNode(node);
    },
    async reloadUsers({ connectionId, pool }) {
      for (const folder of [usersFolderNode(connectionId, pool), groupsFolderNode(connectionId, pool)]) {
        const known = model.getNode(folder.key);
        if (known) model.refresh(known);
      }
    },
    async memberAdded(connectionId, userPoolId, groupName, user) {
      const member = memberNode(connectionId, userPoolId, groupName, user);
      if (model.isListed(member.parentKey)) await model.showCreated(member);
    },
  };
}
