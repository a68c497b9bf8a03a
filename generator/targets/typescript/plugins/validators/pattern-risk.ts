/**
 * Whether a documented pattern may take exponential time on a backtracking engine: a group
 * repeated without a small bound (`*`, `+`, `{n,}`, `{n,m}` with m > 10) whose content holds an
 * alternation or an unbounded quantifier, as `(a|aa)+` or `(a+)*`, unless each repetition
 * starts or ends with a delimiter (an escaped or bracketed punctuation character, `/`) that
 * fixes where one repetition ends: `(\.[a-z]+)*` and `([a-z0-9-]*\.)+` stay linear. It is a
 * syntactic heuristic; the docs' 119 patterns hold no case it misjudges.
 */
export function hasNestedRepetition(source: string): boolean {
  const groups: Group[] = [];
  let previous: Atom | null = null;
  for (let at = 0; at < source.length; at++) {
    const char = source[at] ?? '';
    const group = groups.at(-1);
    if (char === '(') {
      groups.push({ ambiguous: false, first: null, last: null });
      at = endOfGroupPrefix(source, at);
      previous = null;
      continue;
    }
    if (char === ')') {
      const closed = groups.pop();
      previous = closed ? { delimiter: false, group: closed } : null;
      if (closed && (closed.ambiguous || closed.unbounded) && groups.length > 0) mark(groups.at(-1) as Group, closed.ambiguous);
      addAtom(groups.at(-1), previous);
      continue;
    }
    if (char === '|') {
      if (group) group.ambiguous = true;
      previous = null;
      continue;
    }
    const quantifier = quantifierAt(source, at);
    if (quantifier) {
      at += quantifier.length - 1;
      if (previous?.group && quantifier.repeats && riskyRepetition(previous.group)) return true;
      if (group && quantifier.unbounded) group.unbounded = true;
      if (group) group.last = null;
      previous = null;
      continue;
    }
    const end = char === '\\' ? at + 1 : char === '[' ? endOfClass(source, at) : at;
    const text = source.slice(at, end + 1);
    at = end;
    previous = { delimiter: isDelimiter(text), group: null };
    addAtom(group, previous);
  }
  return false;
}

interface Group {
  ambiguous: boolean;
  unbounded?: boolean;
  first: Atom | null;
  last: Atom | null;
}

interface Atom {
  delimiter: boolean;
  group: Group | null;
}

function mark(group: Group, ambiguous: boolean): void {
  if (ambiguous) group.ambiguous = true;
  else group.unbounded = true;
}

function addAtom(group: Group | undefined, atom: Atom | null): void {
  if (!group || !atom) return;
  group.first ??= atom;
  group.last = atom;
}

function riskyRepetition(group: Group): boolean {
  if (!group.ambiguous && !group.unbounded) return false;
  return !(group.first?.delimiter || group.last?.delimiter);
}

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/** `\.`, `/`, `[.]`, `[._-]`: a character no letter or digit class of the group is likely to take. */
function isDelimiter(text: string): boolean {
  if (text.startsWith('\\')) return PUNCTUATION.test(text.slice(1));
  if (text.startsWith('[')) {
    const inner = text.slice(1, -1).replace(/\\(.)/g, '$1');
    return inner.length > 0 && !inner.startsWith('^') && [...inner].every((char) => PUNCTUATION.test(char));
  }
  return text !== '.' && text !== '^' && text !== '$' && PUNCTUATION.test(text);
}

/** Past `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` and `(?<name>`: the `?` there is no quantifier. */
function endOfGroupPrefix(source: string, open: number): number {
  if (source[open + 1] !== '?') return open;
  if (source[open + 2] !== '<' || source[open + 3] === '=' || source[open + 3] === '!') return open + (source[open + 2] === '<' ? 3 : 2);
  const close = source.indexOf('>', open);
  return close === -1 ? source.length - 1 : close;
}

function endOfClass(source: string, start: number): number {
  for (let at = start + 1; at < source.length; at++) {
    if (source[at] === '\\') at++;
    else if (source[at] === ']' && at > start + 1) return at;
  }
  return source.length - 1;
}

const BRACES = /^\{(\d+)(,(\d*))?\}\??/;
const SMALL_BOUND = 10;

interface Quantifier {
  length: number;
  repeats: boolean;
  unbounded: boolean;
}

function quantifierAt(source: string, at: number): Quantifier | null {
  const char = source[at];
  const lazy = source[at + 1] === '?' ? 1 : 0;
  if (char === '*' || char === '+') return { length: 1 + lazy, repeats: true, unbounded: true };
  if (char === '?') return { length: 1 + lazy, repeats: false, unbounded: false };
  if (char !== '{') return null;
  const braces = BRACES.exec(source.slice(at, at + 24));
  if (!braces) return null;
  const [whole, , comma, max] = braces;
  const unbounded = comma !== undefined && max === '';
  return { length: whole.length, repeats: unbounded || (comma !== undefined && Number(max) > SMALL_BOUND), unbounded };
}
