// Every shipped page with a YFM table parses, without throwing, into as many
// rows as a line-based count finds, with positions that match the source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, parse, positionProblems } from './tree.ts';

const docs = new URL('../../../docs/', import.meta.url).pathname;

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** Lines that open a row (`||` and more on the line) between a `#|` line and its `|#` line. */
function countRowLines(source: string): number {
  let depth = 0;
  let rows = 0;
  for (const line of source.split(/\r?\n/)) {
    const text = line.trim();
    if (text === '#|') depth++;
    else if (text.startsWith('|#')) depth = Math.max(0, depth - 1);
    else if (depth > 0 && text.startsWith('||') && text !== '||') rows++;
  }
  return rows;
}

const pages = markdownFiles(docs)
  .map((path) => ({ path: path.slice(docs.length), source: readFileSync(path, 'utf8') }))
  .filter((page) => page.source.includes('#|'));

describe('YFM tables in docs/', () => {
  it('finds pages with YFM tables', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  describe.each(pages)('$path', ({ source }) => {
    it('has as many rows as the line count gives', () => {
      const tree = parse(source);
      expect(collect(tree, 'yfmTableRow')).toHaveLength(countRowLines(source));
    });

    it('gives every node a position that matches the source', () => {
      expect(positionProblems(parse(source), source)).toEqual([]);
    });
  });
});
