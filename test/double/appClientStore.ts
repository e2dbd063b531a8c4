// A pool's app clients, each at a fixed slot (listing order): generated ones (`client-001`, … made from
// their number on demand), seeded ones, then those CreateUserPoolClient adds. An updated client replaces
// its slot's entry; a deleted one leaves its slot empty, so a listing's page tokens stay good.
import type { DoubleAppClient } from './appClients';

export class AppClientStore {
  private readonly added: DoubleAppClient[] = [];
  private readonly changed = new Map<number, DoubleAppClient>();
  private readonly deleted = new Set<number>();
  private byId?: Map<string, number>;

  constructor(
    private readonly generated: number,
    private readonly generate: (n: number) => DoubleAppClient,
    private readonly seeded: readonly DoubleAppClient[],
  ) {}

  /** Slots handed out so far, deleted ones included. */
  get slots(): number {
    return this.generated + this.seeded.length + this.added.length;
  }

  get liveCount(): number {
    return this.slots - this.deleted.size;
  }

  /** The client in `slot`, or undefined once deleted. */
  at(slot: number): DoubleAppClient | undefined {
    if (slot < 0 || slot >= this.slots || this.deleted.has(slot)) return undefined;
    const changed = this.changed.get(slot);
    if (changed) return changed;
    if (slot < this.generated) return this.generate(slot + 1);
    if (slot < this.generated + this.seeded.length) return this.seeded[slot - this.generated];
    return this.added[slot - this.generated - this.seeded.length];
  }

  /** The live client `index` (0-based) counting only clients not deleted. */
  nth(index: number): DoubleAppClient | undefined {
    if (this.deleted.size === 0) return this.at(index);
    for (let slot = 0, seen = 0; slot < this.slots; slot++) {
      const client = this.at(slot);
      if (client && seen++ === index) return client;
    }
    return undefined;
  }

  /** The slot of the live client with this id. */
  find(clientId: string): number | undefined {
    const slot = this.ids().get(clientId);
    return slot !== undefined && !this.deleted.has(slot) ? slot : undefined;
  }

  add(client: DoubleAppClient): void {
    this.added.push(client);
    this.ids().set(client.clientId, this.slots - 1);
  }

  replace(slot: number, client: DoubleAppClient): void {
    this.changed.set(slot, client);
  }

  delete(slot: number): void {
    this.deleted.add(slot);
  }

  /** Built on first use: walks the generated clients once. */
  private ids(): Map<string, number> {
    if (!this.byId) {
      this.byId = new Map();
      for (let slot = 0; slot < this.slots; slot++) {
        const client = this.at(slot);
        if (client) this.byId.set(client.clientId, slot);
      }
    }
    return this.byId;
  }
}
