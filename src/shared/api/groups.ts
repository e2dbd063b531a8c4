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

/**
 * What Edit Group sends. UpdateGroup keeps a member the request leaves out (the AWS CLI's update-group
 * example changes the description and precedence, and the answer still carries the role), so only the
 * members given change. None can be removed: RoleArn is 20–2048 characters (an empty one is refused,
 * hashicorp/terraform-provider-aws#4237, localstack/localstack#6142) and Precedence an integer ≥ 0 (a null
 * is the same as leaving it out). An empty Description (0–2048) clears the description.
 */
export interface UpdateGroupRequest {
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
  /** UpdateGroup: only the members given change. */
  update(request: UpdateGroupRequest): Promise<Group>;
  /** DeleteGroup. */
  delete(userPoolId: string, groupName: string): Promise<void>;
  /** AdminAddUserToGroup. */
  addUser(userPoolId: string, username: string, groupName: string): Promise<void>;
  /** AdminRemoveUserFromGroup. */
  removeUser(userPoolId: string, username: string, groupName: string): Promise<void>;
}
