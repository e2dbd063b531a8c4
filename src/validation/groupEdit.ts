import { checkPrecedence, checkRoleArn } from './group';

// Edit Group checks what Create Group checks (validation/group.ts), plus what UpdateGroup cannot do: it keeps
// a member a request leaves out, and offers no way to remove one. An empty RoleArn is refused (RoleArn is
// 20–2048 characters: hashicorp/terraform-provider-aws#4237, localstack/localstack#6142) and a null
// Precedence is the same as none given, so a group that has a precedence or a role keeps one. Emptying the
// box is therefore refused as you type, with the way out (delete the group and create it again).

const NO_REMOVAL = 'Cognito cannot remove a group’s';

/** A precedence box pre-filled with `current`: empty only while the group has none. */
export function checkEditedPrecedence(current: number | undefined): (value: string) => string | undefined {
  return (value) => {
    if (value.trim() === '' && current !== undefined) return `${NO_REMOVAL} precedence once set; enter 0 or more (lower wins), or delete the group and create it again.`;
    return checkPrecedence(value);
  };
}

/** A role box pre-filled with `current`: empty only while the group has none. */
export function checkEditedRoleArn(current: string | undefined): (value: string) => string | undefined {
  return (value) => {
    if (value.trim() === '' && current) return `${NO_REMOVAL} IAM role once set; enter another role ARN, or delete the group and create it again.`;
    return checkRoleArn(value);
  };
}
