import type { CommandDeclaration } from '../../declaration';
import { poolOf } from '../../nodeArguments';
import { editLambdaTriggers } from './editLambdaTriggers';

// The commands on a pool's Lambda triggers: attach, replace or detach a function per trigger.

export const LAMBDA_TRIGGER_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.editLambdaTriggers',
    title: 'Edit Lambda Triggers…',
    rows: [{ on: 'pool', group: '3_edit', order: 7 }],
    run: ({ deps }, node) => editLambdaTriggers(deps(), poolOf(node)),
  },
];
