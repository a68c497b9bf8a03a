import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDescription, tracePhrases } from '../../../generator/extract/phrases/index.ts';
import { ALL_CASES } from './cases.ts';

const DOCS = fileURLToPath(new URL('../../../docs/', import.meta.url));
const SHADOWED = fileURLToPath(new URL('../../fixtures/train-shadowed/', import.meta.url));

function pages(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(root, path));
}

/**
 * The text pieces of a page that a description can consist of: table cells and paragraphs,
 * with the HTML of legacy cells turned into the markdown the extractor hands over.
 */
function fragments(page: string): string[] {
  return page
    .replace(/<br\s*\/?>|<\/?p>/g, '\n\n')
    .replace(/<\/?code>/g, '`')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split(/\|\||\s\|\s|\n\s*\n/)
    .map((fragment) => fragment.trim())
    .filter(Boolean);
}

describe('the shipped docs/ pages', () => {
  it.each(ALL_CASES.filter((entry) => entry.docs))('contain the case text "$given" in $docs', ({ docs, given }) => {
    expect(readFileSync(join(DOCS, docs ?? ''), 'utf8')).toContain(given);
  });

  const all = [...pages(DOCS), ...pages(SHADOWED)];
  const read = all.flatMap((path) => fragments(readFileSync(path, 'utf8')).map((text) => ({ path, text })));

  it('hold no constraint sentence the phrase table misses', () => {
    const missed = read.flatMap(({ path, text }) => parseDescription(text).unparsed.map((entry) => `${path}: ${entry.text}`));
    expect(missed).toEqual([]);
  });

  it('exercise the phrase forms of both languages', () => {
    const seen = new Set(read.flatMap(({ text }) => tracePhrases(text)));
    const expectedForms = [
      'en:required', 'en:length.min-max', 'en:length.range', 'en:value.range', 'en:value.min-max', 'en:value.relation',
      'en:items.min-max', 'en:pattern', 'en:oneof', 'en:oneof.grpc', 'en:default', 'en:deprecated.sentence',
      'ru:required', 'ru:length.min-max', 'ru:value.range', 'ru:value.min-max', 'ru:pattern', 'ru:oneof', 'ru:oneof.grpc',
    ];
    expect(expectedForms.filter((form) => !seen.has(form))).toEqual([]);
  });
});
