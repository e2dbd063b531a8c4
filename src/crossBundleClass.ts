// The extension ships as several bundles (core.js, features.js, aws.js, …), and each carries its own copy
// of a shared class, so a plain `instanceof` would tell an error thrown in one bundle from the same class in
// another. A class that crosses bundles marks its instances with a symbol from the global registry
// (`Symbol.for('cognito-user-pools/<class>')`, the same in every copy) and answers `instanceof` by it.

/** `instanceof`'s answer for a marked class: whether `value` carries its mark. */
export function hasMark(value: unknown, mark: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[mark] === true;
}
