import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PageStore } from '../../generator/io/page-store.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { DOCS } from '../helpers/fixtures.ts';
import { docsTree } from '../helpers/docs-tree.ts';

const PRODUCT = /^(en|ru)\/managed-redis\/.+\.md$/;
const pages = readdirSync(DOCS, { recursive: true }).map(String).filter((path) => PRODUCT.test(path)).sort();
const docs = docsTree(pages.map((path) => [path, readFileSync(join(DOCS, path))]));
const cache = mkdtempSync(join(tmpdir(), 'apiref-cache-'));
afterAll(() => [docs, cache].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const withStore = async () => buildIr({ docsDir: docs, store: await PageStore.open(cache, '0123456789abcdef') });
const merged = async () => JSON.stringify((await buildIr({ docsDir: docs })).ir);

/** Rewrites a page on disk, line by line. */
function editPage(path: string, edit: (lines: string[]) => void): void {
  const lines = readFileSync(join(docs, path), 'utf8').split('\n');
  edit(lines);
  writeFileSync(join(docs, path), lines.join('\n'));
}

const grpcPage = pages.find((path) => path.startsWith('en/') && path.includes('/api-ref/grpc/'))!;

// One sequence of runs over one docs tree and one cache folder, as a user's runs go.
describe('the model kept beside the page store', () => {
  it('is merged on the first run and reused by a run of the same pages', async () => {
    const first = await withStore();
    expect(first.stats.model).toBe('merged');
    const second = await withStore();
    expect(second.stats.model).toBe('reused');
    expect(JSON.stringify(second.ir)).toBe(JSON.stringify(first.ir));
  });

  it('is patched after a page is edited in its words, to the model a full merge gives', async () => {
    editPage(grpcPage, (lines) => {
      const title = lines.findIndex((line) => line.startsWith('# '));
      const paragraph = lines.findIndex((line, index) => index > title && line.trim() !== '');
      lines[paragraph] += ' Edited in a test.';
    });
    const patched = await withStore();
    expect(patched.stats.model).toBe('patched');
    expect(JSON.stringify(patched.ir)).toContain('Edited in a test.');
    expect(JSON.stringify(patched.ir)).toBe(await merged());
  });

  it('is patched after an edit that moves lines, to the model a full merge gives', async () => {
    editPage(grpcPage, (lines) => lines.splice(lines.findIndex((line) => line.startsWith('# ')) + 1, 0, '', '', ''));
    const moved = await withStore();
    expect(moved.stats.model).toBe('patched');
    expect(JSON.stringify(moved.ir)).toBe(await merged());
  });

  it('is merged again when a page is removed, and reused after that', async () => {
    rmSync(join(docs, pages.find((path) => path.startsWith('ru/'))!));
    const fewer = await withStore();
    expect(fewer.stats.model).toBe('merged');
    expect(JSON.stringify(fewer.ir)).toBe(await merged());
    expect((await withStore()).stats.model).toBe('reused');
  });
});
