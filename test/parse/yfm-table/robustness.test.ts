// Broken input never throws: seeded random mixes of table syntax, code,
// escapes and containers parse into trees whose positions match the source.
import { describe, expect, it } from 'vitest';
import { parse, positionProblems } from './tree.ts';

const pieces = [
  '#|', '|#', '||', '|', '\n', '\n', '\n\n', '\r\n', ' ', '   ', '\t', 'text', '**bold**', '\\|', '\\', '`', '``',
  '`a|b`', '```', '~~~', '{{', '}}', '{%', '%}', '{% if a %}', '{.c}', '>', '^', '> ', '- ', '1. ', '# ', '[link](u)', '|#{k=v}',
];

/** Deterministic generator (mulberry32) so that failures reproduce. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function soup(seed: number): string {
  const next = random(seed);
  const length = 5 + Math.floor(next() * 60);
  let text = '#|\n';
  for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

describe('YFM tables on broken input', () => {
  it.each(Array.from({ length: 400 }, (_, seed) => seed))('seed %i parses with consistent positions', (seed) => {
    const source = soup(seed);
    expect(positionProblems(parse(source), source)).toEqual([]);
  });
});
