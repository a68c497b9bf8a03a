// Seeded random mixes of table syntax, code, escapes, liquid and containers,
// for checking that broken input never throws.
const pieces = [
  '#|', '|#', '||', '|', '\n', '\n', '\n\n', '\r\n', ' ', '   ', '\t', 'text', '**bold**', '\\|', '\\', '`', '``',
  '`a|b`', '```', '~~~', '{{', '}}', '{%', '%}', '{% if a %}', '{.c}', '>', '^', '> ', '- ', '1. ', '# ', '[link](u)',
  '|#{k=v}', '\n> ', '\n  ', '\n    ', '\n- ', '\n|| ', ' ||\n',
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

export function soup(seed: number): string {
  const next = random(seed);
  const length = 5 + Math.floor(next() * 60);
  let text = next() < 0.75 ? '#|\n' : '> #|\n> ';
  for (let index = 0; index < length; index++) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}
