// Broken input never throws: seeded random mixes of table syntax parse into
// trees whose positions match the source.
import { describe, expect, it } from 'vitest';
import { soup } from './soup.ts';
import { parse, positionProblems } from './tree.ts';

describe('YFM tables on broken input', () => {
  it.each(Array.from({ length: 400 }, (_, seed) => seed))('seed %i parses with consistent positions', (seed) => {
    const source = soup(seed);
    expect(positionProblems(parse(source), source)).toEqual([]);
  });
});
