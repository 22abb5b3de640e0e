import type { DeepPartial } from './content.types.js';

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Keys that would reach an object's prototype if an override (say, parsed JSON) carried them.
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `base` with `override` laid over it: objects merge key by key at any depth, while strings, numbers and arrays
 * replace what they stand on. `undefined` leaves the base value. Neither input is changed; untouched branches
 * of `base` are shared, not copied.
 */
export function deepMerge<T>(base: T, override: NoInfer<DeepPartial<T>> | undefined): T {
  return mergeValue(base, override) as T;
}

function mergeValue(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: PlainObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (UNSAFE_KEYS.has(key) || value === undefined) continue;
    merged[key] = mergeValue(base[key], value);
  }
  return merged;
}

/** Freezes `value` and everything inside it, so shared defaults cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
