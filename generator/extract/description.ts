import type { List, ListItem, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { type Handle, toMarkdown } from 'mdast-util-to-markdown';
import { phrasingToBlocks } from '../parse/html-to-mdast.ts';
import { inlineSource } from './inline-source.ts';

interface RawEnumValue {
  name: string;
  description: string;
}

// A nested YFM table inside a description is rare; it is kept readable as YFM source.
const yfmTable: Handle = (node, _parent, state, info) =>
  '#|\n' +
  (node as { children: { children: { children: RootContent[] }[] }[] }).children
    .map((row) => '|| ' + row.children.map((cell) => state.containerFlow(cell as never, info).trim()).join(' | ') + ' ||')
    .join('\n') +
  '\n|#';

// Text in these trees was markdown (or HTML) as written; escaping it again would add `\[` and `&#x20;`.
const text: Handle = (node) => (node as { value: string }).value;

const options = { extensions: [gfmToMarkdown()], handlers: { yfmTable, text } as Record<string, Handle>, bullet: '-' as const };

/**
 * Blocks to plain markdown text as LocalizedText wants it: links kept, HTML turned into
 * markdown, trimmed. Blocks that hold no HTML are taken from the page's source as written
 * (only the table-cell escape `\|` undone), since re-serialising would add escapes.
 */
export function blocksToMarkdown(blocks: readonly RootContent[], source?: string): string {
  if (blocks.length === 0) return '';
  const written = source === undefined ? null : sourceOf(blocks, source);
  if (written !== null) return dropArtifacts(written.replace(/\\\|/g, '|')).trim();
  const root: Root = { type: 'root', children: blocks.flatMap(withoutHtml) };
  return dropArtifacts(toMarkdown(root, options)).trim();
}

function sourceOf(blocks: readonly RootContent[], source: string): string | null {
  let written = '';
  let previousEnd: number | undefined;
  for (const block of blocks) {
    const start = block.position?.start.offset;
    const end = block.position?.end.offset;
    if (start === undefined || end === undefined || holdsHtml(block)) return null;
    if (previousEnd !== undefined) {
      // Keep the page's own spacing between neighbours; where a block was taken out (an enum list), a blank line.
      const gap = source.slice(previousEnd, start);
      written += gap.trim() === '' ? gap : '\n\n';
    }
    written += source.slice(start, end);
    previousEnd = end;
  }
  return written;
}

function holdsHtml(node: RootContent): boolean {
  return node.type === 'html' || ('children' in node && (node.children as RootContent[]).some(holdsHtml));
}

/** A paragraph with inline HTML (`text <br>more`) goes through hast like a legacy cell. */
function withoutHtml(block: RootContent): RootContent[] {
  return block.type === 'paragraph' && block.children.some((child) => child.type === 'html') ? phrasingToBlocks(block.children) : [block];
}

/** The legacy generator printed a stray `false` between sentences on some pages. */
const dropArtifacts = (text: string): string => text.replace(/(?<=[.!?)\]])[ \t]+false(?=\s|$)/g, '');

const VALUE_ITEM = /^`?([A-Za-z][\w.-]*)`?\s*(?::\s*([\s\S]*))?$/;
const UPPER_VALUE = /^[A-Z][A-Z0-9_]*$/;

/**
 * An enum's values as a description lists them (`- `NAME`: text`, `<li>NAME: text</li>`).
 * `strict` asks for UPPER_SNAKE names, for lists under a plain `**string**` type where a
 * free-text list (`network-ssd - network SSD drive`) must not be read as an enum.
 */
function enumValuesOf(list: List, strict: boolean): RawEnumValue[] | null {
  const values: RawEnumValue[] = [];
  for (const item of list.children) {
    const value = enumValueOf(item);
    if (!value || (strict && !UPPER_VALUE.test(value.name))) return null;
    values.push(value);
  }
  return values.length > 0 ? values : null;
}

function enumValueOf(item: ListItem): RawEnumValue | null {
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph') return null;
  const match = VALUE_ITEM.exec(inlineSource(first.children).trim());
  if (!match) return null;
  const head = (match[2] ?? '').trim();
  const tail = blocksToMarkdown(rest);
  return { name: match[1] ?? '', description: [head, tail].filter(Boolean).join('\n\n') };
}

/**
 * Finds the enum value list among a description's blocks and returns it with the remaining
 * blocks. A value's own text can hold a list (`- `MASTERNODE`: … runs:` then `* HDFS: Namenode`):
 * markdown ends the value list there and starts it again after, so neighbouring lists are one
 * listing, the lists between its value lists being the text of the value before them.
 */
export function splitEnumList(
  blocks: readonly RootContent[],
  strict: boolean,
): { values: RawEnumValue[] | null; rest: RootContent[] } {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block?.type !== 'list' || !enumValuesOf(block, strict)) continue;
    let start = i;
    while (start > 0 && blocks[start - 1]?.type === 'list') start--;
    while (start < i && !enumValuesOf(blocks[start] as List, strict)) start++;
    const values: RawEnumValue[] = [];
    for (const list of blocks.slice(start, i + 1) as List[]) {
      const listed = enumValuesOf(list, strict);
      const last = values.at(-1);
      if (listed) values.push(...listed);
      else if (last) last.description = [last.description, blocksToMarkdown([list])].filter(Boolean).join('\n');
    }
    return { values, rest: [...blocks.slice(0, start), ...blocks.slice(i + 1)] };
  }
  return { values: null, rest: [...blocks] };
}
