import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../model/ir-v1.schema.json' with { type: 'json' };

/**
 * Checks a parsed model file against `model/ir-v1.schema.json` before anything reads it, so that a
 * damaged or hand-edited file is bad input with a message, not a TypeError deep in the diff.
 * The schema is the model's one definition; ajv (compiled once, on first use) applies it as
 * written rather than a hand copy that would drift from it.
 */
let validate: ValidateFunction | undefined;

const LISTED = 3;

/** null for a valid model; else what is wrong, at most a few places, each as a JSON pointer. */
export function modelProblems(value: unknown): string | null {
  validate ??= new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  if (validate(value)) return misfiledType(value as { types: Record<string, { id: string }> });
  const errors = validate.errors ?? [];
  const listed = errors.slice(0, LISTED).map(describe);
  const more = errors.length > LISTED ? ` (and ${errors.length - LISTED} more)` : '';
  return listed.join('; ') + more;
}

/** The schema cannot say that a type is filed under its own id, and the diff pairs types by both. */
function misfiledType(model: { types: Record<string, { id: string }> }): string | null {
  for (const [key, type] of Object.entries(model.types)) {
    if (type.id !== key) return `/types/${key.replace(/~/g, '~0').replace(/\//g, '~1')} holds the type with id '${type.id}'`;
  }
  return null;
}

function describe(error: ErrorObject): string {
  const at = error.instancePath === '' ? 'the top level' : error.instancePath;
  const extra = error.keyword === 'additionalProperties' ? ` '${String(error.params['additionalProperty'])}'` : '';
  return `${at} ${error.message ?? 'is invalid'}${extra}`;
}
