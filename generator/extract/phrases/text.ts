/**
 * The text the phrase table is matched against. It has the same length as the description,
 * so every match offset is an offset into the description itself; only what stands outside
 * inline code is touched, so regular expressions and field names are read exactly as written.
 */
export interface PreparedText {
  source: string;
  /** `source` with lookalike letters unified and the `false` artifact blanked. */
  text: string;
  /** Inline code spans as [start, end) pairs, in order. */
  code: number[];
}

const CYRILLIC = /[\u0400-\u04FF]/;
const WORD = /\p{L}+/gu;

// Latin and Cyrillic letters that look alike; the RU reference has e.g. a Latin `C` in `Cписок`.
const LATIN_LOOKALIKES = 'ABCEHKMOPTXaceopxy';
const CYRILLIC_LOOKALIKES = 'АВСЕНКМОРТХасеорху';
const TO_CYRILLIC = new Map([...LATIN_LOOKALIKES].map((letter, i) => [letter, CYRILLIC_LOOKALIKES[i] ?? letter]));
const TO_LATIN = new Map([...CYRILLIC_LOOKALIKES].map((letter, i) => [letter, LATIN_LOOKALIKES[i] ?? letter]));

// Old RU/EN gRPC pages print a stray `false` between a description and its constraints:
// "…request. false Максимальная длина…". It stands alone after a sentence and before the next.
// `(?=false)` first: the lookbehind scans back over white space and must not run at every position.
const FALSE_ARTIFACT = /(?=false)(?<=(?:^|[.!?)])\s*)false(?=\s+\p{Lu}|\s*$)/gu;

export function prepareText(source: string): PreparedText {
  const code = codeSpans(source);
  let chars: string[] | null = null;
  const edit = (at: number, replacement: string): void => {
    chars ??= source.split(''); // code units, as match offsets count them
    chars[at] = replacement;
  };
  if (source.includes('false')) {
    for (const match of source.matchAll(FALSE_ARTIFACT)) {
      if (insideSpan(code, match.index)) continue;
      for (let i = 0; i < match[0].length; i++) edit(match.index + i, ' ');
    }
  }
  if (CYRILLIC.test(source)) unifyLookalikes(source, code, edit);
  return { source, text: chars ? (chars as string[]).join('') : source, code };
}

/** Backtick code spans as CommonMark pairs them: a run closes only on a run of the same length. */
function codeSpans(source: string): number[] {
  const spans: number[] = [];
  let i = source.indexOf('`');
  while (i !== -1 && i < source.length) {
    if (escaped(source, i)) {
      i = source.indexOf('`', i + 1);
      continue;
    }
    const open = runLength(source, i);
    let close = i + open;
    let end = -1;
    while ((close = source.indexOf('`', close)) !== -1) {
      const length = runLength(source, close);
      if (length === open) {
        end = close + length;
        break;
      }
      close += length;
    }
    if (end === -1) {
      i = source.indexOf('`', i + open);
      continue;
    }
    spans.push(i, end);
    i = source.indexOf('`', end);
  }
  return spans;
}

/** A backtick after an odd number of backslashes is a literal backtick, not a fence. */
function escaped(source: string, at: number): boolean {
  let backslashes = 0;
  while (source[at - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}

function runLength(source: string, at: number): number {
  let end = at;
  while (source[end] === '`') end++;
  return end - at;
}

/** Whether `at` lies in one of the sorted [start, end) spans: a binary search, as it runs per word. */
export function insideSpan(spans: readonly number[], at: number): boolean {
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (at < (spans[2 * middle] ?? 0)) high = middle;
    else if (at >= (spans[2 * middle + 1] ?? 0)) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * A word mixing both scripts takes the script of its letters that have no lookalike
 * (`п` in `Cписок`); the lookalikes of the other script are rewritten into it.
 */
function unifyLookalikes(source: string, code: readonly number[], edit: (at: number, replacement: string) => void): void {
  for (const match of source.matchAll(WORD)) {
    const word = match[0];
    if (!CYRILLIC.test(word) || !/[A-Za-z]/.test(word) || insideSpan(code, match.index)) continue;
    const target = scriptOf(word);
    if (!target) continue;
    const table = target === 'cyrillic' ? TO_CYRILLIC : TO_LATIN;
    for (let i = 0; i < word.length; i++) {
      const replacement = table.get(word[i] ?? '');
      if (replacement) edit(match.index + i, replacement);
    }
  }
}

function scriptOf(word: string): 'cyrillic' | 'latin' | null {
  let cyrillic = 0;
  let latin = 0;
  for (const letter of word) {
    if (CYRILLIC.test(letter)) {
      if (!TO_LATIN.has(letter)) return 'cyrillic';
      cyrillic++;
    } else if (/[A-Za-z]/.test(letter)) {
      if (!TO_CYRILLIC.has(letter)) return 'latin';
      latin++;
    }
  }
  if (cyrillic === latin) return null;
  return cyrillic > latin ? 'cyrillic' : 'latin';
}

/** The sentence around `at`: from the previous sentence end or line break to the next one. */
export function sentenceAround(prepared: PreparedText, at: number): { start: number; end: number } {
  const { text, code } = prepared;
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1, code)) start--;
  while (start < at && /\s/.test(text[start] ?? '')) start++;
  let end = at;
  while (end < text.length && !endsSentence(text, end, code)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

function endsSentence(text: string, at: number, code: readonly number[]): boolean {
  const char = text[at];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text[at + 1];
  return (next === undefined || /\s/.test(next)) && !insideSpan(code, at);
}
