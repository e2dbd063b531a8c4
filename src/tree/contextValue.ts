import type { User } from '../shared/types';
import { KINDS, specOf, type KindRegistry } from './kinds';
import { userStates } from './kinds/users';
import type { TreeNode } from './nodes';

export { statusToken } from './kinds/users';

// A row's contextValue is a set of tokens separated by spaces, the node kind first, then its states:
// `user enabled force_change_password`, `usersFolder filtered`, `error expiredSession`. A token is
// word characters only ([A-Za-z0-9_]), so a package.json menu matches one whole token with `\b` on
// both sides (`viewItem =~ /\buser\b/ && viewItem =~ /\bdisabled\b/`) and never finds a token inside
// another (`user` is not in `usersFolder`, `confirmed` is not in `unconfirmed`). A new state adds a
// token, and the menus that do not name it stay as they are. Each kind's states come from its
// specification (kinds/).

const TOKEN = /^\w+$/;

/** The contextValue of a node kind in the given states; a falsy state is left out. */
export function contextValue(kind: string, ...states: (string | false | undefined)[]): string {
  const tokens = [kind, ...states.filter((state): state is string => Boolean(state))];
  const bad = tokens.find((token) => !TOKEN.test(token));
  if (bad !== undefined) throw new Error(`The context token "${bad}" must be letters, digits or "_" only, so menus can match it with \\b.`);
  return tokens.join(' ');
}

/** `user enabled confirmed`, `member disabled force_change_password`: package.json offers Enable or
 *  Disable, Confirm and Resend Invitation only where they fit. */
export function userContextValue(user: User, kind: 'user' | 'member' = 'user'): string {
  return contextValue(kind, ...userStates(user));
}

/** The contextValue of a node's row; `filtered` says its listing shows a filter (the Users folder's). */
export function contextValueOf(node: TreeNode, filtered = false, kinds: KindRegistry = KINDS): string {
  return contextValue(node.kind, ...(specOf(node, kinds).tokens?.(node, filtered) ?? []));
}
