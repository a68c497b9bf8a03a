import type { Constraints } from '../../model/ir.ts';
import { compareDecimal, nextInteger } from './decimal.ts';
import type { StatedConstraints } from './facts.ts';

export type NumberKind = 'integer' | 'float';

export interface ResolvedBounds {
  constraints: Constraints;
  /** Exclusive bounds the model cannot hold for this kind: "greater than 0" on a double. */
  unresolved: Array<{ bound: 'exclusiveMinimum' | 'exclusiveMaximum'; value: string }>;
}

/**
 * Turns "greater / less than N" into the model's inclusive bounds once the field's type is
 * known: on integers it is N+1 / N-1, computed exactly (int64 limits included). On floats
 * the model has no exclusive bound, so it is returned in `unresolved` for a diagnostic
 * instead of being widened to an inclusive one that would admit N itself.
 */
export function resolveValueBounds(stated: StatedConstraints, kind: NumberKind): ResolvedBounds {
  const { exclusiveMinimum, exclusiveMaximum, ...constraints } = stated;
  const unresolved: ResolvedBounds['unresolved'] = [];
  if (exclusiveMinimum !== undefined) {
    if (kind === 'integer') constraints.minimum = tighter(constraints.minimum, nextInteger(exclusiveMinimum, 1), 1);
    else unresolved.push({ bound: 'exclusiveMinimum', value: exclusiveMinimum });
  }
  if (exclusiveMaximum !== undefined) {
    if (kind === 'integer') constraints.maximum = tighter(constraints.maximum, nextInteger(exclusiveMaximum, -1), -1);
    else unresolved.push({ bound: 'exclusiveMaximum', value: exclusiveMaximum });
  }
  return { constraints, unresolved };
}

function tighter(current: string | undefined, candidate: string, direction: 1 | -1): string {
  if (current === undefined) return candidate;
  return compareDecimal(candidate, current) * direction > 0 ? candidate : current;
}
