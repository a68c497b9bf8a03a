// YFM attribute blocks: `{.class #id key=value key="quoted value" flag}`.
import type { YfmAttributes } from './types.ts';

const BLOCK = /^\{([^{}\n]*)\}$/;
const ITEM = /\s*(?:\.([\w-]+)|#([\w-]+)|([A-Za-z_][\w-]*)(?:=(?:"([^"\n]*)"|([^\s"{}]+)))?)(?=\s|$)/y;

/**
 * Parse an attribute block. Returns `undefined` when the text is not a
 * well-formed, non-empty block, so callers can leave such text alone.
 */
export function parseAttributeBlock(source: string): YfmAttributes | undefined {
  const body = BLOCK.exec(source.trim())?.[1]?.trim();
  if (!body) return undefined;
  const classes: string[] = [];
  const ids: string[] = [];
  const attributes: YfmAttributes = {};
  ITEM.lastIndex = 0;
  while (ITEM.lastIndex < body.length) {
    const match = ITEM.exec(body);
    if (!match) return undefined;
    const [, className, id, key, quoted, bare] = match;
    if (className) classes.push(className);
    else if (id) ids.push(id);
    else if (key) attributes[key] = quoted ?? bare ?? 'true';
  }
  if (classes.length > 0) attributes['class'] = classes.join(' ');
  if (ids.length > 0) attributes['id'] = ids.join(' ');
  return attributes;
}
