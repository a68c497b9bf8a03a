import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ChunkCache, shiftedCopy } from './chunk-cache.ts';
import { splitAtHeadings } from './chunks.ts';
import { collapseHtmlCodeSpans } from './html-code-spans.ts';
import { remarkYfmTable } from './yfm-table/index.ts';

// One frozen processor: building it per page would redo the extension wiring 10,000 times.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkYfmTable).freeze();

/** Parsed chunks of this thread's recent pages; pages of one service share most of them. */
const chunkCache = new ChunkCache();

/** Chunk trees kept beyond this thread's cache (between runs, for a large page): looked up by a chunk's text, and told each chunk's tree. */
export interface KeptChunks {
  get(text: string): readonly RootContent[] | undefined;
  add(text: string, children: readonly RootContent[]): void;
}

/**
 * Markdown (YFM tables, GFM, YAML front matter) to mdast with positions. The page is
 * parsed chunk by chunk (`chunks.ts`), each chunk once while it stays in the cache (or in
 * `kept`), and the chunks' trees are joined with their positions moved to where they stand
 * in the page: the same tree a parse of the whole page gives.
 */
export function parseMarkdown(text: string, kept?: KeptChunks): Root {
  const chunks = splitAtHeadings(text);
  if (chunks.length === 1 && kept === undefined) return parseWhole(text);
  const children: RootContent[] = [];
  for (const chunk of chunks) {
    const parsed = chunkTree(chunk.text, kept);
    for (const node of parsed) children.push(shiftedCopy(node, chunk.line - 1, chunk.offset));
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) } };
}

function chunkTree(text: string, kept: KeptChunks | undefined): readonly RootContent[] {
  let parsed = chunkCache.get(text);
  if (parsed === undefined) {
    parsed = kept?.get(text) ?? parseWhole(text).children;
    chunkCache.set(text, parsed);
  }
  kept?.add(text, parsed);
  return parsed;
}

export function parseWhole(text: string): Root {
  const root = processor.parse(text);
  collapseHtmlCodeSpans(root, text);
  return root;
}

/** The point after the last character, as micromark reports a document's end. */
function endOf(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}
