import { stringify } from 'yaml';
import type { SchemaObject } from './types.ts';

/**
 * The document as text, keys in the order they were built (the builders sort what has no
 * meaningful order). YAML is written without anchors (a shared object is written out each
 * time) and without folding, so a line's bytes depend on its value alone.
 */
export function serializeDocument(document: SchemaObject, format: 'json' | 'yaml'): string {
  if (format === 'json') return JSON.stringify(document, null, 2) + '\n';
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0, version: '1.2' });
}
