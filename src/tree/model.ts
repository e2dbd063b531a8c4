import { CognitoError, type CognitoErrorKind } from '../shared/errors';
import type { ConnectionDirectory } from '../connection/connections';
import type { UserFilter } from '../shared/userFilter';
import { authenticatorId } from '../shared/rememberedAuthenticators';
import { fixedChildren, isListingParent, KINDS, listingOf, specOf, type KindRegistry } from './kinds';
import { connectionNode, emptyNode, errorNode, loadMoreNode, settingsProblemNode, type ItemNode, type ListingParent, type LoadMoreNode, type TreeNode } from './nodes';

// The tree's data: what is loaded under each listing parent, page by page (one call each), with the call
// and empty text its kind's specification gives (kinds/); paging, caching, refresh and errors work alike
// for every kind. It does the I/O and raises change events; the provider makes TreeItems. One connection
// is hidden, its pools the roots; with `cognito.connections` the connections are roots, each failing alone.

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

/** The connections the tree shows, with the service for each. */
export interface TreeSource extends ConnectionDirectory {
  /** True: the roots are connections. False: one hidden connection, its pools at the root. */
  readonly usesList: boolean;
  /** Sentences for connection settings that could not be used; shown as root nodes. */
  problems(): string[];
}

export class TreeModel {
  private readonly listings = new Map<string, Listing>();
  private readonly nodes = new Map<string, TreeNode>();
  private readonly listeners = new Set<ChangeListener>();
  /** Active filters (the Users folders' ListUsers filters), by listing key; they survive refreshes. */
  private readonly filters = new Map<string, UserFilter>();
  /** The users whose authenticator is remembered (ids only, no secret): their rows offer Copy TOTP Code. */
  private rememberedAuthenticators = new Set<string>();

  /**
   * @param onRootLoaded told how the single connection's pool list loaded (undefined: fine, or the roots
   *   are connections), so the view can show its welcome content instead of an error node when there are
   *   no credentials at all.
   * @param kinds the node kinds' specifications (a test may add a kind of its own).
   */
  constructor(
    private readonly source: TreeSource,
    private readonly onRootLoaded: (error: CognitoErrorKind | undefined) => void = () => undefined,
    private readonly kinds: KindRegistry = KINDS,
  ) {}

  onDidChange(listener: ChangeListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (!node) return this.roots();
    const fixed = fixedChildren(node, this.kinds);
    if (fixed) return this.remember(fixed);
    return isListingParent(node, this.kinds) ? this.listingChildren(node) : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return 'parentKey' in node ? this.visible(this.nodes.get(node.parentKey)) : undefined;
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
    const parent = this.nodes.get(node.parentKey);
    if (!listing || !isListingParent(parent, this.kinds) || listing.nextToken !== node.token) return listing?.nextPage ?? Promise.resolve();
    if (!listing.nextPage) {
      listing.nextPage = this.loadPage(parent, listing, listing.nextToken).finally(() => {
        listing.nextPage = undefined;
        this.fire(parent);
      });
    }
    return listing.nextPage;
  }

  /** Forgets what was loaded under the node (or everything) so it loads again from the first page. */
  refresh(node?: TreeNode): void {
    // A node with children (a pool, a folder) starts over itself; a leaf, the listing it is in.
    const target = !node || specOf(node, this.kinds).children || !('parentKey' in node) ? node : this.nodes.get(node.parentKey);
    // Everything below the target goes, so nodes from old pages and old searches do not pile up.
    const below = (key: string) => target === undefined || key.startsWith(`${target.key}/`) || key.startsWith(`${target.key}#`);
    this.forgetBelow(below);
    // The target's own listing goes too; the node itself stays (it is still in its parent's list).
    if (target) this.listings.delete(target.key);
    this.fire(target);
  }

  private forgetBelow(gone: (key: string) => boolean): void {
    for (const key of [...this.listings.keys()]) if (gone(key)) this.listings.delete(key);
    for (const key of [...this.nodes.keys()]) if (gone(key)) this.nodes.delete(key);
  }

  /**
   * Shows a node that was just created: reloads its parent's first page and keeps the new node in it
   * even if the listing does not have it yet (ListUsers is eventually consistent). Returns the node
   * as the tree knows it, for reveal(), or undefined when its folder was never opened.
   */
  async showCreated(created: ItemNode): Promise<TreeNode | undefined> {
    const key = created.parentKey;
    const parent = this.nodes.get(key);
    // A list never opened has nothing to update: it shows the new item when first opened.
    if (!this.listings.has(key) || !isListingParent(parent, this.kinds)) return undefined;
    const listing = this.startListing(parent);
    await listing.firstPage;
    if (this.listings.get(key) !== listing) return undefined;
    if (!listing.items.some((n) => n.key === created.key)) listing.items.unshift(created);
    this.remember([created]);
    this.fire(parent);
    return this.nodes.get(created.key) ?? created;
  }

  /**
   * Puts a changed node in place of the listed one with its key, keeping the loaded pages; the folder
   * is announced so the view asks for its (cached) children again. False when it is not listed.
   */
  updateNode(node: ItemNode): boolean {
    const listing = this.listings.get(node.parentKey);
    const index = listing?.items.findIndex((n) => n.key === node.key) ?? -1;
    if (!listing || index < 0) return false;
    listing.items[index] = node;
    this.remember([node]);
    this.fire(this.nodes.get(node.parentKey));
    return true;
  }

  /** Takes deleted items out of their listings, keeping the loaded pages; each parent is announced once. */
  removeNodes(nodes: ItemNode[]): void {
    const parents = new Set<string>();
    for (const node of nodes) {
      const listing = this.listings.get(node.parentKey);
      if (!listing) continue;
      listing.items = listing.items.filter((n) => n.key !== node.key);
      parents.add(node.parentKey);
    }
    // Whatever was below a removed node (a group's members) goes too.
    this.forgetBelow((key) => nodes.some((n) => key === n.key || key.startsWith(`${n.key}/`) || key.startsWith(`${n.key}#`)));
    for (const key of parents) this.fire(this.nodes.get(key));
  }

  /** Which users have a remembered authenticator (authenticatorId()s); their loaded rows are drawn again. */
  setRememberedAuthenticators(ids: readonly string[]): void {
    const before = this.rememberedAuthenticators;
    this.rememberedAuthenticators = new Set(ids);
    const changed = (id: string) => before.has(id) !== this.rememberedAuthenticators.has(id);
    const parents = new Set(this.findNodes((n) => (n.kind === 'user' || n.kind === 'member') && changed(authenticatorId({ connectionId: n.connectionId, userPoolId: n.userPoolId, username: n.user.username }))).map((n) => ('parentKey' in n ? n.parentKey : '')));
    for (const key of parents) this.fire(this.nodes.get(key));
  }

  /** State tokens a row has from outside Cognito: `remembered_totp` on a user (or member) whose authenticator is remembered. */
  rowTokens(node: TreeNode): string[] {
    if (node.kind !== 'user' && node.kind !== 'member') return [];
    return this.rememberedAuthenticators.has(authenticatorId({ connectionId: node.connectionId, userPoolId: node.userPoolId, username: node.user.username })) ? ['remembered_totp'] : [];
  }

  /** The loaded nodes that match, e.g. a user's rows under the groups that are open. */
  findNodes(match: (node: TreeNode) => boolean): TreeNode[] {
    return [...this.nodes.values()].filter(match);
  }

  /** Whether a listing is loaded (a folder or group the person opened). */
  isListed(parentKey: string): boolean {
    return this.listings.has(parentKey);
  }

  setUserFilter(folderKey: string, filter: UserFilter | undefined): void {
    if (filter) this.filters.set(folderKey, filter);
    else this.filters.delete(folderKey);
    const folder = this.nodes.get(folderKey);
    if (folder) this.refresh(folder);
  }

  userFilter(folderKey: string): UserFilter | undefined {
    return this.filters.get(folderKey);
  }

  /** Connections (and unusable settings entries) at the root; with one connection, its pools. */
  private roots(): Promise<TreeNode[]> | TreeNode[] {
    const connections = this.source.list().map(connectionNode);
    if (!this.source.usesList && connections.length === 1) return this.listingChildren(this.remember(connections)[0]);
    this.onRootLoaded(undefined);
    return this.remember([...this.source.problems().map((message, i) => settingsProblemNode(i, message)), ...connections]);
  }

  private async listingChildren(parent: ListingParent): Promise<TreeNode[]> {
    const listing = this.listings.get(parent.key) ?? this.startListing(parent);
    await listing.firstPage;
    // Refreshed while this page loaded: answer with the new listing, never the replaced one.
    if (this.listings.get(parent.key) !== listing) return this.listingChildren(parent);
    return this.childrenOf(parent, listing);
  }

  /** A fresh listing for the parent, replacing any other, with its first page on the way. */
  private startListing(parent: ListingParent): Listing {
    const listing: Listing = { items: [] };
    this.listings.set(parent.key, listing);
    listing.firstPage = this.loadPage(parent, listing);
    return listing;
  }

  private async loadPage(parent: ListingParent, listing: Listing, token?: string): Promise<void> {
    try {
      const context = { cognito: this.source.cognito(parent.connectionId), token, filter: this.filters.get(parent.key)?.expression };
      const page = await listingOf(parent, this.kinds).listPage(parent, context);
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
    if (this.isHiddenRoot(parent) && this.listings.get(parent.key) === listing) this.onRootLoaded(listing.error?.kind);
  }

  private childrenOf(parent: ListingParent, listing: Listing): TreeNode[] {
    const key = parent.key;
    // No credentials at all: an empty root lets the view's welcome content explain what to do.
    if (this.isHiddenRoot(parent) && listing.error?.kind === 'noCredentials' && listing.items.length === 0) return [];
    const children = [...listing.items];
    if (listing.error) children.push(errorNode(key, listing.error.message, listing.error.kind, parent.connectionId));
    else if (children.length === 0 && !listing.nextToken) children.push(emptyNode(key, listingOf(parent, this.kinds).empty));
    if (listing.nextToken) children.push(loadMoreNode(key, listing.nextToken));
    // What follows the listing (a connection's identity pools) waits until the listing itself has loaded.
    if (!listing.error) children.push(...(listingOf(parent, this.kinds).after?.(parent) ?? []));
    return this.remember(children);
  }

  /** The single connection's node, which the view does not show: its pools are the roots. */
  private isHiddenRoot(node: TreeNode | undefined): boolean {
    return node?.kind === 'connection' && !this.source.usesList;
  }

  /** The node as the view knows it: the hidden root is "the root" (undefined). */
  private visible(node: TreeNode | undefined): TreeNode | undefined {
    return this.isHiddenRoot(node) ? undefined : node;
  }

  private remember<T extends TreeNode>(nodes: T[]): T[] {
    for (const node of nodes) this.nodes.set(node.key, node);
    return nodes;
  }

  private fire(node: TreeNode | undefined): void {
    const shown = this.visible(node);
    for (const listener of this.listeners) listener(shown);
  }
}
