/**
 * The docs' patterns are RE2 (the API validates with Go's regexp). RE2's flags, which
 * JavaScript cannot scope to a group, are applied by hand: under `i` a letter becomes both
 * cases (`(?i:ab)` → `(?:[aA][bB])`), under `s` a dot any character (`(?s:.*)` →
 * `(?:[\s\S]*)`); `(?i)` holds to the end of its group; `(?P<name>` is `(?<name>`. The rest is
 * the same syntax in both. Returns null for what has no exact rewrite (flags `m` and `U`, `i`
 * over a class with letters), so that the caller says so instead of checking the wrong thing.
 * One pass, each scope's flags on a stack: linear in the pattern's length.
 */
export function re2ToJavaScript(source: string): string | null {
  if (!source.includes('(?')) return source;
  const scopes: Scope[] = [{ caseless: false, dotAll: false }];
  let out = '';
  let i = 0;
  while (i < source.length) {
    const scope = scopes[scopes.length - 1]!;
    const char = source[i]!;
    if (char === '\\') {
      const escape = escapeAt(source, i);
      out += escape;
      i += escape.length;
    } else if (char === '[') {
      const end = classEnd(source, i);
      const members = source.slice(i, end);
      if (scope.caseless && ASCII_LETTER.test(members)) return null;
      out += members;
      i = end;
    } else if (char === '(') {
      const flags = flagsAt(source, i);
      if (flags === null) {
        const syntax = groupSyntaxAt(source, i);
        scopes.push(scope);
        out += syntax === '(?P<' ? '(?<' : syntax;
        i += syntax.length;
        continue;
      }
      if (!flags.letters.every((flag) => flag === 'i' || flag === 's')) return null;
      const inner = { caseless: scope.caseless || flags.letters.includes('i'), dotAll: scope.dotAll || flags.letters.includes('s') };
      if (flags.scoped) {
        scopes.push(inner);
        out += '(?:';
      } else scopes[scopes.length - 1] = inner;
      i += flags.length;
    } else if (char === ')') {
      if (scopes.length > 1) scopes.pop();
      out += char;
      i++;
    } else if (char === '{') {
      const quantifier = quantifierAt(source, i);
      out += quantifier;
      i += quantifier.length;
    } else {
      out += char === '.' && scope.dotAll ? '[\\s\\S]' : scope.caseless && ASCII_LETTER.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char;
      i++;
    }
  }
  return out;
}

interface Scope {
  caseless: boolean;
  dotAll: boolean;
}

const ASCII_LETTER = /[a-zA-Z]/;
/** How far the short constructs (`\p{Greek}`, `{2,63}`, `(?<name>`) are looked for: they are short. */
const SHORT = 64;

/** `(?flags:` (scoped) or `(?flags)` (to the end of the group) at `at`. */
function flagsAt(source: string, at: number): { letters: string[]; scoped: boolean; length: number } | null {
  if (!source.startsWith('(?', at)) return null;
  let end = at + 2;
  while (end < source.length && end - at < SHORT && ASCII_LETTER.test(source[end]!)) end++;
  if (end === at + 2 || (source[end] !== ':' && source[end] !== ')')) return null;
  return { letters: source.slice(at + 2, end).split(''), scoped: source[end] === ':', length: end + 1 - at };
}

/** A group's opening as written: `(`, `(?:`, `(?=`, `(?<=`, `(?<name>`, RE2's `(?P<`. */
function groupSyntaxAt(source: string, at: number): string {
  if (source.startsWith('(?P<', at)) return '(?P<';
  if (!source.startsWith('(?', at)) return '(';
  if (source.startsWith('(?<', at) && source[at + 3] !== '=' && source[at + 3] !== '!') {
    const close = source.slice(at, at + SHORT).indexOf('>');
    return close === -1 ? '(?<' : source.slice(at, at + close + 1);
  }
  return source.slice(at, source[at + 2] === '<' ? at + 4 : at + 3);
}

/** An escape, with its braces where it has them (`\p{Greek}`, `\x{41}`): no letter in it is a literal. */
function escapeAt(source: string, at: number): string {
  const next = source[at + 1];
  if ((next === 'p' || next === 'P' || next === 'x') && source[at + 2] === '{') {
    const close = source.slice(at, at + SHORT).indexOf('}');
    if (close !== -1) return source.slice(at, at + close + 1);
  }
  return source.slice(at, at + 2);
}

/** `{n}`, `{n,}`, `{n,m}` at `at`, or the lone brace. */
function quantifierAt(source: string, at: number): string {
  const match = /^\{\d{1,9}(?:,\d{0,9})?\}/.exec(source.slice(at, at + 22));
  return match ? match[0] : '{';
}

/** Just past the `]` closing the class opened at `at` (a `]` first in the class is literal). */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}
