import type { DetailsView } from '../commands/flows/deps';
import { userKey, type TreeNode } from '../tree/nodes';
import type { TreeUpdates } from '../tree/treeUpdates';

// What a flow changes in the tree it may also show in an open details view (a user's status, groups or
// attributes; a deleted pool or app client). Every such change goes through TreeUpdates, so the views
// follow it there, in one place, instead of each flow remembering to refresh them.

/** The tree updates, each also rendering again the open details views of what it changed. */
export function detailsFollowTree(tree: TreeUpdates, details: Pick<DetailsView, 'changed'>): TreeUpdates {
  const userChanged = (connectionId: string, userPoolId: string, username: string) => details.changed(userKey(connectionId, userPoolId, username));
  return {
    ...tree,
    async userChanged(connectionId, userPoolId, user) {
      await tree.userChanged(connectionId, userPoolId, user);
      userChanged(connectionId, userPoolId, user.username);
    },
    async removed(nodes) {
      await tree.removed(nodes);
      for (const node of nodes) subjectsOf(node).forEach((subject) => details.changed(subject));
    },
    async itemChanged(node) {
      await tree.itemChanged(node);
      details.changed(node.key);
    },
    async memberAdded(connectionId, userPoolId, groupName, user) {
      await tree.memberAdded(connectionId, userPoolId, groupName, user);
      userChanged(connectionId, userPoolId, user.username); // its groups
    },
  };
}

/** The details views a removed node shows in: its own, or for a member, its user's (its groups). */
function subjectsOf(node: TreeNode): string[] {
  if (node.kind === 'member') return [userKey(node.connectionId, node.userPoolId, node.user.username)];
  return node.kind === 'user' || node.kind === 'pool' || node.kind === 'appClient' ? [node.key] : [];
}
