// How node keys nest. A key is unique and stable across refreshes: it is the TreeItem id (VS Code keeps
// expansion and selection by it) and the tree model's cache key. Each key is its parent's key plus one
// part, and every key starts with its connection's, so the same pool id under two connections is two
// nodes. The kinds add their own last part (users.ts, appClients.ts, …) to the keys here.

/** The parent key of root nodes (connections, or settings problems above them). */
export const ROOT_KEY = 'root';

export type FolderKind = 'appClients' | 'users' | 'groups' | 'resourceServers';

export function connectionKey(connectionId: string): string {
  return `c/${connectionId}`;
}

export function poolKey(connectionId: string, userPoolId: string): string {
  return `${connectionKey(connectionId)}/pool/${userPoolId}`;
}

export function folderKey(connectionId: string, userPoolId: string, folder: FolderKind): string {
  return `${poolKey(connectionId, userPoolId)}/${folder}`;
}

/** A group's key, which is also the parent key of its members. */
export function groupKey(connectionId: string, userPoolId: string, groupName: string): string {
  return `${folderKey(connectionId, userPoolId, 'groups')}/${encodeURIComponent(groupName)}`;
}
