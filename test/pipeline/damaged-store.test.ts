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

/** Rewrites every extract line of the store file (the lines after its header) into a shape no extract has. */
function damageExtracts(): void {
  const file = join(cache, readdirSync(cache).find((name) => name.endsWith('.jsonl'))!);
  const text = readFileSync(file, 'utf8');
  const header = text.indexOf('\n') + 1;
  writeFileSync(file, text.slice(0, header) + text.slice(header).replace(/"diagnostics":\[/g, '"diagnostics":[7,'));
}

describe('a page store whose extracts turn out damaged when the merge asks for them', () => {
  it('has those pages extracted again, and gives the model a run without a store gives', async () => {
    await withStore();
    damageExtracts();
    for (const name of readdirSync(cache)) if (name.startsWith('apiref-model-')) rmSync(join(cache, name));
    const again = await withStore();
    expect(again.stats.model).toBe('merged');
    expect(again.stats.parsed).toBe(again.stats.pages);
    expect(JSON.stringify(again.ir)).toBe(JSON.stringify((await buildIr({ docsDir: docs })).ir));
    // What was extracted again is stored again: the next run parses nothing.
    expect((await withStore()).stats.parsed).toBe(0);
  });
});
