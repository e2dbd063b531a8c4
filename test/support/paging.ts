// Following page tokens to the end, for tests and the demo seeding: one loop, independent of the extension's own.
import type { Page } from '../../src/shared/types';

/**
 * Calls list with each page's token until a page has none; returns every page. Stops after maxPages, so a
 * token that loops cannot hang a test.
 */
export async function allPages<T>(list: (token?: string) => Promise<Page<T>>, maxPages = 50): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let token: string | undefined;
  do {
    const page = await list(token);
    pages.push(page);
    token = page.nextToken;
  } while (token !== undefined && pages.length < maxPages);
  return pages;
}

/** The items of every page, to the last one (AWS pages at 60; cognito-local returns everything at once). */
export async function listAll<T>(list: (token?: string) => Promise<Page<T>>): Promise<T[]> {
  return (await allPages(list, Infinity)).flatMap((page) => page.items);
}
