import { describe, expect, it } from 'vitest';
import { CUES_EN, CUES_RU } from '../../../generator/extract/phrases/cues.ts';
import { PHRASES, parseDescription } from '../../../generator/extract/phrases/index.ts';
import { prepareText } from '../../../generator/extract/phrases/text.ts';
import { type HostileInput, superLinearGrowth } from '../../helpers/linear-time.ts';
import { ALL_CASES } from './cases.ts';
import { hostileInputs } from './hostile-inputs.ts';

const N = 4000;

/** Every match of a global regex over the text, as parse.ts walks them. */
const scan =
  (regex: RegExp) =>
  (text: string): void => {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) if (match[0] === '') regex.lastIndex++;
  };

const normalized = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/** The inputs whose run time grows faster than the input, with what was measured. */
function superLinear(work: (input: string) => void, sentences: readonly string[]): string[] {
  const slow: string[] = [];
  const inputs: Array<[string, HostileInput]> = sentences.flatMap((sentence) => hostileInputs(sentence).map((input): [string, HostileInput] => [sentence, input]));
  for (const [sentence, input] of inputs) {
    const measured = superLinearGrowth(work, input, N);
    if (measured) slow.push(`${input.name} of ${JSON.stringify(sentence)}: ${measured.small.toFixed(1)} ms at n, ${measured.large.toFixed(1)} ms at 4n`);
  }
  return slow;
}

const rowCases = (key: string): string[] => ALL_CASES.filter((entry) => entry.row === key).map((entry) => entry.given);

describe('every phrase row runs in linear time on hostile input', () => {
  it.each(PHRASES.map((row) => [`${row.lang}:${row.id}`, row] as const))('%s', (key, row) => {
    const sentences = rowCases(key);
    expect(sentences.length).toBeGreaterThan(0);
    expect(superLinear(scan(row.regex), sentences)).toEqual([]);
  });
});

describe('every cue of a sentence not understood runs in linear time', () => {
  const cues = [...CUES_EN, ...CUES_RU];
  it.each(cues.map((cue) => [cue.hint, cue] as const))('%s', (hint, cue) => {
    const sentences = ALL_CASES.map((entry) => entry.given).filter((given) => normalized(given).includes(hint));
    const capitalized = hint.charAt(0).toUpperCase() + hint.slice(1);
    expect(superLinear(scan(cue.regex), [...sentences, `${capitalized} 1.`])).toEqual([]);
  });
});

describe('reading a whole description runs in linear time', () => {
  it.each(PHRASES.map((row) => `${row.lang}:${row.id}`).filter((key, i, keys) => keys.indexOf(key) === i))('on hostile copies of the %s sentences', (key) => {
    expect(superLinear(parseDescription, rowCases(key))).toEqual([]);
  });

  it('prepares text with `false` artifacts, lookalike letters and many code spans in linear time', () => {
    const sentences = ['Flag. false Максимальная длина строки в символах — 50.', 'Cписок `a` дисков `b`. false', 'Значение по умолчанию: `false`.'];
    expect(superLinear((text) => void prepareText(text), sentences)).toEqual([]);
  });
});
