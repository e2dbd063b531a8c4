// The extension ships as several bundles (core.js, features.js, aws.js, …), and each carries its own copy
// of a shared class, so a plain `instanceof` would tell an error thrown in one bundle from the same class in
// another. A class that crosses bundles marks its instances with a symbol from the global registry
// (`Symbol.for('cognito-user-pools/<class>')`, the same in every copy) and answers `instanceof` by it.
// crossBundleError() is the one place that does it: Cancelled, NothingToPick and CognitoError extend it.

/** `instanceof`'s answer for a marked class: whether `value` carries its mark. */
export function hasMark(value: unknown, mark: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[mark] === true;
}

/** A base for an Error class that crosses bundles: named `name`, and `instanceof` true for any bundle's copy. */
export function crossBundleError(name: string) {
  const mark = Symbol.for(`cognito-user-pools/${name}`);
  return class extends Error {
    /** True for an instance from any of the extension's bundles. */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return hasMark(value, mark);
    }

    constructor(message: string) {
      super(message);
      this.name = name;
      (this as unknown as Record<symbol, boolean>)[mark] = true;
    }
  };
}
