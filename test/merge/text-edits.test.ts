import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { mergePages } from '../../generator/merge/index.ts';
import { applyTextEdits, type Pages } from '../../generator/merge/text-edits.ts';
import type { LocalizedText } from '../../generator/model/ir.ts';
import type { PageExtract, PageMessage } from '../../generator/model/page.ts';
import { DOCS } from '../helpers/fixtures.ts';
import { seededRandom, seedFrom } from '../helpers/random.ts';

const paths = readdirSync(DOCS, { recursive: true }).map(String).filter((path) => /^(en|ru)\/.+\.md$/.test(path)).sort();
const pages = paths.map((path) => extractPage(path, new Uint8Array(readFileSync(join(DOCS, path))))).filter((page) => !page.notApiReference);
const base = mergePages(pages);
const clone = <T>(value: T): T => structuredClone(value);
const pagesOf = (byPath: ReadonlyMap<string, PageExtract>): Pages => ({ source: (path) => byPath.get(path)?.source, page: (path) => byPath.get(path) });

/** Every text of a page that an edit may change, with whether the merge reads it for more than text. */
function textsOf(page: PageExtract): { text: { description: LocalizedText }; wordsOnly: boolean }[] {
  const texts: { text: { description: LocalizedText }; wordsOnly: boolean }[] = [];
  for (const service of page.services) {
    texts.push({ text: service, wordsOnly: false });
    for (const method of service.methods) texts.push({ text: method, wordsOnly: true });
  }
  for (const type of page.types) {
    const named = type.origin !== 'anonymous';
    texts.push({ text: type, wordsOnly: named });
    for (const part of type.kind === 'message' ? type.fields : type.values) texts.push({ text: part, wordsOnly: named });
  }
  return texts;
}

/** The model patched for the edited pages, and the model merged again from every page. */
function patchedAndMerged(edited: readonly PageExtract[]): { patched: unknown; merged: unknown } {
  const now = new Map(pages.map((page) => [page.source.path, page]));
  for (const page of edited) now.set(page.source.path, page);
  const edits = edited.map((after) => ({ before: pages.find((page) => page.source.path === after.source.path)!, after }));
  const patched = applyTextEdits(base, edits, pagesOf(now));
  return { patched: patched && JSON.parse(JSON.stringify(patched)), merged: JSON.parse(JSON.stringify(mergePages([...now.values()]))) };
}

/** A page with one of its texts rewritten (`edit` picks which and how), its hash changed as a file's would. */
function edited(page: PageExtract, pick: number, words: (text: LocalizedText, lang: 'en' | 'ru') => LocalizedText): { page: PageExtract; wordsOnly: boolean; changed: boolean } {
  const copy = clone(page);
  copy.source.sha256 = `${copy.source.sha256.slice(0, 60)}beef`;
  const texts = textsOf(copy);
  const { text, wordsOnly } = texts[pick % texts.length]!;
  const was = JSON.stringify(text.description);
  text.description = words(text.description, copy.source.lang);
  return { page: copy, wordsOnly, changed: JSON.stringify(text.description) !== was };
}

const REWRITES: [string, (text: LocalizedText, lang: 'en' | 'ru') => LocalizedText][] = [
  ['new words', (_text, lang) => ({ [lang]: 'Words an author wrote today.' })],
  ['words added', (text, lang) => ({ [lang]: `${text[lang] ?? ''} And one sentence more.`.trim() })],
  ['words removed', () => ({})],
];

describe('applyTextEdits', () => {
  const random = seededRandom(seedFrom('APIREF_TEXT_EDIT_SEED', 20261204));
  const cases = Array.from({ length: 36 }, (_, index) => {
    const [name, words] = REWRITES[index % REWRITES.length]!;
    const page = pages[random(pages.length)]!;
    return { name, page, pick: random(1000), words };
  }).filter(({ page }) => textsOf(page).length > 0);

  it.each(cases)('$name on $page.source.path (text $pick): the model of a full merge, or none where the merge reads the words', ({ page, pick, words }) => {
    const edit = edited(page, pick, words);
    const { patched, merged } = patchedAndMerged([edit.page]);
    if (edit.wordsOnly || !edit.changed) expect(patched).toEqual(merged);
    else expect(patched).toBeNull();
  });

  it('patches the pages of both languages at once', () => {
    const en = pages.find((page) => page.source.lang === 'en' && page.services.some((service) => service.methods.length > 0) && pages.some((other) => other.source.path === page.source.path.replace(/^en\//, 'ru/')))!;
    const ru = pages.find((page) => page.source.path === en.source.path.replace(/^en\//, 'ru/'))!;
    const method = (page: PageExtract) => textsOf(page).findIndex(({ text, wordsOnly }) => wordsOnly && 'request' in text);
    const edits = [edited(en, method(en), REWRITES[0]![1]).page, edited(ru, method(ru), REWRITES[1]![1]).page];
    const { patched, merged } = patchedAndMerged(edits);
    expect(patched).toEqual(merged);
    expect(patched).not.toEqual(JSON.parse(JSON.stringify(base)));
  });

  it.each([
    ['a field renamed', (page: PageExtract) => {
      const message = page.types.find((type): type is PageMessage => type.kind === 'message' && type.fields.length > 0);
      if (message) message.fields[0]!.jsonName += 'Renamed';
      return message !== undefined;
    }],
    ['a method added', (page: PageExtract) => {
      const service = page.services.find((candidate) => candidate.methods.length > 0);
      service?.methods.push({ ...clone(service.methods[0]!), name: 'Added' });
      return service !== undefined;
    }],
  ])('gives no model where %s (it changes more than words)', (_name, change) => {
    const page = pages.find((candidate) => candidate.services.some((service) => service.methods.length > 0) && candidate.types.length > 0)!;
    const after = clone(page);
    expect(change(after)).toBeTruthy();
    const now = new Map(pages.map((other) => [other.source.path, other === page ? after : other]));
    expect(applyTextEdits(base, [{ before: page, after }], pagesOf(now))).toBeNull();
  });
});
