import type { Page } from './page';
import type { User } from './users';

// A pool's groups and their members (GroupsApi, implemented by src/aws/cognito/groupCalls.ts).

export interface Group {
  userPoolId: string;
  name: string;
  description?: string;
  precedence?: number;
  roleArn?: string;
}

export interface CreateGroupRequest {
  userPoolId: string;
  name: string;
  description?: string;
  precedence?: number;
  roleArn?: string;
}

/** A pool's groups; the groups a user is in become the cognito:groups claim. */
export interface GroupsApi {
  /** ListGroups, one page. */
  list(userPoolId: string, nextToken?: string): Promise<Page<Group>>;
  /** ListUsersInGroup, one page. */
  listMembers(userPoolId: string, groupName: string, nextToken?: string): Promise<Page<User>>;
  /** CreateGroup. */
  create(request: CreateGroupRequest): Promise<Group>;
  /** DeleteGroup. */
  delete(userPoolId: string, groupName: string): Promise<void>;
  /** AdminAddUserToGroup. */
  addUser(userPoolId: string, username: string, groupName: string): Promise<void>;
  /** AdminRemoveUserFromGroup. */
  removeUser(userPoolId: string, username: string, groupName: string): Promise<void>;
}
