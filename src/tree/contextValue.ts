import type { User } from '../cognito/types';
import type { TreeNode } from './nodes';

// A row's contextValue is a set of tokens separated by spaces, the node kind first, then its states:
// `user enabled force_change_password`, `usersFolder filtered`, `error expiredSession`. A token is
// word characters only ([A-Za-z0-9_]), so a package.json menu matches one whole token with `\b` on
// both sides (`viewItem =~ /\buser\b/ && viewItem =~ /\bdisabled\b/`) and never finds a token inside
// another (`user` is not in `usersFolder`, `confirmed` is not in `unconfirmed`). A new state adds a
// token, and the menus that do not name it stay as they are.

const TOKEN = /^\w+$/;

/** The contextValue of a node kind in the given states; a falsy state is left out. */
export function contextValue(kind: string, ...states: (string | false | undefined)[]): string {
  const tokens = [kind, ...states.filter((state): state is string => Boolean(state))];
  const bad = tokens.find((token) => !TOKEN.test(token));
  if (bad !== undefined) throw new Error(`The context token "${bad}" must be letters, digits or "_" only, so menus can match it with \\b.`);
  return tokens.join(' ');
}

/** Cognito's user status as a token: `FORCE_CHANGE_PASSWORD` → `force_change_password`. */
export function statusToken(status: string): string | undefined {
  return status.toLowerCase().replace(/\W+/g, '_') || undefined;
}

/** `user enabled confirmed`, `member disabled force_change_password`: package.json offers Enable or
 *  Disable, Confirm and Resend Invitation only where they fit. */
export function userContextValue(user: User, kind: 'user' | 'member' = 'user'): string {
  return contextValue(kind, user.enabled ? 'enabled' : 'disabled', statusToken(user.status));
}

/** The contextValue of a node's row; `usersFiltered` says the Users folder shows a filter. */
export function contextValueOf(node: TreeNode, usersFiltered = false): string {
  switch (node.kind) {
    case 'user':
    case 'member':
      // The user's state for members too, so a member row offers the user actions that state allows.
      return userContextValue(node.user, node.kind);
    case 'usersFolder':
      return contextValue(node.kind, usersFiltered && 'filtered');
    case 'error':
      // `error expiredSession` lets package.json offer the "aws sso login" action on just these.
      return contextValue(node.kind, node.reason === 'expiredSession' && 'expiredSession');
    default:
      return contextValue(node.kind);
  }
}
