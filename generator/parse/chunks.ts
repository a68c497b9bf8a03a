/**
 * Splits a page at its top-level ATX headings into chunks that markdown parses the same
 * alone as in place, so that a chunk met again (the reference documents each message on
 * every method page that reaches it) is parsed once. A split is made only where nothing
 * can carry across it:
 * - before a line starting with `#`…`######` at column 0 that follows a blank line (or
 *   starts the page), since an ATX heading ends every open block but an HTML block, which
 *   a blank line ends first;
 * - outside front matter, fenced code and YFM tables (`#|` … `|#`, which nest);
 * - never in a page with link reference or footnote definitions (they reach across the
 *   whole page), raw HTML blocks that span blank lines (`<pre>`, `<script>`, `<style>`,
 *   `<textarea>`, comments, `<?`, `<!`), or a fence or table left open at the end.
 * Where any of these holds the page is one chunk. One pass over the lines: linear.
 */
export interface Chunk {
  text: string;
  /** 1-based line of the chunk's first line in the page. */
  line: number;
  /** Offset of the chunk's first character in the page. */
  offset: number;
}

const HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DEFINITION = /^ {0,3}\[[^\]\n]{0,999}\]:/;
const RAW_HTML = /^ {0,3}<(?:pre|script|style|textarea|!|\?)/i;
const TABLE_OPEN = /^ {0,3}#\|/;
// Only a line that starts with `|#` closes a table here: a `|#` later in a line may sit in a
// code span, so such a table is taken as still open and the page is not split after it.
const TABLE_CLOSE = /^[ \t]*\|#/;
const BLANK = /^[ \t]*\r?$/;

export function splitAtHeadings(text: string): Chunk[] {
  const whole = [{ text, line: 1, offset: 0 }];
  const starts: { line: number; offset: number }[] = [{ line: 1, offset: 0 }];
  let fence: string | null = null;
  let tables = 0;
  let frontMatter = text.startsWith('---\n') || text.startsWith('---\r\n');
  let previousBlank = true;
  let line = 0;
  for (let offset = 0; offset < text.length; ) {
    const end = text.indexOf('\n', offset);
    const next = end < 0 ? text.length : end + 1;
    const content = text.slice(offset, end < 0 ? text.length : end);
    line++;
    if (frontMatter) {
      if (line > 1 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(content)) frontMatter = false;
    } else if (fence !== null) {
      if (closesFence(content, fence)) fence = null;
    } else {
      if (DEFINITION.test(content) || RAW_HTML.test(content)) return whole;
      const opened = FENCE.exec(content);
      if (opened && !(opened[1]![0] === '`' && content.includes('`', opened.index + opened[0].length))) fence = opened[1]!;
      else if (TABLE_OPEN.test(content)) tables++;
      else if (TABLE_CLOSE.test(content)) tables = Math.max(0, tables - 1);
      else if (tables === 0 && previousBlank && line > 1 && HEADING.test(content)) starts.push({ line, offset });
    }
    previousBlank = BLANK.test(content);
    offset = next;
  }
  if (fence !== null || tables > 0 || frontMatter || starts.length === 1) return whole;
  return starts.map((start, index) => ({
    text: text.slice(start.offset, starts[index + 1]?.offset ?? text.length),
    line: start.line,
    offset: start.offset,
  }));
}

function closesFence(content: string, fence: string): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*\r?$/.exec(content);
  return match !== null && match[1]![0] === fence[0] && match[1]!.length >= fence.length;
}
