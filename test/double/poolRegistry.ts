// The double's pools: seeded ones, then those CreateUserPool adds, each at a fixed slot (listing order;
// a deleted pool leaves its slot empty, so ListUserPools tokens stay good), and the prefix domains, which
// are unique across the double as they are across a Region. `live` is the array every operation looks
// pools up in: the registry changes it in place.
import { poolIdFor, SeededPool, type MadePool, type PoolSeed } from './data';

export interface DomainRecord {
  domain: string;
  pool: SeededPool;
  created: Date;
  /** 1: hosted UI (classic), 2: managed login. */
  managedLoginVersion: number;
}

/** DomainType's pattern: a prefix domain. */
export const DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export class PoolRegistry {
  /** The pools there are now, in listing order. */
  readonly live: SeededPool[];
  private readonly slots: Array<SeededPool | undefined>;
  private readonly domains = new Map<string, DomainRecord>();
  private made = 0;

  constructor(
    seeded: readonly SeededPool[],
    private readonly region: string,
    readonly now: () => number,
  ) {
    this.live = [...seeded];
    this.slots = [...seeded];
    for (const pool of seeded) {
      if (pool.domain === undefined) continue;
      if (!DOMAIN.test(pool.domain)) throw new Error(`cognito double: ${pool.domain} is not a prefix domain (${DOMAIN.source})`);
      this.domains.set(pool.domain, { domain: pool.domain, pool, created: pool.created, managedLoginVersion: 1 });
    }
  }

  get slotCount(): number {
    return this.slots.length;
  }

  /** The pool in `slot`, or undefined once deleted. */
  at(slot: number): SeededPool | undefined {
    return this.slots[slot];
  }

  find(id: string): SeededPool | undefined {
    return this.live.find((p) => p.id === id);
  }

  /** A new pool with a fresh id, `<region>_` and 9 letters and digits. */
  create(seed: Omit<PoolSeed, 'id'>, made: MadePool): SeededPool {
    let id: string;
    do id = poolIdFor(this.region, `created/${this.made++}/${seed.name}`);
    while (this.slots.some((p) => p?.id === id));
    const pool = new SeededPool({ ...seed, id }, this.slots.length, this.region, this.now, made);
    this.slots.push(pool);
    this.live.push(pool);
    return pool;
  }

  delete(pool: SeededPool): void {
    this.slots[this.slots.indexOf(pool)] = undefined;
    this.live.splice(this.live.indexOf(pool), 1);
    if (pool.domain !== undefined) this.domains.delete(pool.domain);
  }

  domain(domain: string): DomainRecord | undefined {
    return this.domains.get(domain);
  }

  addDomain(record: DomainRecord): void {
    record.pool.domain = record.domain;
    this.domains.set(record.domain, record);
  }

  deleteDomain(pool: SeededPool): void {
    if (pool.domain !== undefined) this.domains.delete(pool.domain);
    pool.domain = undefined;
  }
}
