// ListUsers: a pool's users a page at a time (PaginationToken, Limit 0–60), optionally filtered (filter.ts)
// and with only the attributes AttributesToGet names.
import type { SeededPool } from './data';
import { FilterError, matchesFilter, parseFilter } from './filter';
import type { Pager } from './pages';
import { pageSize, poolOf, tokenOf, userType } from './requests';
import { ServiceError, type Operation } from './server';

export function userListingOperations(pools: readonly SeededPool[], pager: Pager): Record<string, Operation> {
  return {
    ListUsers(input) {
      const pool = poolOf(pools, input);
      const limit = pageSize(input, 'Limit', 0, false);
      const filterText = input.Filter === undefined ? undefined : String(input.Filter);
      let filter;
      try {
        filter = parseFilter(filterText);
      } catch (error) {
        if (error instanceof FilterError) throw new ServiceError('InvalidParameterException', error.message);
        throw error;
      }
      const wanted = Array.isArray(input.AttributesToGet) ? new Set(input.AttributesToGet.map(String)) : undefined;
      const listing = `ListUsers/${pool.id}/${filterText ?? ''}`;
      const page = pager.page(listing, tokenOf(input, 'PaginationToken'), limit, pool.users.size, (i) => {
        const user = pool.listedUser(i);
        return user && (!filter || matchesFilter(filter, user)) ? user : undefined;
      });
      return { Users: page.items.map((u) => userType(u, wanted)), PaginationToken: page.nextToken };
    },
  };
}
