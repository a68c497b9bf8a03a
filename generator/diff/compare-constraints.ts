import type { Constraints } from '../model/ir.ts';
import { compareDecimal } from './decimal.ts';

export interface ConstraintChange {
  key: keyof Constraints;
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
];

/**
 * Each stated constraint that changed, and whether the set of accepted values shrank. A
 * bound that appears tightens, one that goes loosens; a changed pattern counts as tightened
 * because one regular expression cannot be shown to accept all that another did.
 */
export function compareConstraints(before: Constraints, after: Constraints): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  for (const [key, bound] of bounds) {
    const a = before[key] === undefined ? null : String(before[key]);
    const b = after[key] === undefined ? null : String(after[key]);
    if (a === b) continue;
    const tightened = isTrivialCount(key, a) && isTrivialCount(key, b) ? null : isTightened(bound, a, b);
    if (tightened !== null) changes.push({ key, tightened, before: a, after: b });
  }
  return changes;
}

/** A length or item count of at least zero states nothing. */
function isTrivialCount(key: keyof Constraints, value: string | null): boolean {
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
