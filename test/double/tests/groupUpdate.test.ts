// UpdateGroup on the Cognito double with a plain SDK client: what a request leaves out is kept (unlike
// UpdateUserPool), nothing can be removed (an empty RoleArn is refused; a precedence stays), an empty
// Description clears it, and the model's constraints are refused as AWS refuses them.
import * as assert from 'node:assert/strict';
import { CreateGroupCommand, GetGroupCommand, UpdateGroupCommand, type UpdateGroupCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import { rejectsWith } from '../../support/signInDouble';
import { useUsersDouble } from '../../support/usersDouble';

const ROLE = 'arn:aws:iam::123456789012:role/Auditors';

describe('the Cognito double updates groups', () => {
  const context = useUsersDouble();
  const poolId = () => context().poolId;
  const update = (input: Omit<UpdateGroupCommandInput, 'UserPoolId'>) => context().client.send(new UpdateGroupCommand({ UserPoolId: poolId(), ...input }));
  const get = async (GroupName: string) => (await context().client.send(new GetGroupCommand({ UserPoolId: poolId(), GroupName }))).Group;
  const create = (GroupName: string) =>
    context().client.send(new CreateGroupCommand({ UserPoolId: poolId(), GroupName, Description: 'Reads the books', Precedence: 0, RoleArn: ROLE }));

  it('changes only the members given and keeps the others', async () => {
    await create('auditors');
    const { Group } = await update({ GroupName: 'auditors', Precedence: 7 });
    assert.deepEqual([Group?.Description, Group?.Precedence, Group?.RoleArn], ['Reads the books', 7, ROLE]);
    const read = await get('auditors');
    assert.deepEqual([read?.Description, read?.Precedence, read?.RoleArn], ['Reads the books', 7, ROLE]);
    await update({ GroupName: 'auditors', Description: 'Reads the ledgers' });
    assert.deepEqual([(await get('auditors'))?.Precedence, (await get('auditors'))?.RoleArn], [7, ROLE]);
  });

  it('clears the description with an empty one, but refuses an empty role ARN and keeps a precedence', async () => {
    await create('readers');
    await update({ GroupName: 'readers', Description: '' });
    assert.equal((await get('readers'))?.Description, '');
    await rejectsWith(update({ GroupName: 'readers', RoleArn: '' }), 'InvalidParameterException', /at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20/);
    await update({ GroupName: 'readers' });
    const read = await get('readers');
    assert.deepEqual([read?.Precedence, read?.RoleArn], [0, ROLE]);
  });

  it('refuses a negative precedence, a description over 2048 characters, a malformed ARN and a missing group', async () => {
    await create('writers');
    await rejectsWith(update({ GroupName: 'writers', Precedence: -1 }), 'InvalidParameterException', /at 'precedence' failed to satisfy constraint: Member must have value greater than or equal to 0/);
    await rejectsWith(update({ GroupName: 'writers', Description: 'x'.repeat(2049) }), 'InvalidParameterException', /Member must have length less than or equal to 2048/);
    await rejectsWith(update({ GroupName: 'writers', RoleArn: 'not-an-arn-but-long-enough' }), 'InvalidParameterException', /at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern/);
    await rejectsWith(update({ GroupName: 'nobody-here', Precedence: 1 }), 'ResourceNotFoundException', 'Group not found.');
    const read = await get('writers');
    assert.deepEqual([read?.Description, read?.Precedence, read?.RoleArn], ['Reads the books', 0, ROLE]);
  });
});
