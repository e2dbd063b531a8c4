import type { CognitoErrorKind } from '../../shared/errors';
import { ROOT_KEY } from './keys';
import type { KindSpec } from './kindSpec';

// Rows that say something instead of listing a resource: "No app clients", a load that failed
// (clicking it retries the parent), or a `cognito.connections` entry that could not be used.

export interface MessageNode {
  kind: 'empty' | 'error';
  key: string;
  parentKey: string;
  message: string;
  /** For errors: what kind, so an expired session can offer "aws sso login". */
  reason?: CognitoErrorKind;
  /** The connection whose listing this message is about, if any. */
  connectionId?: string;
}

export function emptyNode(parentKey: string, message: string): MessageNode {
  return { kind: 'empty', key: `${parentKey}#empty`, parentKey, message };
}

export function errorNode(parentKey: string, message: string, reason: CognitoErrorKind, connectionId?: string): MessageNode {
  return { kind: 'error', key: `${parentKey}#error`, parentKey, message, reason, connectionId };
}

/** A `cognito.connections` entry that could not be used; one root node each, above the connections. */
export function settingsProblemNode(index: number, message: string): MessageNode {
  return { kind: 'error', key: `${ROOT_KEY}#setting${index}`, parentKey: ROOT_KEY, message, reason: 'invalidParameter' };
}

export const empty: KindSpec<MessageNode> = {
  row: (node) => ({ label: node.message, collapsible: 'none' }),
};

export const error: KindSpec<MessageNode> = {
  row: (node) => ({
    label: node.message,
    tooltip: `${node.message}\nClick to retry.`,
    icon: { id: 'error', color: 'errorForeground' },
    collapsible: 'none',
    command: { id: 'cognito.refresh', title: 'Retry' },
  }),
  // `error expiredSession` lets package.json offer the "aws sso login" action on just these.
  tokens: (node) => [node.reason === 'expiredSession' && 'expiredSession'],
};
