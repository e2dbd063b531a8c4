// Groups on the Cognito double with a plain SDK client (no extension code): creating, reading, listing
// and deleting groups, membership both ways with AWS's refusals and paging, and membership reaching the
// `cognito:groups` claim of tokens issued afterwards.
import * as assert from 'node:assert/strict';
import {
  AdminAddUserToGroupCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CreateGroupCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  ListGroupsCommand,
  ListUsersInGroupCommand,
  type CreateGroupCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { rejectsWith } from '../../support/signInDouble';
import { claimsOf, PASSWORD, signedIn, useUsersDouble } from '../../support/usersDouble';

describe('the Cognito double manages groups', () => {
  const context = useUsersDouble();
  const poolId = () => context().poolId;
  const send = {
    create: (input: Omit<CreateGroupCommandInput, 'UserPoolId'>) => context().client.send(new CreateGroupCommand({ UserPoolId: poolId(), ...input })),
    get: (GroupName: string) => context().client.send(new GetGroupCommand({ UserPoolId: poolId(), GroupName })),
    remove: (GroupName: string) => context().client.send(new DeleteGroupCommand({ UserPoolId: poolId(), GroupName })),
    add: (Username: string, GroupName: string) => context().client.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId(), Username, GroupName })),
    leave: (Username: string, GroupName: string) => context().client.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: poolId(), Username, GroupName })),
    members: (GroupName: string, Limit?: number, NextToken?: string) => context().client.send(new ListUsersInGroupCommand({ UserPoolId: poolId(), GroupName, Limit, NextToken })),
    groupsOf: (Username: string) => context().client.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId(), Username })),
  };
  const groupNames = async (username: string) => (await send.groupsOf(username)).Groups?.map((g) => g.GroupName);

  it('creates a group and reads it back; a second group of that name is GroupExistsException', async () => {
    const before = Date.now() / 1000;
    const { Group } = await send.create({ GroupName: 'editors', Description: 'Edit things', Precedence: 5, RoleArn: 'arn:aws:iam::123456789012:role/Editors' });
    assert.equal(Group?.GroupName, 'editors');
    assert.equal(Group?.UserPoolId, poolId());
    assert.equal(Group?.Precedence, 5);
    assert.ok((Group?.CreationDate?.getTime() ?? 0) / 1000 >= Math.floor(before));
    const read = (await send.get('editors')).Group;
    assert.deepEqual([read?.Description, read?.RoleArn], ['Edit things', 'arn:aws:iam::123456789012:role/Editors']);
    const listed = await context().client.send(new ListGroupsCommand({ UserPoolId: poolId() }));
    assert.deepEqual(listed.Groups?.map((g) => g.GroupName), ['admins', 'editors']);
    await rejectsWith(send.create({ GroupName: 'editors' }), 'GroupExistsException', 'A group with the name editors already exists.');
  });

  it('keeps precedence 0 (the highest rank, not "none") and a description of exactly 2048 characters with quotes, commas, a newline and Unicode', async () => {
    const description = `="Owners", all of them\nÄrzte · 管理者 ${'x'.repeat(2048)}`.slice(0, 2048);
    const { Group } = await send.create({ GroupName: 'owners', Precedence: 0, Description: description });
    assert.equal(Group?.Precedence, 0);
    const read = (await send.get('owners')).Group;
    assert.deepEqual([read?.Precedence, read?.Description], [0, description]);
    const listed = await context().client.send(new ListGroupsCommand({ UserPoolId: poolId() }));
    assert.equal(listed.Groups?.find((g) => g.GroupName === 'owners')?.Precedence, 0);
    await rejectsWith(send.create({ GroupName: 'too-long', Description: `${description}x` }), 'InvalidParameterException', /at 'description' failed to satisfy constraint: Member must have length less than or equal to 2048/);
    await send.remove('owners');
  });

  it('refuses what the model refuses: a negative precedence, a name with a space, a bad role ARN, an unknown pool', async () => {
    await rejectsWith(send.create({ GroupName: 'negative', Precedence: -1 }), 'InvalidParameterException', "1 validation error detected: Value '-1' at 'precedence' failed to satisfy constraint: Member must have value greater than or equal to 0");
    await rejectsWith(send.create({ GroupName: 'with space' }), 'InvalidParameterException', /at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern/);
    await rejectsWith(send.create({ GroupName: 'role', RoleArn: 'not-an-arn-but-long-enough' }), 'InvalidParameterException', /at 'roleArn'/);
    await rejectsWith(context().client.send(new GetGroupCommand({ UserPoolId: 'us-east-1_NoSuchPoo', GroupName: 'admins' })), 'ResourceNotFoundException', 'User pool us-east-1_NoSuchPoo does not exist.');
  });

  it('adds and removes members, lists them both ways, and refuses an unknown group or user', async () => {
    await send.create({ GroupName: 'readers' });
    for (const user of ['alice', 'bob', 'user000001']) await send.add(user, 'readers');
    await send.add('alice', 'readers'); // already a member: no error, no duplicate
    await send.add('alice', 'admins');
    assert.deepEqual(await groupNames('alice'), ['admins', 'readers']);

    const first = await send.members('readers', 2);
    assert.deepEqual(first.Users?.map((u) => u.Username), ['alice', 'bob']);
    assert.ok(first.NextToken);
    const second = await send.members('readers', 2, first.NextToken);
    assert.deepEqual(second.Users?.map((u) => u.Username), ['user000001']);
    assert.equal(second.NextToken, undefined);
    assert.equal(second.Users?.[0].UserStatus, 'CONFIRMED');

    await send.leave('bob', 'readers');
    await send.leave('bob', 'readers'); // not a member: no error
    assert.deepEqual((await send.members('readers')).Users?.map((u) => u.Username), ['alice', 'user000001']);
    assert.deepEqual(await groupNames('bob'), []);

    await rejectsWith(send.add('alice', 'nosuchgroup'), 'ResourceNotFoundException', 'Group not found.');
    await rejectsWith(send.add('nobody', 'readers'), 'UserNotFoundException', 'User does not exist.');
    await rejectsWith(send.leave('alice', 'nosuchgroup'), 'ResourceNotFoundException', 'Group not found.');
    await rejectsWith(send.members('nosuchgroup'), 'ResourceNotFoundException', 'Group not found.');
    await rejectsWith(send.members('readers', 61), 'InvalidParameterException', "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
    await rejectsWith(send.members('admins', 10, first.NextToken), 'InvalidParameterException', 'Invalid pagination token.');
  });

  it('deletes a group: GetGroup and membership are gone', async () => {
    await send.create({ GroupName: 'temporary' });
    await send.add('user000002', 'temporary');
    await send.remove('temporary');
    await rejectsWith(send.get('temporary'), 'ResourceNotFoundException', 'Group not found.');
    await rejectsWith(send.remove('temporary'), 'ResourceNotFoundException', 'Group not found.');
    assert.deepEqual(await groupNames('user000002'), []);
  });

  it('puts membership in cognito:groups of tokens issued afterwards, and takes it out again', async () => {
    await send.create({ GroupName: 'pilots' });
    const groupsClaim = async () => claimsOf((await signedIn(context(), 'bob', PASSWORD)).idToken)['cognito:groups'];
    assert.equal(await groupsClaim(), undefined);

    await send.add('bob', 'pilots');
    await send.add('bob', 'admins');
    const { idToken, accessToken } = await signedIn(context(), 'bob', PASSWORD);
    assert.deepEqual(claimsOf(idToken)['cognito:groups'], ['pilots', 'admins']);
    assert.deepEqual(claimsOf(accessToken)['cognito:groups'], ['pilots', 'admins']);

    await send.leave('bob', 'admins');
    await send.remove('pilots');
    assert.equal(await groupsClaim(), undefined);
  });
});
