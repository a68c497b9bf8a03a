import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { ChunkCache, shiftedCopy } from '../../generator/parse/chunk-cache.ts';

const node = (value: string): RootContent[] => [{ type: 'text', value } as unknown as RootContent];

describe('ChunkCache', () => {
  it('keeps chunks up to its budget of text, dropping the least recently used first', () => {
    const cache = new ChunkCache(10);
    cache.set('aaaa', node('a'));
    cache.set('bbbb', node('b'));
    expect(cache.get('aaaa')).toBeDefined();
    cache.set('cccc', node('c'));
    expect(cache.get('bbbb')).toBeUndefined();
    expect(cache.get('aaaa')).toBeDefined();
    expect(cache.get('cccc')).toBeDefined();
  });

  it('does not keep a chunk larger than the whole budget', () => {
    const cache = new ChunkCache(3);
    cache.set('abcd', node('x'));
    expect(cache.get('abcd')).toBeUndefined();
  });
});

describe('shiftedCopy', () => {
  it('moves every position, in nodes and in data, and shares nothing but strings', () => {
    const point = (line: number, offset: number) => ({ line, column: 2, offset });
    const tree = { type: 'x', position: { start: point(1, 1), end: point(2, 9) }, data: { kept: [{ position: { start: point(1, 3), end: point(1, 4) } }] }, children: [] as unknown[] };
    const copy = shiftedCopy(tree, 10, 100);
    expect(copy).toEqual({
      type: 'x',
      position: { start: point(11, 101), end: point(12, 109) },
      data: { kept: [{ position: { start: point(11, 103), end: point(11, 104) } }] },
      children: [],
    });
    expect(copy.children).not.toBe(tree.children);
    expect(copy.data.kept[0]).not.toBe(tree.data.kept[0]);
    expect(tree.position.start.line).toBe(1);
  });
});
