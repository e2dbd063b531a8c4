import type { KindSpec } from './kindSpec';

/** "Load more…" at the end of a listing whose last page came with a continuation token. */
export interface LoadMoreNode {
  kind: 'loadMore';
  key: string;
  parentKey: string;
  /** The continuation token of the page this node loads; once that page arrived, the node is spent. */
  token: string;
}

export function loadMoreNode(parentKey: string, token: string): LoadMoreNode {
  return { kind: 'loadMore', key: `${parentKey}#more`, parentKey, token };
}

export const loadMore: KindSpec<LoadMoreNode> = {
  row: () => ({ label: 'Load more…', icon: { id: 'ellipsis' }, collapsible: 'none', command: { id: 'cognito.loadMore', title: 'Load more' } }),
};
