import type { CommandDeclaration } from '../../declaration';
import { poolOf } from '../../nodeArguments';
import { addCustomAttribute } from './addCustomAttribute';

// The commands on a pool's schema: adding a custom attribute (from the pool's menu, Pool Details and the
// palette, which asks for the pool).

export const CUSTOM_ATTRIBUTE_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.addCustomAttribute',
    title: 'Add Custom Attribute…',
    rows: [{ on: 'pool', group: '3_edit', order: 6 }],
    run: ({ deps }, node) => addCustomAttribute(deps(), poolOf(node)),
  },
];
