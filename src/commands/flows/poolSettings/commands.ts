import type { CommandDeclaration } from '../../declaration';
import { poolOf } from '../../nodeArguments';
import { setDeletionProtection } from './deletionProtection';
import { editAccountRecovery } from './editAccountRecovery';
import { editFeaturePlan } from './editFeaturePlan';
import { editMfa } from './editMfa';
import { editPasswordPolicy } from './editPasswordPolicy';
import { editSignInOptions } from './editSignInOptions';
import { editSignUp } from './editSignUp';
import { editTags } from './editTags';

// The commands that edit a pool's policies and sign-up settings: password policy, sign-up and
// verification, account recovery, deletion protection on and off, tags, and its sign-in settings: the
// feature plan, the allowed first factors and MFA. Each is on the pool's menu and in
// the palette (asking the pool), and each is a field action in Pool Details beside what it edits.

const onPool = (order: number) => [{ on: 'pool' as const, group: '3_edit', order }];

export const POOL_SETTINGS_COMMANDS: readonly CommandDeclaration[] = [
  { id: 'cognito.editPasswordPolicy', title: 'Edit Password Policy…', rows: onPool(1), run: ({ deps }, node) => editPasswordPolicy(deps(), poolOf(node)) },
  { id: 'cognito.editSignUp', title: 'Edit Sign-up and Verification…', rows: onPool(2), run: ({ deps }, node) => editSignUp(deps(), poolOf(node)) },
  { id: 'cognito.editAccountRecovery', title: 'Edit Account Recovery…', rows: onPool(3), run: ({ deps }, node) => editAccountRecovery(deps(), poolOf(node)) },
  { id: 'cognito.editPoolTags', title: 'Edit Tags…', rows: onPool(8), run: ({ deps }, node) => editTags(deps(), poolOf(node)) },
  { id: 'cognito.turnOnDeletionProtection', title: 'Turn On Deletion Protection', rows: onPool(9), run: ({ deps }, node) => setDeletionProtection(deps(), true, poolOf(node)) },
  { id: 'cognito.turnOffDeletionProtection', title: 'Turn Off Deletion Protection', rows: onPool(10), run: ({ deps }, node) => setDeletionProtection(deps(), false, poolOf(node)) },
  { id: 'cognito.editFeaturePlan', title: 'Edit Feature Plan…', rows: onPool(11), run: ({ deps }, node) => editFeaturePlan(deps(), poolOf(node)) },
  { id: 'cognito.editSignInOptions', title: 'Edit Sign-in Options…', rows: onPool(12), run: ({ deps }, node) => editSignInOptions(deps(), poolOf(node)) },
  { id: 'cognito.editMfa', title: 'Edit MFA…', rows: onPool(13), run: ({ deps }, node) => editMfa(deps(), poolOf(node)) },
];
