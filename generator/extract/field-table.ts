import type { PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { phrasingToBlocks } from '../parse/html-to-mdast.ts';
import type { YfmTable, YfmTableCell } from '../parse/yfm-table/types.ts';
import { inlineSource } from './inline-source.ts';

/** One row of a field or parameter table, whatever the table syntax. */
export interface FieldRow {
  /** The name as written, with `<br>` and padding removed: `backups[].id`, `page_size`, `error`. */
  name: string;
  /** Legacy gRPC oneof members are indented with `&nbsp;&nbsp;`. */
  indented: boolean;
  /** The type notation in compact inline form, or null where the cell states none (legacy REST parameters). */
  typeSource: string | null;
  description: RootContent[];
  node: Node;
}

const HEADER_WORDS = new Set(['field', 'description', 'parameter', 'поле', 'описание', 'параметр']);
const BR = /^<br\s*\/?>$/i;
const NBSP_INDENT = /^[\u00a0\s]+/;

export type FieldTable = Table | YfmTable;

export function isFieldTable(node: RootContent): node is FieldTable {
  return node.type === 'table' || node.type === 'yfmTable';
}

export function readFieldTable(table: FieldTable): FieldRow[] {
  return table.type === 'table' ? readPipeTable(table) : readYfmTable(table);
}

function readPipeTable(table: Table): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const row of table.children.slice(1)) {
    const [nameCell, ...descriptionCells] = row.children;
    if (!nameCell) continue;
    const rawName = nameCell.children.filter((node) => !(node.type === 'html' && BR.test(node.value)));
    const { type, rest } = splitAtFirstBreak(joinCells(descriptionCells));
    rows.push({
      ...cleanName(toString(rawName)),
      typeSource: type ? inlineSource(type).trim() : null,
      description: phrasingToBlocks(rest),
      node: row,
    });
  }
  return rows;
}

/**
 * The legacy generator never escaped a `|` inside a code span (`` ` |[a-z]…` ``), so GFM cuts
 * such a row into more cells than the header has; they all belong to the description.
 */
function joinCells(cells: readonly TableCell[]): PhrasingContent[] {
  return cells.flatMap((cell, index) => (index === 0 ? cell.children : [{ type: 'text', value: '|' } as const, ...cell.children]));
}

/** `**string**<br>Text` → the type before the first `<br>`; a cell opening with HTML or plain text states no type. */
function splitAtFirstBreak(nodes: PhrasingContent[]): { type: PhrasingContent[] | null; rest: PhrasingContent[] } {
  const first = nodes.find((node) => !(node.type === 'text' && node.value.trim() === ''));
  const statesType = first && (first.type === 'strong' || (first.type === 'text' && /^\s*enum\s*$/.test(first.value)));
  if (!statesType) return { type: null, rest: nodes };
  const br = nodes.findIndex((node) => node.type === 'html' && BR.test(node.value));
  return br < 0 ? { type: nodes, rest: [] } : { type: nodes.slice(0, br), rest: nodes.slice(br + 1) };
}

function readYfmTable(table: YfmTable): FieldRow[] {
  const rows: FieldRow[] = [];
  table.children.forEach((row, index) => {
    const [nameCell, descriptionCell] = row.children;
    if (!nameCell) return;
    const name = toString(nameCell).trim();
    if (index === 0 && HEADER_WORDS.has(name.toLowerCase())) return;
    rows.push({ ...cleanName(name), ...splitYfmCell(descriptionCell), node: row });
  });
  return rows;
}

function splitYfmCell(cell: YfmTableCell | undefined): { typeSource: string | null; description: RootContent[] } {
  const [first, ...rest] = (cell?.children ?? []) as RootContent[];
  if (!first) return { typeSource: null, description: [] };
  if (first.type !== 'paragraph') return { typeSource: null, description: [first, ...rest] };
  const source = inlineSource(first.children);
  const newline = source.indexOf('\n');
  if (newline < 0) return { typeSource: source.trim(), description: rest };
  const tail: RootContent = { type: 'paragraph', children: [{ type: 'text', value: source.slice(newline + 1) }] };
  return { typeSource: source.slice(0, newline).trim(), description: [tail, ...rest] };
}

function cleanName(raw: string): { name: string; indented: boolean } {
  const indented = /^\u00a0/.test(raw);
  return { name: raw.replace(NBSP_INDENT, '').replace(/\s+/g, '').trim(), indented };
}
