// UpdateGroup, from the API reference and the service model: GroupName and UserPoolId required; Description
// 0–2048 characters, Precedence an integer ≥ 0, RoleArn an ARN of 20–2048 characters (the model's ArnType
// pattern). What the request leaves out is KEPT, unlike UpdateUserPool: the AWS CLI reference's update-group
// example sends a description and a precedence, and the group it answers still has its RoleArn. So nothing
// can be removed: an empty RoleArn breaks the 20-character minimum (hashicorp/terraform-provider-aws#4237,
// localstack/localstack#6142 saw it refused), a null Precedence is the same as none; an empty Description is
// 0 characters, which the model allows, and becomes the description. A missing group is
// ResourceNotFoundException "Group not found.", as GetGroup answers.
import { groupType } from './groups';
import { groupNameMember, integerMember, optionalString } from './members';
import { poolOf } from './requests';
import type { SeededPool } from './data';
import { ServiceError, type Operation } from './server';

const ARN_PATTERN = 'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?';

export function groupUpdateOperations(pools: readonly SeededPool[]): Record<string, Operation> {
  return {
    UpdateGroup(input) {
      const name = groupNameMember(input);
      const description = optionalString(input, 'Description', { member: 'description', max: 2048 });
      const roleArn = optionalString(input, 'RoleArn', { member: 'roleArn', min: 20, max: 2048, pattern: ARN_PATTERN });
      const precedence = integerMember(input, 'Precedence', 'precedence', 0);
      const pool = poolOf(pools, input);
      const group = pool.groupStore.get(name);
      if (!group) throw new ServiceError('ResourceNotFoundException', 'Group not found.');
      if (description !== undefined) group.description = description;
      if (roleArn !== undefined) group.roleArn = roleArn;
      if (precedence !== undefined) group.precedence = precedence;
      group.modified = new Date(pool.now());
      return { Group: groupType(pool, group) };
    },
  };
}
