import type { PhrasingContent, Root, RootContent } from 'mdast';
import { raw } from 'hast-util-raw';
import { toMdast } from 'hast-util-to-mdast';
import { toHast } from 'mdast-util-to-hast';

const hasHtml = (nodes: readonly PhrasingContent[]): boolean => nodes.some((node) => node.type === 'html');

/**
 * Legacy cells mix markdown with raw HTML (`<p>`, `<br>`, `<ul><li>`, `<a>`, `<code>`).
 * Going through hast (to-hast, raw, to-mdast) turns that HTML into real paragraphs, lists,
 * links and code, so the extractors only ever see mdast structure.
 */
export function phrasingToBlocks(nodes: readonly PhrasingContent[]): RootContent[] {
  if (nodes.length === 0) return [];
  if (!hasHtml(nodes)) return [{ type: 'paragraph', children: [...nodes] }];
  const wrapper: Root = { type: 'root', children: [{ type: 'paragraph', children: [...nodes] }] };
  const hast = raw(toHast(wrapper, { allowDangerousHtml: true }));
  return (toMdast(hast) as Root).children;
}

