/**
 * The check of one JSON value against its field type: a call of a runtime helper that tests
 * the JSON type, then one call per constraint the docs state. Everything it needs at run time
 * (enum value sets, compiled patterns) is a module-level constant, so a check allocates nothing.
 */
import type { Constraints, WellKnown } from '../../../../model/ir.ts';
import type { ResolvedType } from '../../model/product.ts';
import { stringLiteral } from '../../text.ts';
import type { ModuleConstants } from './constants.ts';

/** Where the value is: expressions for the value, its parent path and key (for issues), and its own path (for nested checks). */
export interface Target {
  value: string;
  path: string;
  key: string;
  ownPath: string;
}

export type Lines = string[];

type Family = 'string' | 'bytes' | 'number' | 'decimal' | 'duration' | 'none';

interface Helper {
  call: string;
  family: Family;
}

const SCALAR_HELPERS: Record<string, Helper> = {
  string: { call: 'string', family: 'string' },
  bool: { call: 'boolean', family: 'none' },
  bytes: { call: 'bytes', family: 'bytes' },
  int32: { call: 'int32', family: 'number' },
  uint32: { call: 'uint32', family: 'number' },
  int64: { call: 'int64', family: 'decimal' },
  uint64: { call: 'uint64', family: 'decimal' },
  double: { call: 'number', family: 'number' },
  float: { call: 'number', family: 'number' },
};

const WELL_KNOWN_HELPERS: Partial<Record<WellKnown, Helper>> = {
  Timestamp: { call: 'timestamp', family: 'none' },
  Duration: { call: 'duration', family: 'duration' },
  FieldMask: { call: 'string', family: 'none' },
  Struct: { call: 'record', family: 'none' },
  ListValue: { call: 'array', family: 'none' },
  Any: { call: 'any', family: 'none' },
  Empty: { call: 'record', family: 'none' },
  TimeOfDay: { call: 'record', family: 'none' },
  Date: { call: 'record', family: 'none' },
  Int64Value: SCALAR_HELPERS['int64'] as Helper,
  UInt64Value: SCALAR_HELPERS['uint64'] as Helper,
  Int32Value: SCALAR_HELPERS['int32'] as Helper,
  UInt32Value: SCALAR_HELPERS['uint32'] as Helper,
  DoubleValue: SCALAR_HELPERS['double'] as Helper,
  FloatValue: SCALAR_HELPERS['float'] as Helper,
  BoolValue: SCALAR_HELPERS['bool'] as Helper,
  StringValue: SCALAR_HELPERS['string'] as Helper,
  BytesValue: SCALAR_HELPERS['bytes'] as Helper,
};

/** Types whose JSON form admits `null` as a value (wrappers and `Value`). */
export function isNullable(resolved: ResolvedType): boolean {
  return resolved.kind === 'wellKnown' && NULLABLE.has(resolved.wellKnown);
}

const NULLABLE: ReadonlySet<WellKnown> = new Set([
  'Value', 'Int64Value', 'UInt64Value', 'Int32Value', 'UInt32Value', 'DoubleValue', 'FloatValue', 'BoolValue', 'StringValue', 'BytesValue',
]);

/** Lines checking `target` against `resolved` and the value-level constraints. */
export function valueCheck(resolved: ResolvedType, constraints: Constraints, target: Target, constants: ModuleConstants, checkName: (id: string) => string): Lines {
  if (resolved.kind === 'message') return [`${checkName(resolved.type.id)}(${target.value}, ${target.ownPath}, issues);`];
  if (resolved.kind === 'missing') return [];
  const args = `issues, ${target.path}, ${target.key}, ${target.value}`;
  if (resolved.kind === 'enum') {
    if (resolved.type.values.length === 0) return [`$v.string(${args});`];
    return [`$v.enumValue(${args}, ${constants.enumValues(resolved.name, resolved.type.values.map((value) => value.name))});`];
  }
  const helper = resolved.kind === 'scalar' ? SCALAR_HELPERS[resolved.scalar] : WELL_KNOWN_HELPERS[resolved.wellKnown];
  if (helper === undefined) return [];
  const bounds = constraintCalls(helper.family, constraints, target, constants);
  if (bounds.length === 0) return [`$v.${helper.call}(${args});`];
  return [`if ($v.${helper.call}(${args})) {`, ...bounds.map((line) => `  ${line}`), '}'];
}

/** Which constraints a value of this kind can carry; the rest are reported by `inapplicableConstraints`. */
export function constraintFamily(resolved: ResolvedType): Family {
  if (resolved.kind === 'scalar') return (SCALAR_HELPERS[resolved.scalar] as Helper).family;
  if (resolved.kind === 'wellKnown') return WELL_KNOWN_HELPERS[resolved.wellKnown]?.family ?? 'none';
  return 'none';
}

function constraintCalls(family: Family, constraints: Constraints, target: Target, constants: ModuleConstants): Lines {
  const at = `issues, ${target.path}, ${target.key}, ${target.value}`;
  const lines: Lines = [];
  if (family === 'string') {
    if (constraints.minLength !== undefined && constraints.minLength > 0) lines.push(`$v.minLength(${at}, ${constraints.minLength});`);
    if (constraints.maxLength !== undefined) lines.push(`$v.maxLength(${at}, ${constraints.maxLength});`);
    if (constraints.pattern !== undefined) {
      const regexp = constants.pattern(constraints.pattern);
      if (regexp !== undefined) lines.push(`$v.pattern(${at}, ${regexp});`);
    }
  }
  if (family === 'bytes') {
    if (constraints.minLength !== undefined && constraints.minLength > 0) lines.push(`$v.minBytes(${at}, ${constraints.minLength});`);
    if (constraints.maxLength !== undefined) lines.push(`$v.maxBytes(${at}, ${constraints.maxLength});`);
  }
  if (family === 'number') {
    if (constraints.minimum !== undefined) lines.push(`$v.minimum(${at}, ${numberLiteral(constraints.minimum)});`);
    if (constraints.maximum !== undefined) lines.push(`$v.maximum(${at}, ${numberLiteral(constraints.maximum)});`);
  }
  if (family === 'decimal') {
    if (constraints.minimum !== undefined) lines.push(`$v.minimumDecimal(${at}, ${stringLiteral(constraints.minimum)});`);
    if (constraints.maximum !== undefined) lines.push(`$v.maximumDecimal(${at}, ${stringLiteral(constraints.maximum)});`);
  }
  if (family === 'duration') {
    if (constraints.minDuration !== undefined) lines.push(`$v.minDuration(${at}, ${stringLiteral(constraints.minDuration)});`);
    if (constraints.maxDuration !== undefined) lines.push(`$v.maxDuration(${at}, ${stringLiteral(constraints.maxDuration)});`);
  }
  if (constraints.allowedValues !== undefined && VALUE_SET_FAMILIES.has(family)) {
    lines.push(`$v.allowedValue(${at}, ${constants.valueSet(constraints.allowedValues)});`);
  }
  return lines;
}

/** Families whose JSON value is one string or number, which a documented value set can list. */
export const VALUE_SET_FAMILIES: ReadonlySet<Family> = new Set(['string', 'number', 'decimal']);

/** Bounds are decimal strings in the model (checked by its schema); as numbers they print canonically. */
function numberLiteral(decimal: string): string {
  const value = Number(decimal);
  return value < 0 ? `-${String(-value)}` : String(value);
}
