import type { Enum } from '../../../model/ir.ts';
import type { SchemaObject } from '../types.ts';
import { describe } from './text.ts';

/**
 * An enum as the JSON mapping writes it, a string of its value names, with each value's
 * text in `x-enumDescriptions` (and `x-enumDescriptions-ru`), the map Redoc and Scalar read.
 */
export function enumSchema(type: Enum, warn: (message: string) => void): SchemaObject {
  const seen = new Set<string>();
  const values = type.values.filter((value) => !seen.has(value.name) && seen.add(value.name));
  const schema: SchemaObject = { type: 'string', ...describe(type.description) };
  if (values.length === 0) {
    warn(`${type.id}: the enum documents no values; any string is accepted`);
    return schema;
  }
  schema.enum = values.map((value) => value.name);
  for (const [key, lang] of [['x-enumDescriptions', 'en'], ['x-enumDescriptions-ru', 'ru']] as const) {
    const texts = values.filter((value) => value.description[lang]).map((value) => [value.name, value.description[lang] as string]);
    if (texts.length > 0) schema[key] = Object.fromEntries(texts);
  }
  return schema;
}
