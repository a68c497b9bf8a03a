// Turns the tokens of `syntax.ts` into `yfmTable` / `yfmTableRow` /
// `yfmTableCell` nodes. Cell content arrives as ordinary block events from
// the nested document, so it lands in the cell through the normal handlers.
import type { InlineCode, Nodes, Root, RootContent } from 'mdast';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import { parseAttributeBlock } from './attributes.ts';
import { resolveMergedCells } from './merge.ts';
import type { YfmTable, YfmTableCell, YfmTableRow } from './types.ts';

type UnistPoint = NonNullable<Root['position']>['start'];

export function yfmTableFromMarkdown(): FromMarkdownExtension {
  return {
    enter: { yfmTable: enterTable, yfmTableRow: enterRow, yfmTableCell: enterCell },
    exit: {
      yfmTable: exitTable,
      yfmTableRow: exitRow,
      yfmTableCell: exitCell,
      yfmTableCloseMarker: exitCloseMarker,
      yfmTableRowMarker: exitRowMarker,
      yfmTableCellMerge: exitCellMerge,
      yfmTableAttributes: exitAttributes,
      yfmTableStray: exitSourceText('stray'),
      yfmTableLiquidTag: exitSourceText('liquid'),
    },
  };
}

// Tables and rows start out unclosed; their closing marker clears the flag.
function enterTable(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'yfmTable', children: [], data: { unclosed: true } }, token);
}

function enterRow(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'yfmTableRow', children: [], data: { unclosed: true } }, token);
}

function enterCell(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'yfmTableCell', children: [] }, token);
}

function exitTable(this: CompileContext, token: Token): undefined {
  const table = top(this, 'yfmTable');
  this.exit(token);
  if (!table) return;
  resolveMergedCells(table);
  dropEmptyData(table);
}

function exitRow(this: CompileContext, token: Token): undefined {
  const row = top(this, 'yfmTableRow');
  this.exit(token);
  if (!row) return;
  const lastCell = row.children.at(-1);
  // An unclosed row's token runs on to the next row's marker; end it with its last cell.
  if (row.data?.unclosed && lastCell?.position && row.position) {
    row.position.end = { ...lastCell.position.end };
  }
  dropEmptyData(row);
}

function exitCell(this: CompileContext, token: Token): undefined {
  const cell = top(this, 'yfmTableCell');
  this.exit(token);
  if (!cell) return;
  takeTrailingAttributes(cell);
  unescapePipesInCode(cell.children);
}

function exitCloseMarker(this: CompileContext): undefined {
  const table = top(this, 'yfmTable');
  if (table?.data) delete table.data.unclosed;
}

function exitRowMarker(this: CompileContext): undefined {
  // The opening `||` sits inside the row's first cell, the closing one in the row itself.
  const row = top(this, 'yfmTableRow');
  if (row?.data) delete row.data.unclosed;
}

function exitCellMerge(this: CompileContext, token: Token): undefined {
  const cell = top(this, 'yfmTableCell');
  if (cell) cell.data = { ...cell.data, merge: this.sliceSerialize(token) === '>' ? 'left' : 'up' };
}

function exitAttributes(this: CompileContext, token: Token): undefined {
  const table = top(this, 'yfmTable');
  const attributes = parseAttributeBlock(this.sliceSerialize(token));
  if (table && attributes) table.data = { ...table.data, attributes };
}

function exitSourceText(field: 'stray' | 'liquid') {
  return function (this: CompileContext, token: Token): undefined {
    const table = top(this, 'yfmTable');
    if (!table) return;
    const text = { value: this.sliceSerialize(token), position: { start: point(token.start), end: point(token.end) } };
    table.data = { ...table.data, [field]: [...(table.data?.[field] ?? []), text] };
  };
}

/**
 * A cell whose last paragraph or heading ends in `{.class …}` carries those
 * attributes, as in the reference (which only reads blocks holding a class).
 */
function takeTrailingAttributes(cell: YfmTableCell): void {
  const block = cell.children.at(-1);
  if (!block || (block.type !== 'paragraph' && block.type !== 'heading')) return;
  const text = block.children.at(-1);
  if (!text || text.type !== 'text') return;
  const match = /[ \t]*(\{[^{}\n]*\})$/.exec(text.value);
  const attributes = match?.[1] === undefined ? undefined : parseAttributeBlock(match[1]);
  if (!match || !attributes?.['class']) return;

  text.value = text.value.slice(0, match.index);
  moveEndBack(text.position?.end, match[0].length);
  if (text.value === '') block.children.pop();
  const end = block.children.at(-1)?.position?.end;
  if (end && block.position) block.position.end = { ...end };
  if (block.children.length === 0) cell.children.pop();
  cell.data = { ...cell.data, attributes: { ...cell.data?.attributes, ...attributes } };
}

/** As GFM does in its tables: `\|` in inline code of a cell means a literal pipe. */
function unescapePipesInCode(nodes: readonly RootContent[]): void {
  for (const node of nodes) {
    if (node.type === 'inlineCode') unescapePipes(node);
    else if (node.type !== 'yfmTable' && 'children' in node) unescapePipesInCode(node.children);
  }
}

function unescapePipes(node: InlineCode): void {
  node.value = node.value.replace(/\\\|/g, '|');
}

type NodeOfType<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

function top<T extends 'yfmTable' | 'yfmTableRow' | 'yfmTableCell'>(
  context: CompileContext,
  type: T,
): NodeOfType<T> | undefined {
  const node = context.stack[context.stack.length - 1];
  return node?.type === type ? (node as NodeOfType<T>) : undefined;
}

function dropEmptyData(node: YfmTable | YfmTableRow): void {
  if (node.data && Object.keys(node.data).length === 0) delete node.data;
}

function moveEndBack(end: UnistPoint | undefined, length: number): void {
  if (!end) return;
  end.column -= length;
  if (end.offset !== undefined) end.offset -= length;
}

function point(value: Token['start']): UnistPoint {
  return { line: value.line, column: value.column, offset: value.offset };
}
