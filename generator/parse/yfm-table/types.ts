// Node types for YFM tables (`#| … |#`) and the augmentations that let
// `mdast`, `micromark` and `mdast-util-from-markdown` know about them.
import type { BlockContent, Data, DefinitionContent, Parent, Root } from 'mdast';

type Position = NonNullable<Root['position']>;

/** Attribute block `{.class #id key=value}`: classes and ids joined by a space, a bare key is `'true'`. */
export type YfmAttributes = Record<string, string>;

/** Source text kept on a table node, with where it stands. */
export interface YfmTableSourceText {
  value: string;
  position: Position;
}

export interface YfmTableData extends Data {
  /** No `|#` closed the table: it ended at the end of the document/container or at the first line after a row that was not a row. */
  unclosed?: true;
  /** Attribute block written after `|#`. */
  attributes?: YfmAttributes;
  /** Text the grammar has no place for: after `#|`, after a row's closing `||`, or after `|#` on the same line. */
  stray?: YfmTableSourceText[];
  /** Liquid tags (`{% if … %}`) between rows; rows are kept whatever the conditions say. */
  liquid?: YfmTableSourceText[];
}

export interface YfmTableRowData extends Data {
  /** The row has no closing `||`; its position ends with its last cell. */
  unclosed?: true;
}

export interface YfmTableCellData extends Data {
  /** `class`/`id`/… from a trailing `{.class}` block, plus `colspan`/`rowspan` from merge markers. */
  attributes?: YfmAttributes;
  /** The cell holds only a merge marker: `>` joins it to the cell on the left, `^` to the cell above. */
  merge?: 'left' | 'up';
}

export interface YfmTable extends Parent {
  type: 'yfmTable';
  children: YfmTableRow[];
  data?: YfmTableData | undefined;
}

export interface YfmTableRow extends Parent {
  type: 'yfmTableRow';
  children: YfmTableCell[];
  data?: YfmTableRowData | undefined;
}

export interface YfmTableCell extends Parent {
  type: 'yfmTableCell';
  children: Array<BlockContent | DefinitionContent>;
  data?: YfmTableCellData | undefined;
}

declare module 'mdast' {
  interface RootContentMap {
    yfmTable: YfmTable;
    yfmTableRow: YfmTableRow;
    yfmTableCell: YfmTableCell;
  }
  interface BlockContentMap {
    yfmTable: YfmTable;
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    yfmTable: 'yfmTable';
    yfmTableOpenMarker: 'yfmTableOpenMarker';
    yfmTableCloseMarker: 'yfmTableCloseMarker';
    yfmTableAttributes: 'yfmTableAttributes';
    yfmTableStray: 'yfmTableStray';
    yfmTableLiquidTag: 'yfmTableLiquidTag';
    yfmTableRow: 'yfmTableRow';
    yfmTableRowMarker: 'yfmTableRowMarker';
    yfmTableCell: 'yfmTableCell';
    yfmTableCellDivider: 'yfmTableCellDivider';
    yfmTableCellMerge: 'yfmTableCellMerge';
  }
}
