import type { Constraints, DocsIr, StringLimits } from './ir.ts';

const CONSTRAINT_ORDER: (keyof Constraints)[] = [
  'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'pattern',
  'allowedValues', 'default', 'minDuration', 'maxDuration', 'mapKey', 'mapValue',
];
const LIMIT_ORDER: (keyof StringLimits)[] = ['minLength', 'maxLength', 'pattern'];

/** Constraints in the schema's key order, so equal facts always print the same bytes. */
export function orderConstraints(constraints: Constraints): Constraints {
  const ordered: Record<string, unknown> = {};
  for (const key of CONSTRAINT_ORDER) {
    const value = constraints[key];
    if (value === undefined) continue;
    ordered[key] = key === 'mapKey' || key === 'mapValue' ? orderLimits(value as StringLimits) : value;
  }
  return ordered as Constraints;
}

function orderLimits(limits: StringLimits): StringLimits {
  const ordered: Record<string, unknown> = {};
  for (const key of LIMIT_ORDER) if (limits[key] !== undefined) ordered[key] = limits[key];
  return ordered as StringLimits;
}

/** The model as `apiref ir` prints it: two-space JSON with a final newline. */
export function serializeIr(ir: DocsIr): string {
  return JSON.stringify(ir, null, 2) + '\n';
}
