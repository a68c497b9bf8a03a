import type { InlineCode, Nodes, PhrasingContent, Root } from 'mdast';
import { decodeHTMLStrict } from 'entities';

const OPEN = /^<code>$/i;
const CLOSE = /^<\/code>$/i;

/**
 * Markdown parses the inside of a raw `<code>…</code>` as markdown, so a pattern such as
 * `[a-z]([-a-z0-9]{0,61})` turns into a link. Legacy cells use `<code>` for exactly such
 * text, so each run becomes an inline code node holding the source between the tags
 * (entities decoded, the table-escaped `\|` unescaped).
 *
 * Legacy cells also write markdown code spans among their HTML (`<p>… ``[a-z&amp;]`` …</p>`):
 * the generator escaped the whole cell for HTML, and markdown keeps a code span's entities
 * literally, so those are decoded too.
 */
export function collapseHtmlCodeSpans(root: Root, source: string): void {
  visitParents(root, source);
}

function visitParents(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (const child of children) visitParents(child, source);
  if (!children.some((child) => child.type === 'html')) return;
  for (const child of children) if (child.type === 'inlineCode') child.value = decodeHTMLStrict(child.value);
  for (let open = 0; open < children.length; open++) {
    const start = children[open];
    if (start?.type !== 'html' || !OPEN.test(start.value)) continue;
    const close = children.findIndex((child, index) => index > open && child.type === 'html' && CLOSE.test(child.value));
    const from = start.position?.end.offset;
    const to = children[close]?.position?.start.offset;
    if (close < 0 || from === undefined || to === undefined) continue;
    const code: InlineCode = { type: 'inlineCode', value: decodeText(source.slice(from, to)), position: { start: start.position!.start, end: children[close]!.position!.end } };
    children.splice(open, close - open + 1, code as Nodes & PhrasingContent);
  }
}

function decodeText(text: string): string {
  return decodeHTMLStrict(text.replace(/\\\|/g, '|'));
}
