import { CognitoError, type CognitoErrorKind } from '../cognito/errors';
import type { CognitoApi, Page } from '../cognito/types';
import type { UserFilter } from '../cognito/userFilter';
import {
  appClientNode,
  emptyMessage,
  emptyNode,
  errorNode,
  folderNodes,
  loadMoreNode,
  poolNode,
  ROOT_KEY,
  userNode,
  type ListingParent,
  type LoadMoreNode,
  type TreeNode,
} from './nodes';

// The tree's data: what has been loaded under each listing parent (the root and the two folders of
// each pool), page by page. It does the I/O and raises change events; the provider turns nodes into
// TreeItems. One page costs one call; nothing is fetched per item.

/** Everything loaded so far under one parent. Replaced, never reset, on refresh, so a load still in
 *  flight for the old state cannot write into the new one. */
interface Listing {
  items: TreeNode[];
  nextToken?: string;
  error?: { message: string; kind: CognitoErrorKind };
  /** The first page, while it loads; concurrent getChildren calls share it. */
  firstPage?: Promise<void>;
  /** The page "Load more" is fetching; a second click gets the same promise (double-click guard). */
  nextPage?: Promise<void>;
}

export type ChangeListener = (node: TreeNode | undefined) => void;

export class TreeModel {
  private readonly listings = new Map<string, Listing>();
  private readonly nodes = new Map<string, TreeNode>();
  private readonly listeners = new Set<ChangeListener>();
  /** Active ListUsers filter expressions, by users-folder key; they survive refreshes. */
  private readonly userFilters = new Map<string, UserFilter>();

  /**
   * @param onRootLoaded told how the pool list loaded (undefined: fine), so the view can show its
   *   welcome content instead of an error node when there are no credentials at all.
   */
  constructor(
    private readonly cognito: () => CognitoApi,
    private readonly onRootLoaded: (error: CognitoErrorKind | undefined) => void = () => undefined,
  ) {}

  onDidChange(listener: ChangeListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (node?.kind === 'pool') return this.remember(folderNodes(node.pool));
    if (node && node.kind !== 'appClientsFolder' && node.kind !== 'usersFolder') return [];
    const key = node?.key ?? ROOT_KEY;
    const listing = this.listings.get(key) ?? this.startListing(node);
    await listing.firstPage;
    // Refreshed while this page loaded: answer with the new listing, never the replaced one.
    if (this.listings.get(key) !== listing) return this.getChildren(node);
    return this.childrenOf(node, listing);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.kind === 'pool' ? undefined : this.nodes.get(node.parentKey);
  }

  getNode(key: string): TreeNode | undefined {
    return this.nodes.get(key);
  }

  /**
   * Fetches the page a "Load more" node stands for. Clicks while it loads share one request; a click on
   * a node whose page has already arrived (its token is spent) does nothing.
   */
  loadMore(node: LoadMoreNode): Promise<void> {
    const listing = this.listings.get(node.parentKey);
    if (!listing || listing.nextToken !== node.token) return listing?.nextPage ?? Promise.resolve();
    if (!listing.nextPage) {
      const parent = this.listingParent(node.parentKey);
      listing.nextPage = this.loadPage(parent, listing, listing.nextToken).finally(() => {
        listing.nextPage = undefined;
        this.fire(parent);
      });
    }
    return listing.nextPage;
  }

  /** Forgets what was loaded under the node (or everything) so it loads again from the first page. */
  refresh(node?: TreeNode): void {
    const target = !node || node.kind === 'pool' || node.kind === 'appClientsFolder' || node.kind === 'usersFolder' ? node : this.listingParent(node.parentKey);
    // Everything below the target goes, so nodes from old pages and old searches do not pile up.
    const below = (key: string) => target === undefined || key.startsWith(`${target.key}/`) || key.startsWith(`${target.key}#`);
    for (const key of [...this.listings.keys()]) {
      if (below(key) || key === target?.key) this.listings.delete(key);
    }
    for (const key of [...this.nodes.keys()]) {
      if (below(key)) this.nodes.delete(key);
    }
    this.fire(target);
  }

  /**
   * Shows a node that was just created: reloads its parent's first page and keeps the new node in it
   * even if the listing does not have it yet (ListUsers is eventually consistent). Returns the node
   * as the tree knows it, for reveal(), or undefined when its folder was never opened.
   */
  async showCreated(created: TreeNode): Promise<TreeNode | undefined> {
    const key = created.kind === 'pool' ? ROOT_KEY : created.parentKey;
    // A list never opened has nothing to update: it shows the new item when first opened.
    if (!this.listings.has(key)) return undefined;
    const parent = this.listingParent(key);
    const listing = this.startListing(parent);
    await listing.firstPage;
    if (this.listings.get(key) !== listing) return undefined;
    if (!listing.items.some((n) => n.key === created.key)) listing.items.unshift(created);
    this.remember([created]);
    this.fire(parent);
    return this.nodes.get(created.key) ?? created;
  }

  setUserFilter(folderKey: string, filter: UserFilter | undefined): void {
    if (filter) this.userFilters.set(folderKey, filter);
    else this.userFilters.delete(folderKey);
    const folder = this.nodes.get(folderKey);
    if (folder) this.refresh(folder);
  }

  userFilter(folderKey: string): UserFilter | undefined {
    return this.userFilters.get(folderKey);
  }

  /** A fresh listing for the parent, replacing any other, with its first page on the way. */
  private startListing(parent: ListingParent): Listing {
    const listing: Listing = { items: [] };
    this.listings.set(parent?.key ?? ROOT_KEY, listing);
    listing.firstPage = this.loadPage(parent, listing);
    return listing;
  }

  private async loadPage(parent: ListingParent, listing: Listing, token?: string): Promise<void> {
    try {
      const page = await this.fetchPage(parent, token);
      // An item can turn up again on a later page: the lists shift, or showCreated put it first.
      const known = new Set(listing.items.map((n) => n.key));
      listing.items.push(...this.remember(page.items.filter((n) => !known.has(n.key))));
      listing.nextToken = page.nextToken;
      listing.error = undefined;
    } catch (error) {
      listing.error =
        error instanceof CognitoError ? { message: error.message, kind: error.kind } : { message: 'Loading failed for an unexpected reason; click to retry.', kind: 'unknown' };
      if (token && listing.error.kind === 'invalidParameter') {
        // AWS page tokens expire; the cure is starting the list over, which clicking the error does.
        listing.error.message = 'This list changed or its page token expired; click to reload it from the start.';
        listing.nextToken = undefined;
      }
    }
    if (!parent && this.listings.get(ROOT_KEY) === listing) this.onRootLoaded(listing.error?.kind);
  }

  private fetchPage(parent: ListingParent, token?: string): Promise<Page<TreeNode>> {
    const cognito = this.cognito();
    if (!parent) return mapPage(cognito.listUserPools(token), poolNode);
    const poolId = parent.pool.id;
    if (parent.kind === 'appClientsFolder') return mapPage(cognito.listAppClients(poolId, token), appClientNode);
    const filter = this.userFilters.get(parent.key)?.expression;
    return mapPage(cognito.listUsers(poolId, { nextToken: token, filter }), (user) => userNode(poolId, user));
  }

  private childrenOf(parent: ListingParent, listing: Listing): TreeNode[] {
    const key = parent?.key ?? ROOT_KEY;
    // No credentials at all: an empty root lets the view's welcome content explain what to do.
    if (!parent && listing.error?.kind === 'noCredentials' && listing.items.length === 0) return [];
    const children = [...listing.items];
    if (listing.error) children.push(errorNode(key, listing.error.message, listing.error.kind));
    else if (children.length === 0 && !listing.nextToken) children.push(emptyNode(key, emptyMessage(parent)));
    if (listing.nextToken) children.push(loadMoreNode(key, listing.nextToken));
    return this.remember(children);
  }

  private listingParent(key: string): ListingParent {
    const node = this.nodes.get(key);
    return node?.kind === 'appClientsFolder' || node?.kind === 'usersFolder' ? node : undefined;
  }

  private remember<T extends TreeNode>(nodes: T[]): T[] {
    for (const node of nodes) this.nodes.set(node.key, node);
    return nodes;
  }

  private fire(node: TreeNode | undefined): void {
    for (const listener of this.listeners) listener(node);
  }
}

async function mapPage<T>(page: Promise<Page<T>>, toNode: (item: T) => TreeNode): Promise<Page<TreeNode>> {
  const { items, nextToken } = await page;
  return { items: items.map(toNode), nextToken };
}
