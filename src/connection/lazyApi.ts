// One generic stand-in for an API made of resources (`api.users.list(…)`) whose real implementation is
// loaded on first use, so that loading it (the AWS bundle, an SDK client) costs nothing until a call
// needs it. Every method of every resource is answered by a Proxy, so a new method or resource needs
// no forwarding code here; its errors leave converted, named by `resource.method`.

/**
 * Starts something once, on first use, and keeps it. A failed start is forgotten, so the next use tries
 * again (a broken config file, fixed, should not need a reload); reset() forgets a started one, so the
 * next use starts anew (settings changed).
 */
export class LazyStart<T> {
  private started?: Promise<T>;

  constructor(private readonly start: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.started) {
      const starting = Promise.resolve().then(this.start);
      starting.catch(() => {
        if (this.started === starting) this.started = undefined;
      });
      this.started = starting;
    }
    return this.started;
  }

  reset(): void {
    this.started = undefined;
  }
}

/** How to load each resource of an API. A resource travels through the promise, so it must not have a `then`. */
export type Loaders<Api> = { [R in keyof Api]: () => Promise<Api[R]> };

/** Turns whatever a call (or the load before it) threw into the error callers see, given the `resource.method` that failed. */
export type ConvertError = (error: unknown, operation: string) => unknown;

/** Loaders for some resources of one service, from the loader of the whole service (which loads once). */
export function resourcesOf<Service, R extends keyof Service & string>(load: () => Promise<Service>, resources: readonly R[]): Pick<Loaders<Service>, R> {
  return Object.fromEntries(resources.map((resource) => [resource, async () => (await load())[resource]])) as Pick<Loaders<Service>, R>;
}

/** An API whose every method loads its resource on its first call, then calls it; errors leave through `convert`. */
export function lazyApi<Api extends object>(loaders: Loaders<Api>, convert: ConvertError): Api {
  const entries = Object.entries(loaders as Record<string, () => Promise<object>>);
  return Object.fromEntries(entries.map(([resource, load]) => [resource, lazyResource(resource, load, convert)])) as Api;
}

type Method = (...args: unknown[]) => Promise<unknown>;

function lazyResource(resource: string, load: () => Promise<object>, convert: ConvertError): object {
  const methods = new Map<string, Method>();
  return new Proxy(
    {},
    {
      get(_target, name) {
        // Not an API method: `then` (await and Promise.resolve would take the stand-in for a promise and
        // call it), `toJSON` (JSON.stringify would call it), and every symbol (iteration, inspection,
        // conversion to a primitive).
        if (typeof name !== 'string' || name === 'then' || name === 'toJSON') return undefined;
        let method = methods.get(name);
        if (!method) {
          method = lazyMethod(`${resource}.${name}`, load, name, convert);
          methods.set(name, method);
        }
        return method;
      },
    },
  );
}

function lazyMethod(operation: string, load: () => Promise<object>, name: string, convert: ConvertError): Method {
  return async (...args) => {
    try {
      const target = (await load()) as Record<string, unknown>;
      const method = target[name];
      if (typeof method !== 'function') throw new TypeError(`${operation} is not a method`);
      return await (method as Method).apply(target, args);
    } catch (error) {
      throw convert(error, operation);
    }
  };
}
