import type { InlineCode, Nodes, PhrasingContent, Root } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

const OPEN = /^<code>$/i;
const CLOSE = /^<\/code>$/i;

/**
 * Markdown parses the inside of a raw `<code>…</code>` as markdown, so a pattern such as
 * `[a-z]([-a-z0-9]{0,61})` turns into a link. Legacy cells use `<code>` for exactly such
 * text, so each run becomes an inline code node holding the source between the tags
 * (entities decoded, the table-escaped `\|` unescaped).
 */
export function collapseHtmlCodeSpans(root: Root, source: string): void {
  visitParents(root, source);
}

function visitParents(node: Nodes, source: string): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (const child of children) visitParents(child, source);
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
  return text
    .replace(/\\\|/g, '|')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
      if (name[0] !== '#') return decodeNamedCharacterReference(name) || whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    });
}
