import type { Field, Message } from '../../../model/ir.ts';
import type { SchemaContext, SchemaObject } from '../types.ts';
import { fieldSchema } from './field.ts';
import { oneofSchema } from './oneof.ts';
import { describe } from './text.ts';

/**
 * A message as an object schema: properties in documented order, the required ones, and
 * its oneofs (one `oneOf`, or `allOf` of several). `omit` leaves out fields bound elsewhere
 * (a request's path and query parameters, when the rest is the body).
 */
export function messageSchema(message: Message, context: SchemaContext, omit: ReadonlySet<string> = new Set()): SchemaObject {
  const fields = distinctFields(message, context).filter((field) => !omit.has(field.jsonName));
  const present = new Set(fields.map((field) => field.jsonName));
  const oneofs = message.oneofs
    .map((oneof) => ({ oneof, schema: oneofSchema(oneof, present) }))
    .filter((entry): entry is { oneof: Message['oneofs'][number]; schema: SchemaObject } => entry.schema !== undefined);
  const inOneof = new Set(oneofs.flatMap((entry) => entry.oneof.fields));
  const required = fields.filter((field) => field.required && !inOneof.has(field.jsonName)).map((field) => field.jsonName);
  const schema: SchemaObject = { type: 'object', ...describe(message.description) };
  if (fields.length > 0) schema.properties = Object.fromEntries(fields.map((field) => [field.jsonName, fieldSchema(field, message.id, context)]));
  if (required.length > 0) schema.required = required;
  if (oneofs.length === 1) Object.assign(schema, oneofs[0]!.schema);
  else if (oneofs.length > 1) schema.allOf = oneofs.map((entry) => entry.schema);
  return schema;
}

function distinctFields(message: Message, context: SchemaContext): Field[] {
  const seen = new Set<string>();
  return message.fields.filter((field) => {
    if (!seen.has(field.jsonName)) return seen.add(field.jsonName);
    context.warn(`${message.id}: field ${field.jsonName} is described twice; the first is kept`);
    return false;
  });
}
