import type { CommandDeclaration } from '../../declaration';
import { poolOf } from '../../nodeArguments';
import { setDeletionProtection } from './deletionProtection';
import { editAccountRecovery } from './editAccountRecovery';
import { editPasswordPolicy } from './editPasswordPolicy';
import { editSignUp } from './editSignUp';
import { editTags } from './editTags';

// The commands that edit a pool's policies and sign-up settings: password policy, sign-up and
// verification, account recovery, deletion protection on and off, tags. Each is on the pool's menu and in
// the palette (asking the pool), and each is a field action in Pool Details beside what it edits.

const onPool = (order: number) => [{ on: 'pool' as const, group: '3_edit', order }];

export const POOL_SETTINGS_COMMANDS: readonly CommandDeclaration[] = [
  { id: 'cognito.editPasswordPolicy', title: 'Edit Password Policy…', rows: onPool(1), run: ({ deps }, node) => editPasswordPolicy(deps(), poolOf(node)) },
  { id: 'cognito.editSignUp', title: 'Edit Sign-up and Verification…', rows: onPool(2), run: ({ deps }, node) => editSignUp(deps(), poolOf(node)) },
  { id: 'cognito.editAccountRecovery', title: 'Edit Account Recovery…', rows: onPool(3), run: ({ deps }, node) => editAccountRecovery(deps(), poolOf(node)) },
  { id: 'cognito.editPoolTags', title: 'Edit Tags…', rows: onPool(8), run: ({ deps }, node) => editTags(deps(), poolOf(node)) },
  { id: 'cognito.turnOnDeletionProtection', title: 'Turn On Deletion Protection', rows: onPool(9), run: ({ deps }, node) => setDeletionProtection(deps(), true, poolOf(node)) },
  { id: 'cognito.turnOffDeletionProtection', title: 'Turn Off Deletion Protection', rows: onPool(10), run: ({ deps }, node) => setDeletionProtection(deps(), false, poolOf(node)) },
];
