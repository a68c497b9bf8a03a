/**
 * Text from the docs (product names, service ids, REST paths) placed into the generated
 * README: it stays one line of literal text, whatever it holds. `<script>` must not become
 * HTML, a newline must not split a heading or a table row, a backtick must not end a code span.
 */

// Line breaks (and the Unicode line and paragraph separators) and other control characters.
const BREAKS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
// What can start markup inside a line; `-`, `+`, `.` only do at a line start, which `### ` is.
const MARKDOWN_SPECIAL = /[\\`*_[\]#|<>&~]/g;
const HTML = new Map([
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['&', '&amp;'],
]);

const oneLine = (text: string): string => text.replace(BREAKS, ' ');

/** Literal inline text: markdown punctuation escaped, `<`, `>` and `&` as entities. */
export function markdownText(text: string): string {
  return oneLine(text).replace(MARKDOWN_SPECIAL, (char) => HTML.get(char) ?? `\\${char}`);
}

/**
 * A code span holding `text` as it is: its fence is one backtick longer than the longest run
 * inside, padded with a space where the text starts or ends with a backtick; in a table cell
 * the pipe is escaped (GFM reads `\|` as `|` even in code).
 */
export function codeSpan(text: string, inTable = false): string {
  const line = oneLine(text);
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  const content = inTable ? line.replaceAll('|', '\\|') : line;
  return `${fence}${pad}${content}${pad}${fence}`;
}
