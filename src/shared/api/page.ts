// What every listing shares: one page and AWS's largest page size.

/** One page of a listing; `nextToken` is present when AWS says there is more. */
export interface Page<T> {
  items: T[];
  nextToken?: string;
}

/** AWS's largest page for ListUserPools, ListUserPoolClients and ListUsers. */
export const MAX_PAGE_SIZE = 60;
