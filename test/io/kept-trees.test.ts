import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { KeptTrees, keptTreesFolder, pruneKeptTrees } from '../../generator/io/kept-trees.ts';
import { DOCS } from '../helpers/fixtures.ts';

// The largest page of docs/: a current-layout gRPC page of ~100 chunks, as the reference's largest are.
const PAGE = 'en/managed-mysql/api-ref/grpc/Cluster/get.md';
const TEXT = readFileSync(join(DOCS, PAGE), 'utf8');
const FINGERPRINT = '0123456789abcdef';

let cache: string;
let dir: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'apiref-kept-trees-'));
  dir = keptTreesFolder(cache, FINGERPRINT);
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * The page's extract in a new process (this one's chunk cache would answer before the kept
 * trees), with every page kept, and how many chunks were read back from the folder.
 */
function extractElsewhere(text: string): { extract: unknown; readBack: number } {
  const page = join(cache, 'page.md');
  writeFileSync(page, text);
  const modules = ['extract/extract-page.ts', 'io/kept-trees.ts'].map((path) => fileURLToPath(new URL(`../../generator/${path}`, import.meta.url)));
  const script = `
    const [{ extractPage }, { KeptTrees }] = await Promise.all(${JSON.stringify(modules)}.map((module) => import(module)));
    const trees = new KeptTrees(${JSON.stringify(dir)}, 0);
    let readBack = 0;
    const keeper = { forPage: (path, text) => {
      const kept = trees.forPage(path, text);
      return { get: (chunk) => { const found = kept.get(chunk); if (found) readBack++; return found; }, add: (chunk, tree) => kept.add(chunk, tree), save: () => kept.save() };
    } };
    const extract = extractPage(${JSON.stringify(PAGE)}, new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(page)})), keeper);
    console.log(JSON.stringify({ extract, readBack }));`;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

const entries = () => readdirSync(dir).sort();

describe('kept parse trees', () => {
  it('give the extract a parse gives, read back in a later run, and only the edited chunk is parsed again', () => {
    const want = plain(extractPage(PAGE, new TextEncoder().encode(TEXT)));
    const first = extractElsewhere(TEXT);
    expect(first).toEqual({ extract: want, readBack: 0 });
    expect(entries()).toHaveLength(1);

    const second = extractElsewhere(TEXT);
    expect(second.extract).toEqual(want);
    const chunks = second.readBack;
    expect(chunks).toBeGreaterThan(10);

    const lines = TEXT.split('\n');
    const last = lines.findLastIndex((line) => line.startsWith('## '));
    lines.splice(last + 1, 0, '', 'A paragraph an author added.');
    const edited = lines.join('\n');
    const third = extractElsewhere(edited);
    expect(third.extract).toEqual(plain(extractPage(PAGE, new TextEncoder().encode(edited))));
    expect(third.readBack).toBe(chunks - 1);
  });

  it('are none for a page below the size, and a damaged or another page’s file is a miss, written again', () => {
    expect(new KeptTrees(dir).forPage(PAGE, TEXT)).toBeUndefined();
    extractElsewhere(TEXT);
    const [file] = entries();
    writeFileSync(join(dir, file!), 'not deflated');
    expect(extractElsewhere(TEXT).readBack).toBe(0);
    expect(extractElsewhere(TEXT).readBack).toBeGreaterThan(10);
    const other = new KeptTrees(dir, 0).forPage('en/other.md', TEXT)!;
    writeFileSync(other.file, readFileSync(join(dir, file!)));
    expect(new KeptTrees(dir, 0).forPage('en/other.md', TEXT)!.get(TEXT.slice(0, 10))).toBeUndefined();
  });

  it('are pruned: other fingerprints’ files, and past the budget the least recently used; nothing else', () => {
    const stale = keptTreesFolder(cache, 'fedcba9876543210');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, `${'a'.repeat(32)}.trees`), 'x');
    writeFileSync(join(stale, 'notes.txt'), 'a user file');
    mkdirSync(dir, { recursive: true });
    const names = ['1', '2', '3'].map((digit) => `${digit.repeat(32)}.trees`);
    names.forEach((name, index) => {
      writeFileSync(join(dir, name), 'x'.repeat(100));
      utimesSync(join(dir, name), new Date(1_000_000 * (index + 1)), new Date(1_000_000 * (index + 1)));
    });
    writeFileSync(join(dir, 'keep.me'), 'x'.repeat(1000));
    pruneKeptTrees(cache, FINGERPRINT, 250);
    expect(readdirSync(stale)).toEqual(['notes.txt']);
    expect(entries()).toEqual([...names.slice(1), 'keep.me'].sort());
    expect(statSync(join(dir, 'keep.me')).size).toBe(1000);
  });
});
