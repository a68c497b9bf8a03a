import type { Constraints, Field, StringLimits } from '../model/ir.ts';
import { durationBounds } from './duration-bounds.ts';
import type { DescriptionFacts } from './phrases/index.ts';
import { compiles, normalisePattern } from './pattern.ts';

/** What the field builder is told of a stated fact the field cannot hold. */
export type Report = (severity: 'warning' | 'info', code: string, message: string) => void;

/**
 * The v1.1 constraint keys a description states: its value set, its default, Duration
 * bounds and the limits of each map key and value. "For each value" on a list bounds each
 * element, which the field's own keys already mean for a repeated field. A fact the field's
 * type cannot hold is reported, never dropped in silence. `mayBecomeMap`: a legacy `**object**`
 * row is a map when no rows follow it, which its message builder finds out later.
 */
export function statedConstraints(facts: DescriptionFacts, field: Field, mayBecomeMap: boolean, report: Report): Constraints {
  const map = field.map !== null || (mayBecomeMap && !field.repeated);
  const stated: Constraints = {};
  if (facts.allowedValues) stated.allowedValues = facts.allowedValues;
  if (facts.default !== undefined) stated.default = facts.default;
  if (facts.durationRule !== undefined) Object.assign(stated, durationOf(facts.durationRule, field, report));
  if (facts.mapKey) {
    if (map) stated.mapKey = limitsOf(facts.mapKey, 'key', report);
    else report('info', 'map-limit-off-map', `the limits of each key (${describe(facts.mapKey)}) are stated on a field that is not a map`);
  }
  if (facts.mapValue) {
    if (map) stated.mapValue = limitsOf(facts.mapValue, 'value', report);
    else if (field.repeated) Object.assign(stated, elementLimits(facts.mapValue, field.constraints));
    else report('info', 'map-limit-off-map', `the limits of each value (${describe(facts.mapValue)}) are stated on a field that is neither a map nor a list`);
  }
  return stated;
}

function durationOf(rule: string, field: Field, report: Report): Constraints {
  const isDuration = 'wellKnown' in field.type && field.type.wellKnown === 'Duration';
  const bounds = isDuration ? durationBounds(rule) : null;
  if (bounds === null) {
    const why = isDuration ? 'an exclusive bound or a set of durations has no place in the model' : 'the field is not a Duration';
    report('info', 'duration-bound', `the bound '${rule}' is not kept: ${why}`);
    return {};
  }
  return bounds;
}

/** Only lengths and a pattern bound a key or a value; a pattern is made the regex the API checks. */
function limitsOf(stated: Constraints, which: 'key' | 'value', report: Report): StringLimits {
  const limits: StringLimits = {};
  if (stated.minLength !== undefined) limits.minLength = stated.minLength;
  if (stated.maxLength !== undefined) limits.maxLength = stated.maxLength;
  if (stated.pattern !== undefined) {
    limits.pattern = normalisePattern(stated.pattern);
    if (!compiles(limits.pattern)) report('warning', 'invalid-pattern', `the pattern of each ${which} /${limits.pattern}/ is not a valid regular expression`);
  }
  return limits;
}

/**
 * The field's own statement wins over "for each value" where both bound the same thing; the
 * field builder normalises the pattern with the field's own.
 */
function elementLimits(stated: Constraints, own: Constraints): Constraints {
  const element: Constraints = {};
  for (const key of ['minLength', 'maxLength', 'pattern'] as const) {
    if (stated[key] !== undefined && own[key] === undefined) Object.assign(element, { [key]: stated[key] });
  }
  return element;
}

function describe(limits: Constraints): string {
  return Object.entries(limits).map(([key, value]) => `${key} ${String(value)}`).join(', ');
}
