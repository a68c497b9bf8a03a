import type { Constraints, StringLimits } from '../../../model/ir.ts';
import type { JsonValue, SchemaObject } from '../types.ts';
import { exactNumber, literalOf } from './literal.ts';
import { ecmaPattern } from './pattern.ts';
import { isNumeric, isStringLike, type ValueKind } from './value-kind.ts';

/** Where a constraint was stated, for warnings: `yandex.cloud.x.Backup.folderId`. */
export interface ConstraintSite {
  readonly where: string;
  readonly warn: (message: string) => void;
}

/**
 * The JSON Schema keywords of the constraints that bind each value of a field (the field
 * itself, or each item or map value): lengths, pattern, range, allowed values, default.
 * A keyword the value's type does not read is written all the same (JSON Schema ignores it,
 * so the fact survives) and said; Duration bounds, which no keyword compares, are `x-`.
 */
export function valueConstraints(constraints: Constraints, kind: ValueKind, site: ConstraintSite): SchemaObject {
  const keywords: SchemaObject = {};
  Object.assign(keywords, lengthAndPattern(constraints, site));
  if (constraints.minimum !== undefined) Object.assign(keywords, bound('minimum', constraints.minimum));
  if (constraints.maximum !== undefined) Object.assign(keywords, bound('maximum', constraints.maximum));
  if (constraints.allowedValues !== undefined) Object.assign(keywords, allowedValues(constraints.allowedValues, kind, site));
  if (constraints.default !== undefined) Object.assign(keywords, defaultValue(constraints.default, kind, site));
  if (constraints.minDuration !== undefined) keywords['x-minDuration'] = constraints.minDuration;
  if (constraints.maxDuration !== undefined) keywords['x-maxDuration'] = constraints.maxDuration;
  reportInapplicable(constraints, kind, site);
  return keywords;
}

/** A map key's or value's string limits. */
export function stringLimits(limits: StringLimits, site: ConstraintSite): SchemaObject {
  return lengthAndPattern(limits, site);
}

/** The element or entry counts of a repeated field (`minItems`) or a map (`minProperties`). */
export function countConstraints(constraints: Constraints, shape: 'array' | 'map'): SchemaObject {
  const [min, max] = shape === 'array' ? ['minItems', 'maxItems'] : ['minProperties', 'maxProperties'];
  const keywords: SchemaObject = {};
  if (constraints.minItems !== undefined) keywords[min] = constraints.minItems;
  if (constraints.maxItems !== undefined) keywords[max] = constraints.maxItems;
  return keywords;
}

function lengthAndPattern(limits: StringLimits, site: ConstraintSite): SchemaObject {
  const keywords: SchemaObject = {};
  if (limits.minLength !== undefined) keywords.minLength = limits.minLength;
  if (limits.maxLength !== undefined) keywords.maxLength = limits.maxLength;
  if (limits.pattern !== undefined) Object.assign(keywords, pattern(limits.pattern, site));
  return keywords;
}

/** A pattern ECMA-262 cannot read stays as written in `x-pattern`, rather than becoming a check that means something else. */
function pattern(source: string, site: ConstraintSite): SchemaObject {
  const translated = ecmaPattern(source);
  if (translated !== undefined) return { pattern: translated };
  site.warn(`${site.where}: pattern ${JSON.stringify(source)} has no ECMA-262 equivalent; kept as x-pattern`);
  return { 'x-pattern': source };
}

/** Bounds are decimal strings in the model; one that a JSON number cannot hold exactly stays a string in `x-`. */
function bound(keyword: 'minimum' | 'maximum', decimal: string): SchemaObject {
  const value = exactNumber(decimal);
  return value === undefined ? { [`x-${keyword}`]: decimal } : { [keyword]: value };
}

function allowedValues(values: readonly string[], kind: ValueKind, site: ConstraintSite): SchemaObject {
  const literals = values.map((value) => literalOf(value, kind));
  if (literals.every((literal): literal is JsonValue => literal !== undefined)) return { enum: unique(literals) };
  site.warn(`${site.where}: allowed values ${values.join(', ')} are not all values of its type; kept as x-allowedValues`);
  return { 'x-allowedValues': [...values] };
}

function defaultValue(text: string, kind: ValueKind, site: ConstraintSite): SchemaObject {
  const literal = literalOf(text, kind);
  if (literal !== undefined) return { default: literal };
  site.warn(`${site.where}: default ${JSON.stringify(text)} is not a value of its type; kept as x-default`);
  return { 'x-default': text };
}

function unique(values: JsonValue[]): JsonValue[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function reportInapplicable(constraints: Constraints, kind: ValueKind, site: ConstraintSite): void {
  const stray: string[] = [];
  const lengths = constraints.minLength !== undefined || constraints.maxLength !== undefined || constraints.pattern !== undefined;
  if (lengths && !isStringLike(kind)) stray.push('length/pattern');
  if ((constraints.minimum !== undefined || constraints.maximum !== undefined) && !isNumeric(kind)) stray.push('minimum/maximum');
  if ((constraints.minDuration !== undefined || constraints.maxDuration !== undefined) && kind.kind !== 'duration') stray.push('duration bounds');
  if (stray.length > 0) site.warn(`${site.where}: ${stray.join(', ')} constraint does not apply to its type; written, but no validator reads it`);
}
