import type { Constraints, DocsIr } from './ir.ts';

const CONSTRAINT_ORDER: (keyof Constraints)[] = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'pattern'];

/** Constraints in the schema's key order, so equal facts always print the same bytes. */
export function orderConstraints(constraints: Constraints): Constraints {
  const ordered: Record<string, unknown> = {};
  for (const key of CONSTRAINT_ORDER) if (constraints[key] !== undefined) ordered[key] = constraints[key];
  return ordered as Constraints;
}

/** The model as `apiref ir` prints it: two-space JSON with a final newline. */
export function serializeIr(ir: DocsIr): string {
  return JSON.stringify(ir, null, 2) + '\n';
}
