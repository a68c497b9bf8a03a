/** The ways the fuzz tier damages a real page. */
export interface Mutation {
  name: string;
  apply(text: string, other: string, next: (below: number) => number): string;
}

const INSERTS = ['|', '||', '#|', '|#', '**', '`', '<br>', '<p>', '\n\n', '[', '](#x)', '{#', '\u0000', '\r', '\t', '\u00a0', '<!--', '{%', '```\n', '\\'];
// Latin letters of `rpc`, `HTTP` and headings next to their Cyrillic lookalikes.
const LOOKALIKES: Record<string, string> = { p: 'р', c: 'с', P: 'Р', C: 'С', T: 'Т', H: 'Н', e: 'е', o: 'о', a: 'а' };
const INVISIBLE = ['\u200b', '\u200c', '\u00ad', '\ufeff', '\u2060'];

const at = (text: string, next: (below: number) => number): number => next(text.length + 1);
const pick = <T>(items: readonly T[], next: (below: number) => number): T => items[next(items.length)] as T;

function linesOf(text: string): string[] {
  return text.split('\n');
}

/** Indexes of the lines a predicate holds for, or of all lines when none does. */
function lineIndexes(lines: readonly string[], test: (line: string) => boolean): number[] {
  const found = lines.flatMap((line, index) => (test(line) ? [index] : []));
  return found.length > 0 ? found : lines.map((_, index) => index);
}

const isMarkerLine = (line: string): boolean => /\*\*rpc|^#{1,6} /.test(line);

/** Replaces one letter of a marker line (an `rpc` line or a heading) by what `swap` gives. */
function inMarkerLine(text: string, next: (below: number) => number, swap: (line: string, next: (below: number) => number) => string): string {
  const lines = linesOf(text);
  const index = pick(lineIndexes(lines, isMarkerLine), next);
  lines[index] = swap(lines[index] ?? '', next);
  return lines.join('\n');
}

export const MUTATIONS: readonly Mutation[] = [
  { name: 'truncated', apply: (text, _, next) => text.slice(0, at(text, next)) },
  {
    name: 'span deleted',
    apply: (text, _, next) => {
      const start = at(text, next);
      return text.slice(0, start) + text.slice(start + 1 + next(200));
    },
  },
  {
    name: 'token inserted',
    apply: (text, _, next) => {
      const start = at(text, next);
      return text.slice(0, start) + pick(INSERTS, next) + text.slice(start);
    },
  },
  {
    name: 'line deleted',
    apply: (text, _, next) => {
      const lines = linesOf(text);
      lines.splice(next(lines.length), 1);
      return lines.join('\n');
    },
  },
  {
    name: 'lines duplicated',
    apply: (text, _, next) => {
      const lines = linesOf(text);
      const start = next(lines.length);
      lines.splice(start, 0, ...lines.slice(start, start + 1 + next(30)));
      return lines.join('\n');
    },
  },
  {
    name: 'adjacent lines swapped',
    apply: (text, _, next) => {
      const lines = linesOf(text);
      const index = next(Math.max(1, lines.length - 1));
      [lines[index], lines[index + 1]] = [lines[index + 1] ?? '', lines[index] ?? ''];
      return lines.join('\n');
    },
  },
  {
    name: 'spliced with another page',
    apply: (text, other, next) => {
      const mine = linesOf(text);
      const theirs = linesOf(other);
      return [...mine.slice(0, next(mine.length + 1)), ...theirs.slice(next(theirs.length + 1))].join('\n');
    },
  },
  {
    name: 'lookalike letter in a marker line',
    apply: (text, _, next) =>
      inMarkerLine(text, next, (line, random) => {
        const letters = [...line].flatMap((char, index) => (LOOKALIKES[char] ? [index] : []));
        if (letters.length === 0) return line;
        const index = pick(letters, random);
        return line.slice(0, index) + LOOKALIKES[line[index] ?? ''] + line.slice(index + 1);
      }),
  },
  {
    name: 'invisible character in a marker line',
    apply: (text, _, next) =>
      inMarkerLine(text, next, (line, random) => {
        const index = random(line.length + 1);
        return line.slice(0, index) + pick(INVISIBLE, random) + line.slice(index);
      }),
  },
  {
    name: 'blank line before a table removed',
    apply: (text, _, next) => {
      const lines = linesOf(text);
      const blanks = lines.flatMap((line, index) => (line.trim() === '' && /^\s*(#\||\|)/.test(lines[index + 1] ?? '') ? [index] : []));
      if (blanks.length > 0) lines.splice(pick(blanks, next), 1);
      return lines.join('\n');
    },
  },
  {
    name: 'long run of spaces',
    apply: (text, _, next) => {
      const start = at(text, next);
      return text.slice(0, start) + ' '.repeat(1000 + next(20_000)) + text.slice(start);
    },
  },
  {
    name: 'crafted backtick run',
    apply: (text, _, next) => {
      const start = at(text, next);
      return `${text.slice(0, start)}Value must match the regular expression \`\`${'`a``'.repeat(10 + next(200))}${text.slice(start)}`;
    },
  },
  {
    name: 'cue words repeated',
    apply: (text, _, next) => {
      const start = at(text, next);
      return text.slice(0, start) + 'The maximum string length in characters is '.repeat(10 + next(500)) + text.slice(start);
    },
  },
  {
    name: 'tables nested',
    apply: (text, _, next) => {
      const start = at(text, next);
      const depth = 1 + next(300);
      return `${text.slice(0, start)}\n${'#|\n|| a |\n'.repeat(depth)}x\n${'||\n|#\n'.repeat(depth)}${text.slice(start)}`;
    },
  },
];
