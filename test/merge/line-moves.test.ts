import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { mergePages } from '../../generator/merge/index.ts';
import { applyTextEdits } from '../../generator/merge/text-edits.ts';
import type { PageExtract } from '../../generator/model/page.ts';
import { DOCS } from '../helpers/fixtures.ts';
import { seededRandom, seedFrom } from '../helpers/random.ts';

const paths = readdirSync(DOCS, { recursive: true }).map(String).filter((path) => /^(en|ru)\/.+\.md$/.test(path)).sort();
const texts = new Map(paths.map((path) => [path, readFileSync(join(DOCS, path), 'utf8')]));
const extract = (path: string, text: string): PageExtract => extractPage(path, new TextEncoder().encode(text));
const pages = paths.map((path) => extract(path, texts.get(path)!)).filter((page) => !page.notApiReference);
const base = mergePages(pages);
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The model patched for one page whose text was rewritten, and the model merged again from every page. */
function patchedAndMerged(path: string, rewrite: (lines: string[]) => void): { patched: unknown; merged: unknown } {
  const lines = texts.get(path)!.split('\n');
  rewrite(lines);
  const after = extract(path, lines.join('\n'));
  const before = pages.find((page) => page.source.path === path)!;
  const now = new Map(pages.map((page) => [page.source.path, page.source.path === path ? after : page]));
  const patched = applyTextEdits(base, [{ before, after }], { source: (at) => now.get(at)?.source, page: (at) => now.get(at) });
  return { patched: patched && plain(patched), merged: plain(mergePages([...now.values()])) };
}

const underTitle = (insert: string[]) => (lines: string[]) => {
  lines.splice(lines.findIndex((line) => line.startsWith('# ')) + 1, 0, ...insert);
};

describe('applyTextEdits after lines moved', () => {
  const methodPages = pages.filter((page) => page.services.some((service) => service.methods.length > 0) && page.types.length > 0).map((page) => page.source.path);

  it.each(methodPages)('blank lines added under the title of %s: the model of a full merge', (path) => {
    const { patched, merged } = patchedAndMerged(path, underTitle(['', '', '']));
    expect(patched).not.toBeNull();
    expect(patched).toEqual(merged);
  });

  // On a page of one method the title's paragraph is the method's words; on a service's page, the service's (merged again).
  it.each(methodPages)('a paragraph added under the title of %s: the model of a full merge', (path) => {
    const { patched, merged } = patchedAndMerged(path, underTitle(['', 'A paragraph an author added.']));
    const methods = pages.find((page) => page.source.path === path)!.services.flatMap((service) => service.methods);
    if (methods.length === 1) expect(patched).not.toBeNull();
    if (patched !== null) expect(patched).toEqual(merged);
  });

  it.each(methodPages.slice(0, 6))('lines removed above the first section of %s: the model of a full merge', (path) => {
    const { patched, merged } = patchedAndMerged(path, (lines) => {
      const blank = lines.findIndex((line, index) => line.trim() === '' && lines[index + 1]?.trim() === '');
      if (blank >= 0) lines.splice(blank, 1);
      else lines.splice(lines.findIndex((line) => line.startsWith('# ')) + 1, 0, '', '');
    });
    expect(patched).toEqual(merged);
  });

  const random = seededRandom(seedFrom('APIREF_LINE_MOVE_SEED', 20261204));
  const cases = Array.from({ length: 30 }, () => ({ path: methodPages[random(methodPages.length)]!, at: random(10_000) }));

  it.each(cases)('a line inserted anywhere in $path (at $at): the model of a full merge, or none', ({ path, at }) => {
    const { patched, merged } = patchedAndMerged(path, (lines) => lines.splice(at % lines.length, 0, ''));
    if (patched !== null) expect(patched).toEqual(merged);
  });

  it('gives none where two places swap lines', () => {
    const path = methodPages.find((candidate) => pages.find((page) => page.source.path === candidate)!.types.length > 1)!;
    const before = pages.find((page) => page.source.path === path)!;
    const after = structuredClone(before);
    const [first, second] = after.types;
    [first!.sources, second!.sources] = [second!.sources, first!.sources];
    const now = new Map(pages.map((page) => [page.source.path, page === before ? after : page]));
    expect(applyTextEdits(base, [{ before, after }], { source: (at) => now.get(at)?.source, page: (at) => now.get(at) })).toBeNull();
  });
});
