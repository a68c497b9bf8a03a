import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { collapseHtmlCodeSpans } from './html-code-spans.ts';
import { remarkYfmTable } from './yfm-table/index.ts';

// One frozen processor: building it per page would redo the extension wiring 10,000 times.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkYfmTable).freeze();

/** Markdown (YFM tables, GFM, YAML front matter) to mdast with positions. */
export function parseMarkdown(text: string): Root {
  const root = processor.parse(text);
  collapseHtmlCodeSpans(root, text);
  return root;
}
