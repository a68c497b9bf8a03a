import type { Constraints, StringLimits } from '../model/ir.ts';
import { compareDecimal } from './decimal.ts';

export interface ConstraintChange {
  /** The constraint's key, `mapKey.maxLength` for a map's key and value limits. */
  key: string;
  tightened: boolean;
  before: string | null;
  after: string | null;
}

type Bound = 'upper' | 'lower' | 'pattern';

const bounds: ReadonlyArray<[keyof Constraints, Bound]> = [
  ['minLength', 'lower'],
  ['maxLength', 'upper'],
  ['minimum', 'lower'],
  ['maximum', 'upper'],
  ['minItems', 'lower'],
  ['maxItems', 'upper'],
  ['pattern', 'pattern'],
  ['minDuration', 'lower'],
  ['maxDuration', 'upper'],
];

const stringLimits: ReadonlyArray<[keyof StringLimits, Bound]> = [
  ['minLength', 'lower'],
  ['maxLength', 'upper'],
  ['pattern', 'pattern'],
];

/** The map limits, compared bound by bound like a field's own. */
const maps = ['mapKey', 'mapValue'] as const;

/**
 * Each stated constraint that changed, and whether the set of accepted values shrank. A
 * bound that appears tightens, one that goes loosens; a changed pattern counts as tightened
 * because one regular expression cannot be shown to accept all that another did. The v1.1
 * keys count too: Duration bounds, a map's key and value limits, value sets. A changed
 * default narrows no value, and is left to the field's description.
 */
export function compareConstraints(before: Constraints, after: Constraints): ConstraintChange[] {
  const changes = compareBounds(before, after, bounds, '');
  for (const map of maps) changes.push(...compareBounds(before[map] ?? {}, after[map] ?? {}, stringLimits, `${map}.`));
  const values = compareValueSets(before.allowedValues, after.allowedValues);
  if (values) changes.push(values);
  return changes;
}

function compareBounds<T extends object>(before: T, after: T, keys: ReadonlyArray<[keyof T & string, Bound]>, prefix: string): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  for (const [key, bound] of keys) {
    const a = before[key] === undefined ? null : String(before[key]);
    const b = after[key] === undefined ? null : String(after[key]);
    if (a === b) continue;
    const tightened = isTrivialCount(key, a) && isTrivialCount(key, b) ? null : isTightened(bound, seconds(a), seconds(b));
    if (tightened !== null) changes.push({ key: `${prefix}${key}`, tightened, before: a, after: b });
  }
  return changes;
}

/** A Duration bound (`"86400s"`) as its number of seconds; other values as they are. */
const seconds = (value: string | null): string | null => (value !== null && /^-?\d+(?:\.\d+)?s$/.test(value) ? value.slice(0, -1) : value);

/**
 * A value set that appears, or loses a value, accepts less; one that goes, or only gains
 * values, accepts more. The order the docs list them in is no change.
 */
function compareValueSets(before: readonly string[] | undefined, after: readonly string[] | undefined): ConstraintChange | null {
  const a = before === undefined ? null : new Set(before);
  const b = after === undefined ? null : new Set(after);
  if (a !== null && b !== null && a.size === b.size && [...a].every((value) => b.has(value))) return null;
  if (a === null && b === null) return null;
  const tightened = a === null || (b !== null && [...a].some((value) => !b.has(value)));
  const shown = (set: Set<string> | null) => (set === null ? null : [...set].join(','));
  return { key: 'allowedValues', tightened, before: shown(a), after: shown(b) };
}

/** A length or item count of at least zero states nothing. */
function isTrivialCount(key: string, value: string | null): boolean {
  return value === null || ((key === 'minLength' || key === 'minItems') && value === '0');
}

/** null where the values differ only in spelling (`"10"` and `"10.0"`). */
function isTightened(bound: Bound, before: string | null, after: string | null): boolean | null {
  if (before === null) return true;
  if (after === null) return false;
  if (bound === 'pattern') return true;
  const order = compareDecimal(after, before);
  if (order === null) return true;
  if (order === 0) return null;
  return bound === 'upper' ? order < 0 : order > 0;
}
