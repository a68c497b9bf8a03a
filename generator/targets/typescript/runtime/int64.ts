import type { Issue } from './validation.js';

/** What an int64 (or uint64) request field takes; it is always sent as a decimal string. */
export type Int64Input = string | number | bigint;

/**
 * Where a request message holds 64-bit integers (jsonNames): `int64` for a field of them
 * (repeated or not, or a wrapper), `int64Map` for a map of them, `message` for a message
 * (or a list or map of messages) holding some, given lazily since messages can nest themselves.
 */
export type Int64Field = 'int64' | 'int64Map' | { readonly message: () => Int64Shape; readonly map?: boolean };

export interface Int64Shape {
  readonly [jsonName: string]: Int64Field;
}

/** Requests nest far less than this; deeper values (a cycle, say) are left as they are. */
const MAX_DEPTH = 64;

/**
 * The request with every number or bigint in its int64 fields written as a decimal string
 * (the JSON mapping of int64); the input is never changed, only the parts that change are
 * copied. A number that is not a safe integer lost its value before it got here: an issue.
 */
export function int64ToWire(value: unknown, shape: Int64Shape, path: string, issues: Issue[], depth = 0): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > MAX_DEPTH) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(shape)) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const field = shape[key] as Int64Field;
    const before = (value as Record<string, unknown>)[key];
    const after = convertField(before, field, path === '' ? key : `${path}.${key}`, issues, depth);
    if (after !== before) {
      copy ??= { ...(value as Record<string, unknown>) };
      setOwn(copy, key, after);
    }
  }
  return copy ?? value;
}

function convertField(value: unknown, field: Int64Field, path: string, issues: Issue[], depth: number): unknown {
  if (Array.isArray(value)) return mapChanged(value, (item, index) => convertField(item, field, `${path}[${index}]`, issues, depth));
  if (field === 'int64') return toDecimal(value, path, issues);
  if (field === 'int64Map') return mapValues(value, (item, key) => toDecimal(item, `${path}[${JSON.stringify(key)}]`, issues));
  const shape = field.message();
  if (field.map === true) return mapValues(value, (item, key) => int64ToWire(item, shape, `${path}[${JSON.stringify(key)}]`, issues, depth + 1));
  return int64ToWire(value, shape, path, issues, depth + 1);
}

function toDecimal(value: unknown, path: string, issues: Issue[]): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'number') return value;
  if (Number.isSafeInteger(value)) return String(value);
  issues.push({
    path,
    code: 'int64',
    message: `${value} is not a safe integer: pass an int64 beyond ±2^53 as a string or a bigint`,
  });
  return value;
}

function mapChanged(items: unknown[], convert: (item: unknown, index: number) => unknown): unknown[] {
  let copy: unknown[] | undefined;
  items.forEach((item, index) => {
    const after = convert(item, index);
    if (after !== item) (copy ??= [...items])[index] = after;
  });
  return copy ?? items;
}

function mapValues(value: unknown, convert: (item: unknown, key: string) => unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const before = (value as Record<string, unknown>)[key];
    const after = convert(before, key);
    if (after !== before) setOwn((copy ??= { ...(value as Record<string, unknown>) }), key, after);
  }
  return copy ?? value;
}

/** Assignment would run the `__proto__` setter for that key; a request may well have such a map key. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
