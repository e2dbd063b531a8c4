// The double's data: pools described by a seed, app clients and users made on demand from their index,
// so a pool of 100,000 users costs nothing until a page of them is asked for. Everything is
// deterministic (ids come from hashes of the seed), so two runs with one seed see the same ids. What
// sign-in changes (a new password, FORCE_CHANGE_PASSWORD → CONFIRMED) is kept beside the seed.
import { createHash } from 'node:crypto';
import { makeAppClient, type AppClientSeed, type DoubleAppClient } from './appClients';
import type { FilterableUser } from './filter';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './passwordPolicy';

export type { AppClientSeed, DoubleAppClient } from './appClients';

export interface UserSeed {
  username: string;
  /** CONFIRMED (default), FORCE_CHANGE_PASSWORD (the password is then the temporary one), UNCONFIRMED, RESET_REQUIRED. */
  status?: string;
  /** Default true. */
  enabled?: boolean;
  /** Standard attributes, e.g. email, name, family_name. `sub` is generated unless given. */
  attributes?: Record<string, string>;
  /** The password sign-in checks. Default: none, so every sign-in fails as a wrong password. */
  password?: string;
  /** Names of the groups the user belongs to (created in the pool when not declared there). */
  groups?: string[];
}

export interface GroupSeed {
  name: string;
  description?: string;
  precedence?: number;
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
  /** App clients listed after the generated ones, with the settings sign-in needs. */
  extraAppClients?: AppClientSeed[];
  /** Default: Cognito's (8 characters, upper, lower, number and symbol). */
  passwordPolicy?: Partial<PasswordPolicy>;
  groups?: GroupSeed[];
}

export interface DoubleUser extends FilterableUser {
  created: Date;
  password?: string;
  groups: readonly string[];
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
  readonly passwordPolicy: PasswordPolicy;
  readonly groups: readonly GroupSeed[];
  private readonly generatedUsers: number;
  private readonly extraUsers: readonly UserSeed[];
  private readonly generatedClients: number;
  private readonly extraClients: readonly DoubleAppClient[];
  private readonly extraUserIndex = new Map<string, number>();
  /** What sign-in changed, by user index. */
  private readonly changes = new Map<number, { status: string; password: string }>();

  constructor(seed: PoolSeed, index: number, region: string) {
    this.name = seed.name;
    this.id = seed.id ?? `${region}_${Buffer.from(hash(`pool/${index}/${seed.name}`), 'hex').toString('base64').replace(/[^0-9A-Za-z]/g, '').slice(0, 9)}`;
    this.created = new Date(EPOCH + index * 60_000);
    this.generatedClients = seed.appClients ?? 0;
    this.extraClients = (seed.extraAppClients ?? []).map((c, i) => makeAppClient(hash(`client/${this.id}/seeded/${i}/${c.name}`).slice(0, 26), c));
    this.appClientCount = this.generatedClients + this.extraClients.length;
    this.generatedUsers = seed.users ?? 0;
    this.extraUsers = seed.extraUsers ?? [];
    this.userCount = this.generatedUsers + this.extraUsers.length;
    this.extraUsers.forEach((u, i) => this.extraUserIndex.set(u.username.toLowerCase(), this.generatedUsers + i));
    this.passwordPolicy = { ...DEFAULT_PASSWORD_POLICY, ...seed.passwordPolicy };
    const groups = [...(seed.groups ?? [])];
    for (const name of this.extraUsers.flatMap((u) => u.groups ?? [])) {
      if (!groups.some((g) => g.name === name)) groups.push({ name });
    }
    this.groups = groups;
  }

  /** App client `index` (0-based): generated ones first, then the extra ones; ids are 26 lower-case letters and digits like AWS's. */
  appClient(index: number): DoubleAppClient {
    if (index >= this.generatedClients) return this.extraClients[index - this.generatedClients];
    const n = index + 1;
    return makeAppClient(hash(`client/${this.id}/${n}`).slice(0, 26), { name: `client-${pad(n, 3)}` });
  }

  findAppClient(clientId: string): DoubleAppClient | undefined {
    for (let i = 0; i < this.appClientCount; i++) {
      const client = this.appClient(i);
      if (client.clientId === clientId) return client;
    }
    return undefined;
  }

  /** The user a sign-in names; usernames are case-insensitive, as the pool's UsernameConfiguration says. */
  findUser(username: string): DoubleUser | undefined {
    const index = this.indexOf(username);
    return index === undefined ? undefined : this.user(index);
  }

  /** A password change that sign-in made (NEW_PASSWORD_REQUIRED): the user is CONFIRMED from then on. */
  setPassword(username: string, password: string): void {
    const index = this.indexOf(username);
    if (index === undefined) throw new Error(`cognito double: no user ${username}`);
    this.changes.set(index, { status: 'CONFIRMED', password });
  }

  private indexOf(username: string): number | undefined {
    const extra = this.extraUserIndex.get(username.toLowerCase());
    if (extra !== undefined) return extra;
    const generated = /^user(\d{6})$/i.exec(username);
    const n = generated ? Number(generated[1]) : 0;
    return n >= 1 && n <= this.generatedUsers ? n - 1 : undefined;
  }

  /** User `index` (0-based): generated ones first (`user000001`, …), then the extra users. */
  user(index: number): DoubleUser {
    const created = new Date(EPOCH + index * 1000);
    if (index >= this.generatedUsers) {
      const seed = this.extraUsers[index - this.generatedUsers];
      const changed = this.changes.get(index);
      return {
        username: seed.username,
        status: changed?.status ?? seed.status ?? 'CONFIRMED',
        enabled: seed.enabled ?? true,
        attributes: { sub: subFor(this.id, seed.username), ...seed.attributes },
        created,
        password: changed?.password ?? seed.password,
        groups: seed.groups ?? [],
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
      groups: [],
    };
  }
}

export function seedPools(seeds: readonly PoolSeed[], region: string): SeededPool[] {
  const pools = seeds.map((seed, index) => new SeededPool(seed, index, region));
  const ids = new Set(pools.map((p) => p.id));
  if (ids.size !== pools.length) throw new Error('cognito double: two seeded pools have the same id');
  return pools;
}
