// remark plugin for YFM tables (`#| … |#`), registered the way remark-gfm
// registers its extensions, so it composes with remark-gfm and
// remark-frontmatter in one processor.
import type { Processor } from 'unified';
import type {} from 'remark-parse';
import { yfmTableFromMarkdown } from './from-markdown.ts';
import { yfmTable } from './syntax.ts';

export function remarkYfmTable(this: Processor): undefined {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(yfmTable());
  (data.fromMarkdownExtensions ??= []).push(yfmTableFromMarkdown());
}

export { yfmTable } from './syntax.ts';
export { yfmTableFromMarkdown } from './from-markdown.ts';
export { parseAttributeBlock } from './attributes.ts';
export type {
  YfmAttributes,
  YfmTable,
  YfmTableCell,
  YfmTableCellData,
  YfmTableData,
  YfmTableRow,
  YfmTableRowData,
  YfmTableSourceText,
} from './types.ts';
