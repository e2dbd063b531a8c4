// The double's data: pools described by a seed, app clients and users made on demand from their index,
// so a pool of 100,000 users costs nothing until a page of them is asked for. Everything is
// deterministic (ids come from hashes of the seed), so two runs with one seed see the same ids.
import { createHash } from 'node:crypto';
import type { FilterableUser } from './filter';

export interface UserSeed {
  username: string;
  /** Default CONFIRMED. */
  status?: string;
  /** Default true. */
  enabled?: boolean;
  /** Standard attributes, e.g. email, name, family_name. `sub` is generated unless given. */
  attributes?: Record<string, string>;
}

export interface PoolSeed {
  name: string;
  /** Default: generated, `<region>_<9 letters and digits>`. */
  id?: string;
  /** How many app clients (`client-001`, …). Default 0. */
  appClients?: number;
  /** How many generated users (`user000001`, …). Default 0. */
  users?: number;
  /** Users listed after the generated ones, for values a test needs exactly. */
  extraUsers?: UserSeed[];
}

export interface DoubleUser extends FilterableUser {
  created: Date;
}

export interface DoubleAppClient {
  clientId: string;
  name: string;
}

const EPOCH = Date.UTC(2024, 0, 1);

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A UUID-shaped `sub`, stable for a pool and user. */
function subFor(poolId: string, username: string): string {
  const h = hash(`sub/${poolId}/${username}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class SeededPool {
  readonly id: string;
  readonly name: string;
  readonly created: Date;
  readonly appClientCount: number;
  readonly userCount: number;
  private readonly generatedUsers: number;
  private readonly extraUsers: readonly UserSeed[];

  constructor(seed: PoolSeed, index: number, region: string) {
    this.name = seed.name;
    this.id = seed.id ?? `${region}_${Buffer.from(hash(`pool/${index}/${seed.name}`), 'hex').toString('base64').replace(/[^0-9A-Za-z]/g, '').slice(0, 9)}`;
    this.created = new Date(EPOCH + index * 60_000);
    this.appClientCount = seed.appClients ?? 0;
    this.generatedUsers = seed.users ?? 0;
    this.extraUsers = seed.extraUsers ?? [];
    this.userCount = this.generatedUsers + this.extraUsers.length;
  }

  /** App client `index` (0-based); its id is 26 lower-case letters and digits like AWS's. */
  appClient(index: number): DoubleAppClient {
    const n = index + 1;
    return { clientId: hash(`client/${this.id}/${n}`).slice(0, 26), name: `client-${pad(n, 3)}` };
  }

  /** User `index` (0-based): generated ones first (`user000001`, …), then the extra users. */
  user(index: number): DoubleUser {
    const created = new Date(EPOCH + index * 1000);
    if (index >= this.generatedUsers) {
      const seed = this.extraUsers[index - this.generatedUsers];
      return {
        username: seed.username,
        status: seed.status ?? 'CONFIRMED',
        enabled: seed.enabled ?? true,
        attributes: { sub: subFor(this.id, seed.username), ...seed.attributes },
        created,
      };
    }
    const n = index + 1;
    const username = `user${pad(n, 6)}`;
    return {
      username,
      // A mix of states, so filters on them have something to find.
      status: n % 10 === 0 ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
      enabled: n % 25 !== 0,
      attributes: { sub: subFor(this.id, username), email: `${username}@example.com` },
      created,
    };
  }
}

export function seedPools(seeds: readonly PoolSeed[], region: string): SeededPool[] {
  const pools = seeds.map((seed, index) => new SeededPool(seed, index, region));
  const ids = new Set(pools.map((p) => p.id));
  if (ids.size !== pools.length) throw new Error('cognito double: two seeded pools have the same id');
  return pools;
}
