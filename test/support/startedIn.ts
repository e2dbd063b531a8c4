// A value a session hook sets in before() and tests read afterwards: read any earlier, it throws a sentence
// saying so rather than hand out undefined. Shared by the hooks of every level (sessionHooks.ts,
// extensionHost.ts, workbench/session.ts); it imports nothing, so the extension host can load it too.

export function startedIn<T>(what: string) {
  let value: T | undefined;
  return {
    set: (started: T | undefined) => (value = started),
    peek: () => value,
    get: (): T => {
      if (value === undefined) throw new Error(`${what} has not started: use its handle inside a test or a later before() hook`);
      return value;
    },
  };
}
