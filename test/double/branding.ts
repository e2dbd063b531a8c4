// Managed-login branding styles, minimally: CreateManagedLoginBranding, DescribeManagedLoginBrandingByClient
// and DeleteManagedLoginBranding, from AWS's API reference (Amazon Cognito user pools, API Reference):
// - a style belongs to one app client of the pool: "Each style is permanently linked to an app client. To
//   change the style for an app client, delete the existing style with DeleteManagedLoginBranding and
//   create a new one" (CreateManagedLoginBranding, ClientId); a second one is
//   ManagedLoginBrandingExistsException ("you attempt to apply a managed login branding style to an app
//   client that already has an assigned style", Errors);
// - UseCognitoProvidedValues true applies Cognito's defaults, and "you must also omit values for Settings
//   and Assets in the request" (CreateManagedLoginBranding, UseCognitoProvidedValues): else
//   InvalidParameterException (its wording is not documented);
// - DescribeManagedLoginBrandingByClient names the style of one client; a client without one, and an
//   unknown ManagedLoginBrandingId for DeleteManagedLoginBranding, are ResourceNotFoundException ("This
//   exception is thrown when the Amazon Cognito service can't find the requested resource", Errors; the
//   messages are not documented);
// - ManagedLoginBrandingId is a UUID (ManagedLoginBrandingType, pattern of ManagedLoginBrandingIdType).
// Not modelled: Settings and Assets themselves (the double keeps whether they were given, not their
// content), ReturnMergedResources, UpdateManagedLoginBranding, DescribeManagedLoginBranding by id.
import { randomUUID } from 'node:crypto';
import type { SeededPool } from './data';
import { booleanMember, stringMember } from './members';
import { poolOf, seconds } from './requests';
import { ServiceError, type Input, type Operation } from './server';
import { clientOf } from './signInRules';

interface BrandingRecord {
  id: string;
  pool: SeededPool;
  clientId: string;
  useCognitoProvidedValues: boolean;
  created: Date;
}

const BRANDING_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function brandingType(record: BrandingRecord) {
  return {
    ManagedLoginBrandingId: record.id,
    UserPoolId: record.pool.id,
    UseCognitoProvidedValues: record.useCognitoProvidedValues,
    Settings: {},
    Assets: [],
    CreationDate: seconds(record.created),
    LastModifiedDate: seconds(record.created),
  };
}

export function brandingOperations(pools: readonly SeededPool[], now: () => number): Record<string, Operation> {
  const styles: BrandingRecord[] = [];
  const styleOf = (pool: SeededPool, clientId: string) => styles.find((s) => s.pool === pool && s.clientId === clientId);

  return {
    CreateManagedLoginBranding(input: Input) {
      const pool = poolOf(pools, input);
      const { client } = clientOf(pools, input, pool);
      const useDefaults = booleanMember(input, 'UseCognitoProvidedValues') === true;
      if (useDefaults && (input.Settings !== undefined || input.Assets !== undefined)) {
        throw new ServiceError('InvalidParameterException', 'Settings and Assets must be omitted when UseCognitoProvidedValues is true.');
      }
      if (styleOf(pool, client.clientId)) throw new ServiceError('ManagedLoginBrandingExistsException', 'A managed login branding style already exists for this app client.');
      const record: BrandingRecord = { id: randomUUID(), pool, clientId: client.clientId, useCognitoProvidedValues: useDefaults, created: new Date(now()) };
      styles.push(record);
      return { ManagedLoginBranding: brandingType(record) };
    },

    DescribeManagedLoginBrandingByClient(input: Input) {
      const pool = poolOf(pools, input);
      const { client } = clientOf(pools, input, pool);
      const record = styleOf(pool, client.clientId);
      if (!record) throw new ServiceError('ResourceNotFoundException', 'Managed login branding not found for this app client.');
      return { ManagedLoginBranding: brandingType(record) };
    },

    DeleteManagedLoginBranding(input: Input) {
      const pool = poolOf(pools, input);
      const id = stringMember(input, 'ManagedLoginBrandingId', { member: 'managedLoginBrandingId', min: 1 });
      const at = styles.findIndex((s) => s.pool === pool && s.id === id);
      if (!BRANDING_ID.test(id) || at < 0) throw new ServiceError('ResourceNotFoundException', 'Managed login branding not found.');
      styles.splice(at, 1);
      return {};
    },
  };
}
