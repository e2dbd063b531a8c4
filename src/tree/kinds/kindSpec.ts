import type { CognitoApi, Page } from '../../shared/types';
import type { ConnectionDirectory } from '../../connection/connections';
import type { TreeNode } from '../nodes';

// What the tree knows about one node kind, as plain data and functions without `vscode`, so the core
// bundle and plain-Node tests use the same specifications: its row (treeItems.ts turns it into a
// vscode.TreeItem), its context tokens (contextValue.ts joins them), and how its children come: fixed
// (a pool's folders) or listed one page at a time from one Cognito call (the model pages, caches,
// refreshes and shows errors the same way for every listed kind).

/** A codicon id and an optional theme colour id. */
export interface Icon {
  id: string;
  color?: string;
}

/** A tree row as plain data. Nothing in it may be a secret: nodes carry none. */
export interface Row {
  label: string;
  description?: string;
  /** Plain text, or Markdown when given as `{ markdown }`. */
  tooltip?: string | { markdown: string };
  icon?: Icon;
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** Runs on click, with the node as its one argument. */
  command?: { id: string; title: string };
}

/** What one page request needs: the node's connection's API, the continuation token, the active filter. */
export interface ListingContext {
  cognito: CognitoApi;
  token?: string;
  /** The filter expression set on this listing (the Users folder's ListUsers filter). */
  filter?: string;
}

/** Children known without a call. */
export interface FixedChildren<N> {
  fixed(node: N): TreeNode[];
}

/** Children listed one page per call. */
export interface ListedChildren<N> {
  listPage(node: N, context: ListingContext): Promise<Page<TreeNode>>;
  /** The placeholder row's text when the list is empty. */
  empty: string;
  /** Rows after the listing, known without a call (a connection's "Identity pools" folder after its user pools). */
  after?(node: N): TreeNode[];
}

/** A kind's specification; `N` is its node type (any `{ kind, key }`, so a test can make up a kind). */
export interface KindSpec<N extends { kind: string; key: string } = TreeNode> {
  /** The row; `filter` describes the filter set on this node's listing, if any. */
  row(node: N, filter: string | undefined): Row;
  /** The states after the kind in the contextValue; a falsy one is left out. */
  tokens?(node: N, filtered: boolean): (string | false | undefined)[];
  /** A fuller tooltip, fetched on hover only (one call for the one row pointed at); undefined keeps the row's. */
  hoverTooltip?(node: N, connections: ConnectionDirectory): Promise<Row['tooltip']>;
  children?: FixedChildren<N> | ListedChildren<N>;
}

/**
 * Children from a paged Cognito listing: `page` is the one API call for a page, `toNode` maps one item
 * of it to a node (its key, parent key and data).
 */
export function listed<N, T>(spec: { page(node: N, context: ListingContext): Promise<Page<T>>; toNode(item: T, parent: N): TreeNode; empty: string; after?(node: N): TreeNode[] }): ListedChildren<N> {
  return {
    empty: spec.empty,
    after: spec.after,
    async listPage(node, context) {
      const { items, nextToken } = await spec.page(node, context);
      return { items: items.map((item) => spec.toNode(item, node)), nextToken };
    },
  };
}
