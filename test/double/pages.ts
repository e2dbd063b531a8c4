// Cutting listings into pages the way Cognito does: at most `limit` (and the cap) items a page, an
// opaque token when the listing goes on, and no promise that a page is full. A token is base64 of an
// offset and a random salt, remembered together with the listing it belongs to (operation, pool,
// filter): an unknown token, or one from another listing, is refused with InvalidParameterException.
import { randomBytes } from 'node:crypto';
import { ServiceError } from './server';

export interface PageRules {
  /** Most items a page holds, whatever the request's limit. */
  cap: number;
  /** When set, a page looks at no more than this many entries (before filtering), so it can come back
   * short, even empty, with a token: as Cognito's ListUsers does, above all with a filter. */
  scanWindow?: number;
  /** When a listing ends exactly with a full page, still hand out a token, which leads to an empty last page. */
  emptyLastPage?: boolean;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

export class Pager {
  private readonly tokens = new Map<string, { listing: string; offset: number }>();

  constructor(private readonly rules: PageRules) {}

  /**
   * One page of a listing of `total` entries; `at(i)` gives entry i, or undefined when a filter leaves it out.
   * `listing` names the listing a token belongs to.
   */
  page<T>(listing: string, token: string | undefined, limit: number, total: number, at: (index: number) => T | undefined): Page<T> {
    const start = token === undefined ? 0 : this.offsetOf(token, listing);
    const size = Math.min(limit, this.rules.cap);
    const scanEnd = this.rules.scanWindow === undefined ? total : Math.min(total, start + this.rules.scanWindow);
    const items: T[] = [];
    let next = start;
    while (next < scanEnd && items.length < size) {
      const item = at(next++);
      if (item !== undefined) items.push(item);
    }
    const more = next < total || (this.rules.emptyLastPage === true && items.length === size && size > 0);
    return { items, nextToken: more ? this.issue(listing, next) : undefined };
  }

  private issue(listing: string, offset: number): string {
    const token = Buffer.from(`${offset}:${randomBytes(16).toString('hex')}`).toString('base64');
    this.tokens.set(token, { listing, offset });
    return token;
  }

  private offsetOf(token: string, listing: string): number {
    const known = this.tokens.get(token);
    if (!known || known.listing !== listing) throw new ServiceError('InvalidParameterException', 'Invalid pagination token.');
    return known.offset;
  }
}
