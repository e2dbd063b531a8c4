import {
  AdminAddUserToGroupCommand,
  AdminRemoveUserFromGroupCommand,
  CreateGroupCommand,
  DeleteGroupCommand,
  ListGroupsCommand,
  ListUsersInGroupCommand,
  UpdateGroupCommand,
  type GroupType,
} from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import { toUser } from './mapUser';
import { MAX_PAGE_SIZE, type CreateGroupRequest, type Group, type GroupsApi, type Page, type UpdateGroupRequest, type User } from '../../shared/types';

// A pool's groups and their members: the groups a user is in become the cognito:groups claim.

export class GroupCalls extends CallsOn implements GroupsApi {
  async list(userPoolId: string, nextToken?: string): Promise<Page<Group>> {
    const out = await this.call('ListGroups', () => this.client.send(new ListGroupsCommand({ UserPoolId: userPoolId, Limit: MAX_PAGE_SIZE, NextToken: nextToken })));
    return { items: (out.Groups ?? []).map((g) => toGroup(userPoolId, g)), nextToken: out.NextToken || undefined };
  }

  async listMembers(userPoolId: string, groupName: string, nextToken?: string): Promise<Page<User>> {
    const out = await this.call('ListUsersInGroup', () =>
      this.client.send(new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: groupName, Limit: MAX_PAGE_SIZE, NextToken: nextToken })),
    );
    return { items: (out.Users ?? []).map(toUser), nextToken: out.NextToken || undefined };
  }

  async create(request: CreateGroupRequest): Promise<Group> {
    const out = await this.call('CreateGroup', () =>
      this.client.send(
        new CreateGroupCommand({ UserPoolId: request.userPoolId, GroupName: request.name, Description: request.description, Precedence: request.precedence, RoleArn: request.roleArn }),
      ),
    );
    return out.Group ? toGroup(request.userPoolId, out.Group) : { ...request };
  }

  async update(request: UpdateGroupRequest): Promise<Group> {
    const out = await this.call('UpdateGroup', () =>
      this.client.send(
        new UpdateGroupCommand({ UserPoolId: request.userPoolId, GroupName: request.name, Description: request.description, Precedence: request.precedence, RoleArn: request.roleArn }),
      ),
    );
    return out.Group ? toGroup(request.userPoolId, out.Group) : { ...request };
  }

  async delete(userPoolId: string, groupName: string): Promise<void> {
    await this.call('DeleteGroup', () => this.client.send(new DeleteGroupCommand({ UserPoolId: userPoolId, GroupName: groupName })));
  }

  async addUser(userPoolId: string, username: string, groupName: string): Promise<void> {
    await this.call('AdminAddUserToGroup', () => this.client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: groupName })));
  }

  async removeUser(userPoolId: string, username: string, groupName: string): Promise<void> {
    await this.call('AdminRemoveUserFromGroup', () => this.client.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: groupName })));
  }
}

function toGroup(userPoolId: string, group: GroupType): Group {
  return { userPoolId, name: group.GroupName ?? '', description: group.Description, precedence: group.Precedence, roleArn: group.RoleArn };
}
