/**
 * micromark syntax extension for YFM tables:
 *
 *     #|
 *     || cell | cell ||
 *     || cell | multi-line
 *
 *     block **markdown** ||
 *     |#
 *
 * The reference is the `yfm_table` block rule of diplodoc-platform/transform
 * (markdown-it). Followed from it:
 * - `#|` opens a table at the start of a flow line (up to three spaces of
 *   indent; any indent before rows, cells and `|#`); it cannot interrupt a
 *   paragraph. `||` opens/closes a row, `|` divides cells, `|#` at the table's
 *   own level closes it, wherever it stands in a line.
 * - Cell content is block markdown: each cell is tokenized as its own nested
 *   document (`chunkDocument` chunks, resolved by micromark's subtokenizer), so
 *   it holds paragraphs, lists, block quotes, fenced code and nested tables,
 *   with the real line/column/offset of the page. Spaces after a delimiter are
 *   skipped, so a cell's first line never becomes indented code.
 * - Delimiters are not recognised after a backslash escape, inside fenced
 *   code (a line-start ```/~~~ fence opened in a cell), or inside a nested
 *   table: a line-start `#|` inside a cell opens a nested table, whose rows
 *   are tracked (not emitted) until its `|#`.
 * - Liquid: pipes inside `{{ … }}` on one line are not delimiters. Liquid
 *   tags (`{% if … %}`) between rows are skipped over (the reference never
 *   sees them: diplodoc resolves liquid before parsing); they are kept on the
 *   table so a consumer can tell that conditions were not evaluated.
 * - `>` / `^` alone in a cell merge it into the cell on the left / above; a
 *   `{…}` block after `|#` holds table attributes (both resolved into mdast by
 *   `from-markdown.ts`, with the trailing `{.class}` of a cell).
 *
 * Deliberate differences, chosen so that a broken page still yields a tree
 * the extractor can report on (the reference emits nothing or drops text):
 * - A table without `|#` is still a table, marked unclosed: it ends at the
 *   end of the document or of its container, or before the first line after
 *   a closed row that is neither blank nor a row (`||`, `|#`, optionally
 *   after liquid tags). The reference makes the whole block a paragraph and
 *   warns (YFM004); here the rows stay extractable and the rest of the page
 *   parses normally.
 * - Text between rows is not dropped: a line of it ends the table (above),
 *   and text on the same line as `#|`, a closing `||` or `|#` is kept as
 *   stray.
 * - A truncated row (no closing `||`) ends where the next line starts with a
 *   `||` followed by content, or with `|#`; the reference toggles rows on
 *   every `||` and so shifts all later cells.
 * - Pipes inside an inline code span on one line are not delimiters (the
 *   reference only skips ``` runs); a backslash escapes the next character
 *   as in CommonMark, so `\\|` is a backslash and a delimiter.
 * - `#|` inside a cell counts only at a line start (the reference counts it
 *   anywhere, so the text `a #| b` there broke the whole table).
 * Shared with the reference: a fence opened in a cell and never closed hides
 * every later delimiter, so its table runs to the end of the document.
 *
 * Every lookahead reads at most the rest of a line, or a run of blank lines
 * plus one line, and answers about blank-line runs are remembered, so
 * tokenizing is linear in the size of the page. The one rescan: a line with
 * unmatched backtick runs is read to its end once per distinct run length.
 */
import type {
  Code,
  Construct,
  ContentType,
  Effects,
  Extension,
  ParseContext,
  Point,
  State,
  Token,
  TokenizeContext,
} from 'micromark-util-types';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { codes, types } from 'micromark-util-symbol';
import {
  attributeBlockAtLineEnd,
  closeMarker,
  codeSpanCloses,
  delimiterOnNextNonBlankLine,
  fenceOpening,
  liquidCloses,
  liquidTag,
  mergeMarkerCell,
  nonLazyLineEnding,
  rowMarker,
  rowMarkerBeforeContent,
  rowOnNextNonBlankLine,
} from './lookahead.ts';
import './types.ts';

/**
 * Where the scanner stands: `cell` right after a cell delimiter (and its
 * spaces), `line` at the start of a physical line inside a cell.
 */
type LineStart = 'none' | 'cell' | 'line';

/**
 * Content type of cell chunks: a nested document. Cells are separate
 * documents that share boundary lines (a cell starts on the line where the
 * previous one ends), while micromark keeps per-line laziness in
 * `parser.lazy`, which a document sets only for lines it continues. A cell
 * would read the previous cell's flag for its own first line, so its factory
 * clears that flag before starting the nested document.
 */
const CELL_DOCUMENT = 'yfmTableCellDocument';

function ensureCellDocumentFactory(parser: ParseContext): void {
  const factories = parser as unknown as Record<string, unknown>;
  if (factories[CELL_DOCUMENT]) return;
  factories[CELL_DOCUMENT] = (from: Omit<Point, '_bufferIndex' | '_index'>) => {
    parser.lazy[from.line] = false;
    return parser.document(from);
  };
}

export function yfmTable(): Extension {
  return { flow: { [codes.numberSign]: yfmTableConstruct } };
}

// `concrete`: lines inside the table must not be taken for new list items or
// block quotes by the document tokenizer; cells parse those themselves.
const yfmTableConstruct: Construct = { name: 'yfmTable', tokenize: tokenizeYfmTable, concrete: true };

function tokenizeYfmTable(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  let rowIsOpen = false;
  let cellIsOpen = false;
  /** Open chunk of the current cell, opened lazily before the first code it holds. */
  let chunk: Token | undefined;
  let previousChunk: Token | undefined;
  let lineStart: LineStart = 'none';
  let delimiterAtLineStart = false;
  let fenceMarker: Code = codes.eof;
  let fenceSize = 0;
  let runSize = 0;
  let openRunSize = 0;
  /** Nested tables being skipped inside the current cell: whether each has a row open. */
  const nestedRows: boolean[] = [];
  // Answers of a lookahead over blank lines, valid until the next non-blank line.
  let rowLineAhead = false;
  let noDelimiterAhead = false;
  let nestedRowLineAhead = false;
  let liquidUnclosedLine = 0;

  return start;

  // ---- table open, between rows, table close ----

  function start(code: Code): State | undefined {
    if (self.interrupt || code !== codes.numberSign) return nok(code);
    ensureCellDocumentFactory(self.parser);
    effects.enter('yfmTable');
    effects.enter('yfmTableOpenMarker');
    effects.consume(code);
    return openMarkerPipe;
  }

  function openMarkerPipe(code: Code): State | undefined {
    if (code !== codes.verticalBar) return nok(code);
    effects.consume(code);
    effects.exit('yfmTableOpenMarker');
    return betweenRows;
  }

  function betweenRows(code: Code): State | undefined {
    if (code === codes.eof) return endUnclosed(code);
    if (markdownSpace(code)) {
      effects.enter(types.whitespace);
      return betweenRowsSpace(code);
    }
    if (markdownLineEnding(code)) {
      if (rowLineAhead) return lineEndingBetweenRows(code);
      return effects.check(rowOnNextNonBlankLine, rowLineFollows, endUnclosed)(code);
    }
    if (code === codes.verticalBar) {
      return effects.check(rowMarker, rowStart, effects.check(closeMarker, closeStart, strayStart))(code);
    }
    if (code === codes.leftCurlyBrace) return effects.check(liquidTag, liquidTagStart, strayStart)(code);
    return strayStart(code);
  }

  function liquidTagStart(code: Code): State | undefined {
    effects.enter('yfmTableLiquidTag');
    return liquidTagInside(code);
  }

  function liquidTagInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('yfmTableLiquidTag');
      return betweenRows(code);
    }
    effects.consume(code);
    return code === codes.percentSign ? liquidTagAfterPercent : liquidTagInside;
  }

  function liquidTagAfterPercent(code: Code): State | undefined {
    if (code !== codes.rightCurlyBrace) return liquidTagInside(code);
    effects.consume(code);
    effects.exit('yfmTableLiquidTag');
    return betweenRows;
  }

  function betweenRowsSpace(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return betweenRowsSpace;
    }
    effects.exit(types.whitespace);
    return betweenRows(code);
  }

  function rowLineFollows(code: Code): State | undefined {
    rowLineAhead = true;
    return lineEndingBetweenRows(code);
  }

  function lineEndingBetweenRows(code: Code): State | undefined {
    consumeLineEnding(code);
    return betweenRows;
  }

  function strayStart(code: Code): State | undefined {
    effects.enter('yfmTableStray');
    effects.consume(code);
    return strayInside;
  }

  function strayInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code) || code === codes.verticalBar || code === codes.leftCurlyBrace) {
      effects.exit('yfmTableStray');
      return betweenRows(code);
    }
    effects.consume(code);
    return strayInside;
  }

  function closeStart(code: Code): State | undefined {
    rowLineAhead = false;
    effects.enter('yfmTableCloseMarker');
    effects.consume(code);
    return closeMarkerHash;
  }

  function closeMarkerHash(code: Code): State | undefined {
    effects.consume(code);
    effects.exit('yfmTableCloseMarker');
    return afterClose;
  }

  function afterClose(code: Code): State | undefined {
    if (markdownSpace(code)) return space(code, afterClose);
    if (code === codes.leftCurlyBrace) {
      return effects.check(attributeBlockAtLineEnd, attributesStart, trailingStart)(code);
    }
    return afterAttributes(code);
  }

  function attributesStart(code: Code): State | undefined {
    effects.enter('yfmTableAttributes');
    return attributesInside(code);
  }

  function attributesInside(code: Code): State | undefined {
    effects.consume(code);
    if (code !== codes.rightCurlyBrace) return attributesInside;
    effects.exit('yfmTableAttributes');
    return afterAttributes;
  }

  function afterAttributes(code: Code): State | undefined {
    if (markdownSpace(code)) return space(code, afterAttributes);
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('yfmTable');
      return ok(code);
    }
    return trailingStart(code);
  }

  function trailingStart(code: Code): State | undefined {
    effects.enter('yfmTableStray');
    effects.consume(code);
    return trailingInside;
  }

  function trailingInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('yfmTableStray');
      effects.exit('yfmTable');
      return ok(code);
    }
    effects.consume(code);
    return trailingInside;
  }

  /** At an eol or eof with no `|#` seen: close whatever is open. */
  function endUnclosed(code: Code): State | undefined {
    if (cellIsOpen) closeCell();
    if (rowIsOpen) closeRow();
    effects.exit('yfmTable');
    return ok(code);
  }

  // ---- rows and delimiters ----

  function rowStart(code: Code): State | undefined {
    rowLineAhead = false;
    effects.enter('yfmTableRow');
    rowIsOpen = true;
    openCell();
    effects.enter('yfmTableRowMarker');
    effects.consume(code);
    return rowStartSecondPipe;
  }

  function rowStartSecondPipe(code: Code): State | undefined {
    effects.consume(code);
    effects.exit('yfmTableRowMarker');
    return cellStart;
  }

  /** At a `|` that ends the current cell: a divider, the row marker `||`, or `|#`. */
  function delimiter(code: Code): State | undefined {
    return effects.check(rowMarker, atRowMarker, effects.check(closeMarker, atCloseMarker, atCellDivider))(code);
  }

  function atCellDivider(code: Code): State | undefined {
    if (cellIsOpen) closeCell();
    openCell();
    effects.enter('yfmTableCellDivider');
    effects.consume(code);
    effects.exit('yfmTableCellDivider');
    return cellStart;
  }

  function atRowMarker(code: Code): State | undefined {
    if (delimiterAtLineStart) return effects.check(rowMarkerBeforeContent, rowRestart, rowEnd)(code);
    return rowEnd(code);
  }

  /** A line-start `||` followed by content: the open row was never closed. */
  function rowRestart(code: Code): State | undefined {
    if (cellIsOpen) closeCell();
    closeRow();
    return rowStart(code);
  }

  function rowEnd(code: Code): State | undefined {
    if (cellIsOpen) closeCell();
    effects.enter('yfmTableRowMarker');
    effects.consume(code);
    return rowEndSecondPipe;
  }

  function rowEndSecondPipe(code: Code): State | undefined {
    effects.consume(code);
    effects.exit('yfmTableRowMarker');
    closeRow();
    return betweenRows;
  }

  function atCloseMarker(code: Code): State | undefined {
    if (cellIsOpen) closeCell();
    closeRow();
    return closeStart(code);
  }

  // ---- cell start ----

  function cellStart(code: Code): State | undefined {
    if (markdownSpace(code)) return space(code, cellStart);
    if (code === codes.greaterThan || code === codes.caret) {
      return effects.check(mergeMarkerCell, mergeMarker, contentStart)(code);
    }
    return contentStart(code);
  }

  function mergeMarker(code: Code): State | undefined {
    effects.enter('yfmTableCellMerge');
    effects.consume(code);
    effects.exit('yfmTableCellMerge');
    return afterMergeMarker;
  }

  function afterMergeMarker(code: Code): State | undefined {
    if (markdownSpace(code)) return space(code, afterMergeMarker);
    return contentStart(code);
  }

  function contentStart(code: Code): State | undefined {
    if (code === codes.eof) return endUnclosed(code);
    if (markdownLineEnding(code)) return atCellLineEnding(code);
    if (code === codes.verticalBar) return delimiterMidLine(code);
    lineStart = 'cell';
    return contentLineStart(code);
  }

  function delimiterMidLine(code: Code): State | undefined {
    closeChunk();
    delimiterAtLineStart = false;
    return delimiter(code);
  }

  // ---- cell content ----

  function contentLineStart(code: Code): State | undefined {
    if (markdownSpace(code)) {
      take(code);
      return contentLineStart;
    }
    if (code === codes.eof || markdownLineEnding(code)) return content(code);
    const where = lineStart;
    lineStart = 'none';
    noDelimiterAhead = false;
    nestedRowLineAhead = false;
    if (fenceSize > 0) return code === fenceMarker ? fenceClosingStart(code) : fenceContent(code);
    if ((code === codes.graveAccent || code === codes.tilde) && inCell()) {
      return effects.check(fenceOpening, fenceOpenStart, content)(code);
    }
    if (code === codes.numberSign) {
      take(code);
      return nestedOpenPipe;
    }
    if (code === codes.verticalBar && nestedRows.length > 0 && where === 'line') {
      return nestedRowOpen() ? effects.check(rowMarkerBeforeContent, nestedRowRestart, nestedPipe)(code) : nestedPipe(code);
    }
    return content(code);
  }

  function content(code: Code): State | undefined {
    if (code === codes.eof) return endUnclosed(code);
    if (markdownLineEnding(code)) return atCellLineEnding(code);
    if (fenceSize > 0) return fenceContent(code);
    switch (code) {
      case codes.backslash:
        take(code);
        return escaped;
      case codes.graveAccent:
        return effects.check(codeSpanCloses, codeSpanStart, backtickLiteral)(code);
      case codes.leftCurlyBrace:
        if (self.previous === codes.leftCurlyBrace && liquidUnclosedLine !== self.now().line) {
          return effects.check(liquidCloses, liquidInside, liquidUnclosed)(code);
        }
        break;
      case codes.verticalBar:
        return nestedRows.length === 0 ? delimiterMidLine(code) : nestedPipe(code);
    }
    take(code);
    return content;
  }

  function escaped(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return content(code);
    take(code);
    return content;
  }

  function codeSpanStart(code: Code): State | undefined {
    openRunSize = 0;
    return codeSpanOpening(code);
  }

  function codeSpanOpening(code: Code): State | undefined {
    if (code === codes.graveAccent) {
      openRunSize++;
      take(code);
      return codeSpanOpening;
    }
    runSize = 0;
    return codeSpanInside(code);
  }

  function codeSpanInside(code: Code): State | undefined {
    if (code === codes.graveAccent) {
      runSize++;
      take(code);
      return codeSpanInside;
    }
    if (runSize === openRunSize || code === codes.eof || markdownLineEnding(code)) return content(code);
    runSize = 0;
    take(code);
    return codeSpanInside;
  }

  function backtickLiteral(code: Code): State | undefined {
    if (code !== codes.graveAccent) return content(code);
    take(code);
    return backtickLiteral;
  }

  function liquidInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return content(code);
    take(code);
    return code === codes.rightCurlyBrace ? liquidAfterBrace : liquidInside;
  }

  function liquidAfterBrace(code: Code): State | undefined {
    if (code !== codes.rightCurlyBrace) return liquidInside(code);
    take(code);
    return content;
  }

  // Without `}}` after this `{{`, none follows any later `{{` on the line either.
  function liquidUnclosed(code: Code): State | undefined {
    liquidUnclosedLine = self.now().line;
    take(code);
    return content;
  }

  // ---- fenced code inside a cell ----

  function fenceOpenStart(code: Code): State | undefined {
    fenceMarker = code;
    fenceSize = 0;
    return fenceOpenSequence(code);
  }

  function fenceOpenSequence(code: Code): State | undefined {
    if (code !== fenceMarker) return fenceContent(code);
    fenceSize++;
    take(code);
    return fenceOpenSequence;
  }

  function fenceContent(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return content(code);
    take(code);
    return fenceContent;
  }

  function fenceClosingStart(code: Code): State | undefined {
    runSize = 0;
    return fenceClosingSequence(code);
  }

  function fenceClosingSequence(code: Code): State | undefined {
    if (code === fenceMarker) {
      runSize++;
      take(code);
      return fenceClosingSequence;
    }
    return runSize >= fenceSize ? fenceClosingTail(code) : fenceContent(code);
  }

  // A closing fence may be followed by the cell's delimiter (```||), as in the reference.
  function fenceClosingTail(code: Code): State | undefined {
    if (markdownSpace(code)) {
      take(code);
      return fenceClosingTail;
    }
    if (code === codes.eof || markdownLineEnding(code) || code === codes.verticalBar) {
      fenceSize = 0;
      return content(code);
    }
    return fenceContent(code);
  }

  // ---- nested tables: tracked to find their end, tokenized later inside the cell ----

  function nestedOpenPipe(code: Code): State | undefined {
    if (code !== codes.verticalBar) return content(code);
    take(code);
    nestedRows.push(false);
    nestedRowLineAhead = false;
    return content;
  }

  function nestedPipe(code: Code): State | undefined {
    take(code);
    return nestedPipeNext;
  }

  function nestedPipeNext(code: Code): State | undefined {
    if (code === codes.verticalBar) {
      take(code);
      nestedRows[nestedRows.length - 1] = !nestedRowOpen();
      lineStart = 'cell';
      return contentLineStart;
    }
    if (code === codes.numberSign) {
      take(code);
      nestedRows.pop();
      return content;
    }
    lineStart = 'cell';
    return contentLineStart(code);
  }

  /** A nested row that was never closed, followed by a new one: a row stays open. */
  function nestedRowRestart(code: Code): State | undefined {
    take(code);
    return nestedRowRestartSecondPipe;
  }

  function nestedRowRestartSecondPipe(code: Code): State | undefined {
    take(code);
    lineStart = 'cell';
    return contentLineStart;
  }

  function nestedRowOpen(): boolean {
    return nestedRows[nestedRows.length - 1] === true;
  }

  function inCell(): boolean {
    return nestedRows.length === 0 || nestedRowOpen();
  }

  // ---- line endings inside a cell ----

  function atCellLineEnding(code: Code): State | undefined {
    return effects.check(nonLazyLineEnding, cellLineContinues, endUnclosed)(code);
  }

  function cellLineContinues(code: Code): State | undefined {
    if (fenceSize > 0) return consumeCellLineEnding(code);
    if (nestedRows.length > 0) {
      if (nestedRowOpen() || nestedRowLineAhead) return consumeCellLineEnding(code);
      return effects.check(rowOnNextNonBlankLine, nestedRowLineFollows, nestedTableEnded)(code);
    }
    if (noDelimiterAhead) return consumeCellLineEnding(code);
    return effects.check(delimiterOnNextNonBlankLine, cellEndsAtLineEnding, delimiterNotAhead)(code);
  }

  function nestedRowLineFollows(code: Code): State | undefined {
    nestedRowLineAhead = true;
    return consumeCellLineEnding(code);
  }

  function nestedTableEnded(code: Code): State | undefined {
    nestedRows.pop();
    return cellLineContinues(code);
  }

  function delimiterNotAhead(code: Code): State | undefined {
    noDelimiterAhead = true;
    return consumeCellLineEnding(code);
  }

  function consumeCellLineEnding(code: Code): State | undefined {
    take(code);
    closeChunk();
    lineStart = 'line';
    return contentLineStart;
  }

  function cellEndsAtLineEnding(code: Code): State | undefined {
    closeCell();
    return gapBeforeDelimiter(code);
  }

  /** Blank lines and spaces between a cell that ended at its line and the next line's delimiter. */
  function gapBeforeDelimiter(code: Code): State | undefined {
    if (markdownSpace(code)) return space(code, gapBeforeDelimiter);
    if (markdownLineEnding(code)) {
      consumeLineEnding(code);
      return gapBeforeDelimiter;
    }
    delimiterAtLineStart = true;
    return delimiter(code);
  }

  // ---- helpers ----

  function take(code: Code): void {
    if (!chunk) openChunk();
    effects.consume(code);
  }

  function openChunk(): void {
    const token = effects.enter(types.chunkDocument, {
      contentType: CELL_DOCUMENT as ContentType,
      previous: previousChunk,
    });
    if (previousChunk) previousChunk.next = token;
    previousChunk = token;
    chunk = token;
  }

  function closeChunk(): void {
    if (!chunk) return;
    effects.exit(types.chunkDocument);
    chunk = undefined;
  }

  function openCell(): void {
    effects.enter('yfmTableCell');
    cellIsOpen = true;
  }

  function closeCell(): void {
    closeChunk();
    effects.exit('yfmTableCell');
    cellIsOpen = false;
    previousChunk = undefined;
    nestedRows.length = 0;
    fenceSize = 0;
    noDelimiterAhead = false;
  }

  function closeRow(): void {
    effects.exit('yfmTableRow');
    rowIsOpen = false;
  }

  function consumeLineEnding(code: Code): void {
    effects.enter(types.lineEnding);
    effects.consume(code);
    effects.exit(types.lineEnding);
  }

  function space(code: Code, next: State): State | undefined {
    effects.enter(types.whitespace);
    return spaceInside(code);
    function spaceInside(code: Code): State | undefined {
      if (markdownSpace(code)) {
        effects.consume(code);
        return spaceInside;
      }
      effects.exit(types.whitespace);
      return next(code);
    }
  }
}
