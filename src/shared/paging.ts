import type { Page } from './types';

/** Every item of a paged listing, page after page, up to `maxPages` pages (a bound for huge accounts). */
export async function listAll<T>(list: (token?: string) => Promise<Page<T>>, maxPages = Number.POSITIVE_INFINITY): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await list(token);
    all.push(...result.items);
    token = result.nextToken;
    if (!token) break;
  }
  return all;
}
