// Fixture pairs: `fixtures/<name>.md` parses to the tree in `fixtures/<name>.json`
// (every field but `position`, which is `at: "line:column-line:column"`;
// offsets are checked against the source separately).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, positionProblems, project } from './tree.ts';

const directory = new URL('./fixtures/', import.meta.url);
const names = readdirSync(directory)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -'.md'.length))
  .sort();

function read(name: string, extension: string): string {
  return readFileSync(new URL(name + extension, directory), 'utf8');
}

describe('YFM table fixtures', () => {
  it('has the constructs the parser must cover', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'simple',
        'multi-paragraph-cell',
        'list-in-cell',
        'fenced-code-in-cell',
        'nested-table',
        'escaped-pipe',
        'pipe-in-inline-code',
        'missing-close',
        'truncated-row',
        'ragged-rows',
        'cell-attributes',
        'table-after-content',
        'no-final-newline',
        'crlf',
        'empty-cell',
        'empty-message',
      ]),
    );
  });

  it('keeps the byte-level shapes some fixtures exist for', () => {
    expect(read('crlf', '.md')).toMatch(/\r\n/);
    expect(read('crlf', '.md').replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(read('no-final-newline', '.md')).not.toMatch(/\n$/);
  });

  describe.each(names)('%s', (name) => {
    const source = read(name, '.md');

    it('parses to the golden tree', () => {
      expect(project(parse(source))).toEqual(JSON.parse(read(name, '.json')));
    });

    it('gives every node a position that matches the source', () => {
      expect(positionProblems(parse(source), source)).toEqual([]);
    });
  });
});
