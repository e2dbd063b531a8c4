// The tree's nodes as plain data. Each kind's data type, constructor and specification (its row, its
// context tokens, how its children are listed) live together in one file under kinds/; this file
// gathers the types flows and commands use. `kind` is also the first token of the TreeItem's
// contextValue (contextValue.ts), so package.json menus match `viewItem =~ /\bpool\b/` and so on. Keys
// nest (kinds/keys.ts): every node carries the id of the connection it came from and every key starts
// with it, so a command on a node uses that node's connection.

import type { AppClientNode } from './kinds/appClients';
import type { ConnectionNode } from './kinds/connection';
import type { GroupNode } from './kinds/groups';
import type { IdentityPoolNode, IdentityPoolsFolderNode } from './kinds/identityPools';
import type { LoadMoreNode } from './kinds/loadMore';
import type { MemberNode } from './kinds/members';
import type { MessageNode } from './kinds/messages';
import type { FolderNode, PoolNode } from './kinds/pool';
import type { ResourceServerNode } from './kinds/resourceServers';
import type { UserNode } from './kinds/users';

export { appClientNode, appClientsFolderNode, type AppClientNode } from './kinds/appClients';
export { connectionNode, type ConnectionNode } from './kinds/connection';
export { groupNode, groupsFolderNode, type GroupNode } from './kinds/groups';
export { identityPoolNode, identityPoolsFolderNode, type IdentityPoolNode, type IdentityPoolsFolderNode } from './kinds/identityPools';
export { connectionKey, folderKey, ROOT_KEY, type FolderKind } from './kinds/keys';
export { loadMoreNode, type LoadMoreNode } from './kinds/loadMore';
export { memberNode, type MemberNode } from './kinds/members';
export { emptyNode, errorNode, settingsProblemNode, type MessageNode } from './kinds/messages';
export { folderNodes, poolNode, type FolderNode, type PoolNode } from './kinds/pool';
export { resourceServerNode, resourceServersFolderNode, type ResourceServerNode } from './kinds/resourceServers';
export { userKey, userNode, usersFolderNode, type UserNode } from './kinds/users';

/** Every node kind; kinds/index.ts must have a specification for each (a missing one does not compile). */
export type TreeNode = ConnectionNode | PoolNode | FolderNode | AppClientNode | UserNode | GroupNode | MemberNode | ResourceServerNode | IdentityPoolsFolderNode | IdentityPoolNode | MessageNode | LoadMoreNode;

/** Nodes whose children come from a paged Cognito listing. */
export type ListingParent = ConnectionNode | FolderNode | GroupNode | IdentityPoolsFolderNode;

/** Nodes a flow creates, updates in place or removes. */
export type ItemNode = PoolNode | AppClientNode | UserNode | GroupNode | MemberNode | ResourceServerNode | IdentityPoolNode;
