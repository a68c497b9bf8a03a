import type { Field } from '../../../model/ir.ts';
import type { SchemaContext, SchemaObject } from '../types.ts';
import { countConstraints, stringLimits, valueConstraints, type ConstraintSite } from './constraints.ts';
import { describe } from './text.ts';
import { typeSchema } from './type-schema.ts';
import { valueKindOf } from './value-kind.ts';

/** A message field as a property: its value's schema, then its description and deprecation. */
export function fieldSchema(field: Field, owner: string, context: SchemaContext): SchemaObject {
  return { ...fieldValueSchema(field, owner, context), ...describe(field.description), ...(field.deprecated ? { deprecated: true } : {}) };
}

/**
 * What a field holds: its type, wrapped in an array (repeated) or an object (map, keyed as
 * the JSON mapping writes keys), with the constraints on each value and the counts on the
 * whole. A parameter's schema, whose text stands on the parameter.
 */
export function fieldValueSchema(field: Field, owner: string, context: SchemaContext): SchemaObject {
  const site: ConstraintSite = { where: `${owner}.${field.jsonName}`, warn: context.warn };
  const constraints = field.constraints;
  const { mapKey, mapValue } = constraints;
  const value = typeSchema(field.type, context);
  const kind = valueKindOf(field.type, context);
  let shape: SchemaObject;
  if (field.map) {
    // Length and pattern wording on a map ("each value… each key…" in older pages) names
    // neither keys nor values here; it stays on the object, where JSON Schema reads nothing.
    const { minLength: _minLength, maxLength: _maxLength, pattern: _pattern, ...rest } = constraints;
    shape = {
      type: 'object',
      ...stringLimits(constraints, site),
      ...valueConstraints(rest, { kind: 'structured' }, site),
      ...nonEmpty('propertyNames', keySchema(field.map.key, mapKey === undefined ? {} : stringLimits(mapKey, site))),
      additionalProperties: { ...value, ...(mapValue === undefined ? {} : stringLimits(mapValue, site)) },
      ...countConstraints(constraints, 'map'),
    };
  } else if (field.repeated) {
    shape = { type: 'array', items: { ...value, ...valueConstraints(constraints, kind, site) }, ...countConstraints(constraints, 'array') };
  } else {
    if (constraints.minItems !== undefined || constraints.maxItems !== undefined) site.warn(`${site.where}: item count constraint on a single value; written, but no validator reads it`);
    shape = { ...value, ...valueConstraints(constraints, kind, site), ...countConstraints(constraints, 'array') };
  }
  if (!field.map && (mapKey !== undefined || mapValue !== undefined)) {
    site.warn(`${site.where}: map key/value limits on a field that is not a map; kept as x-mapKey/x-mapValue`);
    if (mapKey !== undefined) shape['x-mapKey'] = stringLimits(mapKey, site);
    if (mapValue !== undefined) shape['x-mapValue'] = stringLimits(mapValue, site);
  }
  return shape;
}

const SIGNED_KEY = '^-?[0-9]+$';
const UNSIGNED_KEY = '^[0-9]+$';

/** Map keys are JSON strings: integer keys are their decimal digits, bool keys `true`/`false`. */
function keySchema(keyType: string, limits: SchemaObject): SchemaObject {
  const written: SchemaObject =
    keyType === 'bool' ? { enum: ['true', 'false'] }
    : /^(s?int|sfixed)(32|64)$/.test(keyType) ? { pattern: SIGNED_KEY }
    : /^(uint|fixed)(32|64)$/.test(keyType) ? { pattern: UNSIGNED_KEY }
    : {};
  if (written.pattern !== undefined && limits.pattern !== undefined) return { ...limits, allOf: [{ pattern: written.pattern }] };
  return { ...written, ...limits };
}

function nonEmpty(keyword: string, schema: SchemaObject): SchemaObject {
  return Object.keys(schema).length === 0 ? {} : { [keyword]: schema };
}
