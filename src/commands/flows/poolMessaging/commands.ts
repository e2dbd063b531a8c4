import type { CommandDeclaration } from '../../declaration';
import { poolOf } from '../../nodeArguments';
import { editEmailSending } from './editEmailSending';
import { editSmsSending } from './editSmsSending';

// How a pool sends e-mail and SMS: from the pool's menu, Pool Details' fields, and the palette (asking the pool).

export const POOL_MESSAGING_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.editEmailSending',
    title: 'Edit E-mail Sending…',
    icon: 'mail',
    rows: [{ on: 'pool', group: '3_edit', order: 4 }],
    run: ({ deps }, node) => editEmailSending(deps(), poolOf(node)),
  },
  {
    id: 'cognito.editSmsSending',
    title: 'Edit SMS Sending…',
    icon: 'comment',
    rows: [{ on: 'pool', group: '3_edit', order: 5 }],
    run: ({ deps }, node) => editSmsSending(deps(), poolOf(node)),
  },
];
