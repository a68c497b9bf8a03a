import type { JsonValue } from '../types.ts';
import type { ValueKind } from './value-kind.ts';

const INTEGER = /^[-+]?[0-9]+$/;
const DECIMAL = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

/**
 * A documented value (`"100"`, `"true"`, `"AUTOMATED"`) as the JSON the wire carries for a
 * value of that kind, or undefined where it cannot be one (`"abc"` for an integer).
 */
export function literalOf(text: string, kind: ValueKind): JsonValue | undefined {
  switch (kind.kind) {
    case 'string':
    case 'duration':
      return text;
    case 'decimal':
      return INTEGER.test(text) ? BigInt(text).toString() : undefined;
    case 'integer':
      return INTEGER.test(text) ? exactNumber(text) : undefined;
    case 'number':
      return DECIMAL.test(text) ? Number(text) : undefined;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'enum':
      return kind.values.includes(text) ? text : undefined;
    case 'structured':
      return undefined;
  }
}

/** A decimal bound as a JSON number where the number is exact (integers up to 2^53, any fraction). */
export function exactNumber(decimal: string): number | undefined {
  if (!DECIMAL.test(decimal)) return undefined;
  const value = Number(decimal);
  if (!Number.isFinite(value)) return undefined;
  if (INTEGER.test(decimal)) return Number.isSafeInteger(value) ? value : undefined;
  return value;
}
