import * as assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { LazyStart, lazyApi, resourcesOf } from '../../src/connection/lazyApi';

// The one generic stand-in for an API loaded on first use (src/connection/lazyApi.ts): every method of
// every resource loads on its first call and passes the call on; errors leave converted and named by
// `resource.method`; the stand-in never passes for a promise and answers no symbol.

interface Shelf {
  count(): Promise<number>;
  add(title: string, copies: number): Promise<string>;
}
interface Library {
  books: Shelf;
  films: Shelf;
}

class RealShelf implements Shelf {
  private readonly titles: string[] = [];
  constructor(private readonly kind: string) {}
  async count(): Promise<number> {
    return this.titles.length;
  }
  async add(title: string, copies: number): Promise<string> {
    if (copies < 1) throw new RangeError('no copies');
    this.titles.push(title);
    return `${this.kind}:${title}×${copies}`;
  }
}

class Converted extends Error {
  constructor(
    readonly operation: string,
    readonly failure: unknown,
  ) {
    super(`${operation} failed`);
  }
}

function library() {
  const loads: string[] = [];
  const start = new LazyStart(async () => {
    loads.push('library');
    return { books: new RealShelf('book'), films: new RealShelf('film') } satisfies Library;
  });
  const api = lazyApi<Library>({ ...resourcesOf(() => start.get(), ['books', 'films']) }, (error, operation) => new Converted(operation, error));
  return { api, start, loads };
}

describe('lazyApi, the lazy stand-in for an API of resources', () => {
  it('loads nothing until a method is called, then passes calls on to the real methods (with their own this)', async () => {
    const { api, loads } = library();
    assert.deepEqual(loads, [], 'making the stand-in loads nothing');
    const method = api.books.add;
    assert.deepEqual(loads, [], 'reading a method loads nothing');
    assert.equal(await method('Dune', 2), 'book:Dune×2', 'a method taken off its resource still works');
    assert.equal(await api.books.count(), 1);
    assert.equal(await api.films.count(), 0);
    assert.deepEqual(loads, ['library'], 'one load for every resource of the service');
    assert.equal(api.books.add, api.books.add, 'the same method each time');
  });

  it('converts an error of a call, naming resource and method', async () => {
    const { api } = library();
    await assert.rejects(api.films.add('Alien', 0), (error: Converted) => {
      assert.ok(error instanceof Converted);
      assert.equal(error.operation, 'films.add');
      assert.ok(error.failure instanceof RangeError);
      return true;
    });
  });

  it('converts a failed load the same way, and does not keep it: the next call loads again', async () => {
    let attempts = 0;
    const start = new LazyStart(async () => {
      attempts++;
      if (attempts === 1) throw new Error('bundle missing');
      return { books: new RealShelf('book'), films: new RealShelf('film') };
    });
    const api = lazyApi<Library>(resourcesOf(() => start.get(), ['books', 'films']), (error, operation) => new Converted(operation, error));
    await assert.rejects(api.books.count(), (error: Converted) => error.operation === 'books.count' && (error.failure as Error).message === 'bundle missing');
    assert.equal(await api.books.count(), 0);
    assert.equal(await api.films.count(), 0);
    assert.equal(attempts, 2);
  });

  it('names a method the loaded resource lacks as that method', async () => {
    const { api } = library();
    const shelf = api.books as unknown as Record<string, () => Promise<unknown>>;
    await assert.rejects(shelf.burn(), (error: Converted) => error.operation === 'books.burn' && error.failure instanceof TypeError);
  });

  it('is not a thenable and answers no symbol, so awaiting, printing or spreading a resource calls nothing', async () => {
    const { api, loads } = library();
    const resource = api.books as unknown as Record<string | symbol, unknown>;
    assert.equal(resource.then, undefined);
    assert.equal(resource.toJSON, undefined);
    assert.equal(resource[Symbol.iterator], undefined);
    assert.equal(resource[Symbol.toPrimitive], undefined);
    assert.equal(await Promise.resolve(api.books), api.books, 'a promise of the resource resolves to the resource itself');
    assert.equal(typeof inspect(api.books), 'string');
    assert.equal(JSON.stringify(api.books), '{}');
    assert.deepEqual(Object.keys(api), ['books', 'films']);
    assert.deepEqual(loads, [], 'none of that loaded the API');
  });

  it('starts anew after reset(), and a start is shared by the calls made while it runs', async () => {
    const { api, start, loads } = library();
    await Promise.all([api.books.add('Dune', 1), api.films.add('Alien', 1)]);
    assert.deepEqual(loads, ['library']);
    start.reset();
    assert.equal(await api.books.count(), 0, 'the new start has an empty shelf');
    assert.deepEqual(loads, ['library', 'library']);
  });
});
