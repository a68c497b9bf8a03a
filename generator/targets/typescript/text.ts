/**
 * Text from the docs ends up inside comments and string literals. Whatever it contains, it
 * must stay text: it can never close its comment, start a template, end a `<script>` the
 * bundle is inlined into, or break a line where the language would see a new statement.
 */
import type { LocalizedText } from '../../model/ir.ts';

const LINE_BREAKS = /\r\n|[\r\u2028\u2029\u0085]/g;
// C0/C1 controls other than tab and newline, and lone surrogates: invisible, and unsafe in some tools.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for a JSDoc block, with `*` `/` and `</` defused and tags at line starts escaped. */
export function commentText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(UNSAFE_CHARACTERS, ' ')
    .replace(/\*\//g, '*\\/')
    .replace(/<\/(?=script)/gi, '<\\/')
    .replace(/^(\s*)@/gm, '$1\\@')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** A single-quoted string literal that is safe for any input. */
export function stringLiteral(value: string): string {
  let out = "'";
  for (const char of value) out += escapeChar(char);
  return `${out}'`;
}

function escapeChar(char: string): string {
  switch (char) {
    case "'":
      return "\\'";
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '<':
      return '\\x3C';
  }
  const code = char.codePointAt(0) as number;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return char;
}

/** How links in descriptions are rewritten: anchors to types become `{@link Name}`, site paths absolute. */
export interface LinkContext {
  /** The emitted name of a type id in the current module, if it has one. */
  typeName(id: string): string | undefined;
}

export const DOCS_SITE = 'https://yandex.cloud';

const MARKDOWN_LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;

export function rewriteLinks(text: string, lang: 'en' | 'ru', links: LinkContext): string {
  return text.replace(MARKDOWN_LINK, (whole, label: string, target: string) => {
    if (target.startsWith('#')) {
      const name = links.typeName(target.slice(1));
      if (name === undefined) return whole;
      const shown = label.replace(/[{}|]/g, '').trim();
      return shown === '' || shown === name ? `{@link ${name}}` : `{@link ${name} | ${shown}}`;
    }
    if (target.startsWith('/docs/')) return `[${label}](${DOCS_SITE}/${lang}${target})`;
    return whole;
  });
}

/** The English description, then the Russian one under its own label; both as the docs wrote them. */
export function localizedDoc(description: LocalizedText, links: LinkContext): string {
  const parts: string[] = [];
  if (description.en?.trim()) parts.push(rewriteLinks(description.en.trim(), 'en', links));
  if (description.ru?.trim()) parts.push(`${parts.length > 0 ? 'RU: ' : ''}${rewriteLinks(description.ru.trim(), 'ru', links)}`);
  return parts.join('\n\n');
}
