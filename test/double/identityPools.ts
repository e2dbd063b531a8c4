// Amazon Cognito Identity's identity pools, beside the user pools on the same endpoint (JSON 1.1,
// `X-Amz-Target: AWSCognitoIdentityService.<Operation>`), written from the Amazon Cognito Identity API
// reference (cognitoidentity/latest/APIReference):
// - CreateIdentityPool (API_CreateIdentityPool.html): the configuration of identityPoolRules.ts; a new id
//   "in the format REGION:GUID" (IdentityPoolShortDescription: `[\w-]+:[0-9a-f-]+`, at most 55); names need
//   not be unique; LimitExceededException past the account's quota of identity pools (developer guide,
//   "Quotas in Amazon Cognito": 1,000 identity pools per account; the wording is the double's own);
// - DescribeIdentityPool, DeleteIdentityPool; an unknown id is ResourceNotFoundException "IdentityPool
//   '<id>' not found." (the wording AWS is seen answering in public notes; the reference gives none);
// - ListIdentityPools (API_ListIdentityPools.html): MaxResults required, 1–60; NextToken "A pagination
//   token", opaque here and refused when unknown (pages.ts, with the double's page-size options);
// - UpdateIdentityPool (API_UpdateIdentityPool.html): IdentityPoolId, IdentityPoolName and
//   AllowUnauthenticatedIdentities required; the whole configuration, so what the request leaves out is reset.
//   DeveloperProviderName: "Once you have set a developer provider name, you cannot change it" (reference,
//   CreateIdentityPool): a different one is refused (the double's wording), one left out is kept;
// - SetIdentityPoolRoles / GetIdentityPoolRoles (API_SetIdentityPoolRoles.html): Roles required, "the key will
//   be either "authenticated" or "unauthenticated" and the value will be the Role ARN" (at most 2, ARNs of
//   20–2048 characters; another key is refused in the double's wording); RoleMappings at most 10, keyed by
//   provider (1–128), Type Token | Rules, AmbiguousRoleResolution AuthenticatedRole | Deny, kept as given.
// Roles are kept through UpdateIdentityPool (they are not part of its configuration).
import { randomUUID } from 'node:crypto';
import { describeConfig, identityPoolConfig, type IdentityPoolConfig } from './identityPoolRules';
import type { Pager } from './pages';
import { pageSize, tokenOf, validationError } from './requests';
import { ServiceError, type Input, type Operation } from './server';

export interface IdentityPool {
  id: string;
  config: IdentityPoolConfig;
  roles: Record<string, string>;
  roleMappings?: Record<string, unknown>;
  /** Every identity GetId made in this pool: its login (`<provider>/<sub>`), or none for a guest. */
  identities: Map<string, { login?: string }>;
}

/** The developer guide's quota of identity pools per account and Region. */
export const IDENTITY_POOL_QUOTA = 1000;
const ROLE_KEYS = new Set(['authenticated', 'unauthenticated']);

export class IdentityPools {
  readonly pools: IdentityPool[] = [];

  constructor(
    readonly region: string,
    private readonly pager: Pager,
    private readonly quota = IDENTITY_POOL_QUOTA,
  ) {}

  find(id: string): IdentityPool | undefined {
    return this.pools.find((pool) => pool.id === id);
  }

  /** The pool `IdentityPoolId` names: validated as the reference constrains it, else ResourceNotFoundException. */
  poolOf(input: Input): IdentityPool {
    const id = identityIdMember(input, 'IdentityPoolId', 'identityPoolId');
    const pool = this.find(id);
    if (!pool) throw new ServiceError('ResourceNotFoundException', `IdentityPool '${id}' not found.`);
    return pool;
  }

  readonly operations: Record<string, Operation> = {
    CreateIdentityPool: (input) => {
      const config = identityPoolConfig(input);
      if (this.pools.length >= this.quota) throw new ServiceError('LimitExceededException', `You have reached the limit of ${this.quota} identity pools for this account.`);
      const pool: IdentityPool = { id: `${this.region}:${randomUUID()}`, config, roles: {}, identities: new Map() };
      this.pools.push(pool);
      return describeConfig(pool.id, pool.config);
    },
    DescribeIdentityPool: (input) => {
      const pool = this.poolOf(input);
      return describeConfig(pool.id, pool.config);
    },
    ListIdentityPools: (input) => {
      const limit = pageSize(input, 'MaxResults', 1, true);
      const page = this.pager.page('ListIdentityPools', tokenOf(input, 'NextToken'), limit, this.pools.length, (i) => this.pools[i]);
      return {
        IdentityPools: page.items.map((pool) => ({ IdentityPoolId: pool.id, IdentityPoolName: pool.config.IdentityPoolName })),
        ...(page.nextToken ? { NextToken: page.nextToken } : {}),
      };
    },
    UpdateIdentityPool: (input) => {
      const pool = this.poolOf(input);
      const config = identityPoolConfig(input);
      const developer = pool.config.DeveloperProviderName;
      if (developer !== undefined && config.DeveloperProviderName !== undefined && config.DeveloperProviderName !== developer) {
        throw new ServiceError('InvalidParameterException', 'DeveloperProviderName cannot be changed once it is set.');
      }
      pool.config = { ...config, DeveloperProviderName: config.DeveloperProviderName ?? developer };
      return describeConfig(pool.id, pool.config);
    },
    DeleteIdentityPool: (input) => {
      const pool = this.poolOf(input);
      this.pools.splice(this.pools.indexOf(pool), 1);
      return {};
    },
    SetIdentityPoolRoles: (input) => {
      const pool = this.poolOf(input);
      pool.roles = rolesOf(input.Roles);
      pool.roleMappings = roleMappingsOf(input.RoleMappings);
      return {};
    },
    GetIdentityPoolRoles: (input) => {
      const pool = this.poolOf(input);
      return { IdentityPoolId: pool.id, Roles: { ...pool.roles }, ...(pool.roleMappings ? { RoleMappings: pool.roleMappings } : {}) };
    },
  };
}

/** An IdentityPoolId or IdentityId member: required, 1–55 of `[\w-]+:[0-9a-f-]+`. */
export function identityIdMember(input: Input, key: string, member: string): string {
  const value = input[key];
  if (value === undefined || value === null) throw validationError(member, value, 'Member must not be null');
  if (typeof value !== 'string') throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
  if (value.length < 1 || value.length > 55) throw validationError(member, value, `Member must have length ${value.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 55'}`);
  if (!/^[\w-]+:[0-9a-f-]+$/.test(value)) throw validationError(member, value, 'Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+');
  return value;
}

function rolesOf(value: unknown): Record<string, string> {
  if (value === undefined || value === null) throw validationError('roles', value, 'Member must not be null');
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServiceError('SerializationException', 'Unexpected value for Roles');
  const roles = value as Record<string, unknown>;
  if (Object.keys(roles).length > 2) throw validationError('roles', '…', 'Member must have length less than or equal to 2');
  for (const [key, arn] of Object.entries(roles)) {
    if (!ROLE_KEYS.has(key)) throw new ServiceError('InvalidParameterException', `Roles keys must be "authenticated" or "unauthenticated", not "${key}".`);
    if (typeof arn !== 'string') throw new ServiceError('SerializationException', 'Unexpected value for Roles');
    if (arn.length < 20) throw validationError(`roles.${key}.member`, arn, 'Member must have length greater than or equal to 20');
    if (arn.length > 2048) throw validationError(`roles.${key}.member`, arn, 'Member must have length less than or equal to 2048');
  }
  return { ...(roles as Record<string, string>) };
}

function roleMappingsOf(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServiceError('SerializationException', 'Unexpected value for RoleMappings');
  const mappings = value as Record<string, Input>;
  if (Object.keys(mappings).length > 10) throw validationError('roleMappings', '…', 'Member must have length less than or equal to 10');
  for (const [provider, mapping] of Object.entries(mappings)) {
    if (provider.length < 1 || provider.length > 128) throw validationError('roleMappings', provider, 'Member must have length between 1 and 128');
    const member = `roleMappings.${provider}.member`;
    if (mapping?.Type === undefined || mapping.Type === null) throw validationError(`${member}.type`, undefined, 'Member must not be null');
    if (mapping.Type !== 'Token' && mapping.Type !== 'Rules') throw validationError(`${member}.type`, mapping.Type, 'Member must satisfy enum value set: [Token, Rules]');
    const ambiguous = mapping.AmbiguousRoleResolution;
    if (ambiguous !== undefined && ambiguous !== 'AuthenticatedRole' && ambiguous !== 'Deny') {
      throw validationError(`${member}.ambiguousRoleResolution`, ambiguous, 'Member must satisfy enum value set: [AuthenticatedRole, Deny]');
    }
  }
  return mappings;
}
