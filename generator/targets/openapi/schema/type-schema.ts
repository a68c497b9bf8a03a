import type { TypeRef } from '../../../model/ir.ts';
import type { SchemaContext, SchemaObject } from '../types.ts';
import { scalarSchema } from './scalar.ts';
import { wellKnownSchema } from './well-known.ts';

/** One value of a type: a scalar's or well-known type's schema inline, a described type by `$ref`. */
export function typeSchema(type: TypeRef, context: Pick<SchemaContext, 'ref'>): SchemaObject {
  if ('scalar' in type) return scalarSchema(type.scalar);
  if ('wellKnown' in type) return wellKnownSchema(type.wellKnown);
  return context.ref(type.ref);
}
