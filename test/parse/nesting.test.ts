import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { findDeepNesting, MAX_CONTAINER_DEPTH, MAX_TABLE_DEPTH } from '../../generator/parse/nesting.ts';
import { DOCS, FIXTURES } from '../helpers/fixtures.ts';

const PATH = 'en/managed-redis/api-ref/Backup/delete.md';
const PAGE = readFileSync(join(DOCS, PATH), 'utf8');
const CELL = 'ID of the backup to delete.';

/** Tables nested `depth` deep, each in the one cell of the one row of its parent. */
const nestedTables = (depth: number): string => `${'#|\n|| a |\n'.repeat(depth)}x\n${'||\n|#\n'.repeat(depth)}`;
const nestedLists = (depth: number): string => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');

/** The real page with `nesting` spliced into a field's description, read with its run time. */
function readWith(nesting: string): { ms: number; codes: string[]; line: number | undefined; methods: number } {
  const text = PAGE.replace(CELL, `${CELL}\n\n${nesting}\n`);
  const start = performance.now();
  const page = extractPage(PATH, new TextEncoder().encode(text));
  const deep = page.diagnostics.find((diagnostic) => diagnostic.code === 'nesting-too-deep');
  return { ms: performance.now() - start, codes: page.diagnostics.map((d) => d.code), line: deep?.line, methods: page.services.flatMap((s) => s.methods).length };
}

const spliceLine = PAGE.slice(0, PAGE.indexOf(CELL)).split('\n').length + 2;

describe('nesting depth', () => {
  it.each([
    ['1,000 nested YFM tables', nestedTables(1000)],
    ['200 nested YFM tables', nestedTables(200)],
    ['1,000 nested list items', nestedLists(1000)],
    ['1,000 list markers on one line', `${'- '.repeat(1000)}a`],
    ['1,000 block quote markers', `${'> '.repeat(1000)}a`],
    ['1,000 ordered list markers', `${'1. '.repeat(1000)}a`],
  ])('%s: a diagnostic at the first level past the bound, fast', (_, nesting) => {
    const read = readWith(nesting);
    expect(read.codes).toContain('nesting-too-deep');
    expect(read.line).toBeGreaterThanOrEqual(spliceLine);
    expect(read.ms).toBeLessThan(1000);
  });

  it('reads a page nested to the bound as usual', () => {
    const read = readWith(`${nestedTables(MAX_TABLE_DEPTH - 2)}\n\n${nestedLists(MAX_CONTAINER_DEPTH / 2)}`);
    expect(read.codes).not.toContain('nesting-too-deep');
    expect(read.methods).toBe(1);
  });

  it('names the line and column of the level past the bound', () => {
    const text = `intro\n${nestedTables(MAX_TABLE_DEPTH + 1)}`;
    expect(findDeepNesting(text)).toEqual({ kind: 'table', depth: MAX_TABLE_DEPTH + 1, line: 2 + 2 * MAX_TABLE_DEPTH, column: 1 });
    expect(findDeepNesting(`a\n${'> '.repeat(MAX_CONTAINER_DEPTH + 1)}b`)).toMatchObject({ kind: 'container', line: 2 });
  });

  it('counts closed tables out: many tables one after another are not nested', () => {
    expect(findDeepNesting(nestedTables(1).repeat(500))).toBeNull();
  });

  it('flags no page of docs/ or test/fixtures', () => {
    const pages = [DOCS, FIXTURES].flatMap((root) =>
      readdirSync(root, { recursive: true })
        .map(String)
        .filter((path) => path.endsWith('.md'))
        .map((path) => join(root, path)),
    );
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((path) => findDeepNesting(readFileSync(path, 'utf8')) !== null)).toEqual([]);
  });
});
