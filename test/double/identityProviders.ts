// ListIdentityProviders, from the API reference: UserPoolId required, MaxResults 1–60, NextToken; Providers
// lists ProviderDescription (ProviderName, ProviderType, dates). The double has no federation (no
// CreateIdentityProvider), so every pool lists none; an unknown pool is ResourceNotFoundException.
import type { SeededPool } from './data';
import type { Pager } from './pages';
import { MAX_PAGE, poolOf, tokenOf, validationError } from './requests';
import { ServiceError, type Operation } from './server';

export function identityProviderOperations(pools: readonly SeededPool[], pager: Pager): Record<string, Operation> {
  return {
    ListIdentityProviders(input) {
      const value = input.MaxResults;
      if (value !== undefined && value !== null) {
        if (typeof value !== 'number' || !Number.isInteger(value)) throw new ServiceError('SerializationException', 'NUMBER_VALUE can not be converted to an Integer');
        if (value < 1) throw validationError('maxResults', value, 'Member must have value greater than or equal to 1');
        if (value > MAX_PAGE) throw validationError('maxResults', value, `Member must have value less than or equal to ${MAX_PAGE}`);
      }
      const token = tokenOf(input, 'NextToken');
      const pool = poolOf(pools, input);
      const page = pager.page(`ListIdentityProviders/${pool.id}`, token, typeof value === 'number' ? value : MAX_PAGE, 0, () => undefined);
      return { Providers: page.items, NextToken: page.nextToken };
    },
  };
}
