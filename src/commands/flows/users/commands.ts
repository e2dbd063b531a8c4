import { USER_ROWS, type CommandDeclaration } from '../../declaration';
import { asNode, poolOf, usersOf } from '../../nodeArguments';
import { poolNameOf } from '../../treeTargets';
import { exportUsers } from './exportUsers';
import { importUsers } from './importUsers';
import { setUserMfaPreference } from './setUserMfaPreference';
import { setUserPassword } from './setUserPassword';
import { showUserDetails } from './showUserDetails';
import { confirmUser, deleteUsers, resendInvitation, resetUserPassword, setUsersEnabled, signOutEverywhere } from './userActions';
import { deleteUserAttribute, editUserAttribute } from './userAttributes';

// The commands on users (a user's row, or a member's: the same user under a group) and on a pool's users
// at once (export, import). Enable, Disable and Delete act on every selected user.

export const USER_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.showUserDetails',
    title: 'Show User Details',
    icon: 'info',
    rows: [{ on: USER_ROWS, group: '1_view', order: 1 }],
    run: (context, node) => showUserDetails(context.deps(), usersOf(node)[0], poolNameOf(context, node)),
  },
  {
    id: 'cognito.setUserPassword',
    title: 'Set Password…',
    icon: 'key',
    rows: [{ on: USER_ROWS, group: '2_password', order: 1 }],
    run: ({ deps }, node) => setUserPassword(deps(), usersOf(node)[0]),
  },
  {
    id: 'cognito.resetUserPassword',
    title: 'Reset Password',
    rows: [{ on: USER_ROWS, having: 'confirmed', group: '2_password', order: 2 }],
    run: ({ deps }, node) => resetUserPassword(deps(), usersOf(node)[0]),
  },
  {
    id: 'cognito.resendInvitation',
    title: 'Resend Invitation',
    rows: [{ on: USER_ROWS, having: 'force_change_password', group: '2_password', order: 3 }],
    run: ({ deps }, node) => resendInvitation(deps(), usersOf(node)[0]),
  },
  {
    id: 'cognito.enableUser',
    title: 'Enable User',
    rows: [{ on: USER_ROWS, having: 'disabled', group: '3_state', order: 1 }],
    many: true,
    run: ({ deps }, node, selected) => setUsersEnabled(deps(), usersOf(node, selected), true),
  },
  {
    id: 'cognito.disableUser',
    title: 'Disable User',
    rows: [{ on: USER_ROWS, having: 'enabled', group: '3_state', order: 2 }],
    many: true,
    run: ({ deps }, node, selected) => setUsersEnabled(deps(), usersOf(node, selected), false),
  },
  {
    id: 'cognito.confirmUser',
    title: 'Confirm User',
    rows: [{ on: USER_ROWS, having: 'unconfirmed', group: '3_state', order: 3 }],
    run: ({ deps }, node) => confirmUser(deps(), usersOf(node)[0]),
  },
  {
    id: 'cognito.signOutUserEverywhere',
    title: 'Sign Out Everywhere',
    rows: [{ on: USER_ROWS, group: '4_auth', order: 2 }],
    run: ({ deps }, node) => signOutEverywhere(deps(), usersOf(node)[0]),
  },
  {
    id: 'cognito.setUserMfaPreference',
    title: 'Set MFA Preference…',
    rows: [{ on: USER_ROWS, group: '4_auth', order: 3 }],
    run: ({ deps }, node) => setUserMfaPreference(deps(), usersOf(node)[0]),
  },
  {
    id: 'cognito.editUserAttribute',
    title: 'Edit Attribute…',
    rows: [{ on: USER_ROWS, group: '5_attributes', order: 1 }],
    run: ({ deps }, node) => editUserAttribute(deps(), usersOf(node)[0]),
  },
  {
    id: 'cognito.deleteUserAttribute',
    title: 'Delete Attribute…',
    rows: [{ on: USER_ROWS, group: '5_attributes', order: 2 }],
    run: ({ deps }, node) => deleteUserAttribute(deps(), usersOf(node)[0]),
  },
  {
    // A member's row offers Remove from Group instead (groups/commands.ts).
    id: 'cognito.deleteUser',
    title: 'Delete User',
    rows: [{ on: 'user', group: '8_delete', order: 1 }],
    many: true,
    run: ({ deps }, node, selected) => deleteUsers(deps(), usersOf(node, selected)),
  },
  {
    id: 'cognito.exportUsers',
    title: 'Export Users…',
    icon: 'export',
    rows: [
      { on: 'pool', group: '7_bulk', order: 1 },
      { on: 'usersFolder', group: '7_bulk', order: 1 },
    ],
    run: ({ deps, model }, arg) => {
      // From a Users folder that shows a search, the export holds what the search finds.
      const node = asNode(arg);
      const pool = poolOf(arg);
      const filter = node?.kind === 'usersFolder' ? model.userFilter(node.key)?.expression : undefined;
      return exportUsers(deps(), pool && { ...pool, filter });
    },
  },
  {
    id: 'cognito.importUsers',
    title: 'Import Users…',
    icon: 'cloud-upload',
    rows: [
      { on: 'pool', group: '7_bulk', order: 2 },
      { on: 'usersFolder', group: '7_bulk', order: 2 },
    ],
    run: ({ deps }, node) => importUsers(deps(), poolOf(node)),
  },
];
