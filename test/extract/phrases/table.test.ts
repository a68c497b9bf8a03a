import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../../generator/extract/phrases/index.ts';
import { ALL_CASES } from './cases.ts';

const keys = PHRASES.map((row) => `${row.lang}:${row.id}`);

describe('the phrase table', () => {
  it('names each row once per language', () => {
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has a given/want case for every row', () => {
    const tested = new Set(ALL_CASES.map((entry) => entry.row));
    expect(keys.filter((key) => !tested.has(key))).toEqual([]);
  });

  it('tests each form in Russian wherever it has a Russian row', () => {
    const russianForms = PHRASES.filter((row) => row.lang === 'ru').map((row) => row.id);
    const russianCases = new Set(ALL_CASES.filter((entry) => entry.row.startsWith('ru:')).map((entry) => entry.row.slice(3)));
    expect(russianForms.filter((id) => !russianCases.has(id))).toEqual([]);
  });

  it('gives every row a lower-case cue that its own cases contain', () => {
    for (const row of PHRASES) {
      expect(row.cue).toBe(row.cue.toLowerCase());
      const cases = ALL_CASES.filter((entry) => entry.row === `${row.lang}:${row.id}`);
      for (const entry of cases) expect(entry.given.toLowerCase().replace(/\s+/g, ' ')).toContain(row.cue);
    }
  });

  it('is documented row by row in README.md', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    expect(keys.filter((key) => !readme.includes(`\`${key}\``))).toEqual([]);
  });
});
