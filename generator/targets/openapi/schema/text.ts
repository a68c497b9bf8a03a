import type { LocalizedText } from '../../../model/ir.ts';
import type { SchemaObject } from '../types.ts';

/** The English text as `description`, the Russian beside it as `x-description-ru`; each only where the docs have it. */
export function describe(text: LocalizedText): SchemaObject {
  const keywords: SchemaObject = {};
  if (text.en) keywords.description = text.en;
  if (text.ru) keywords['x-description-ru'] = text.ru;
  return keywords;
}
