import type { CommandDeclaration } from '../../declaration';
import { clientOf } from '../../nodeArguments';
import { editAttributePermissions } from './editAttributePermissions';
import { editClientSettings } from './editClientSettings';
import { editOAuthSettings } from './editOAuthSettings';
import { editTokenValidity } from './editTokenValidity';

// The edits of an app client's settings: token lifetimes, attribute permissions, the rest of its settings
// (name, user existence errors, token revocation, session length, refresh token rotation), and its OAuth
// settings (flows, scopes, callback and sign-out URLs, identity providers). Each is
// on the client's menu beside Edit Authentication Flows, and in the palette, where it asks the pool and client.

export const APP_CLIENT_SETTINGS_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.editTokenValidity',
    title: 'Edit Token Validity…',
    rows: [{ on: 'appClient', group: '3_edit', order: 2 }],
    run: ({ deps }, node) => editTokenValidity(deps(), clientOf(node)),
  },
  {
    id: 'cognito.editAttributePermissions',
    title: 'Edit Attribute Permissions…',
    rows: [{ on: 'appClient', group: '3_edit', order: 3 }],
    run: ({ deps }, node) => editAttributePermissions(deps(), clientOf(node)),
  },
  {
    id: 'cognito.editAppClientSettings',
    title: 'Edit App Client Settings…',
    rows: [{ on: 'appClient', group: '3_edit', order: 4 }],
    run: ({ deps }, node) => editClientSettings(deps(), clientOf(node)),
  },
  {
    id: 'cognito.editOAuthSettings',
    title: 'Edit OAuth Settings…',
    rows: [{ on: 'appClient', group: '3_edit', order: 5 }],
    run: ({ deps }, node) => editOAuthSettings(deps(), clientOf(node)),
  },
];
