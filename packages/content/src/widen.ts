/**
 * The type of a text object written in English, as every language must write it: each string literal widened to
 * `string`, a function keeping its parameters, every key read-only. A language object that misses a key, or has
 * one English does not, fails the typecheck (`satisfies` refuses extra keys in an object literal).
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;
