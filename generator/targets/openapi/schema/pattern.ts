/**
 * The docs' patterns are RE2 expressions that match the whole value; JSON Schema's `pattern`
 * is an ECMA-262 search, compiled with the `u` flag. Translated here: anchored, and RE2's
 * escapes of plain punctuation (`\@`, which `u` refuses) written as `\xHH`, `\pL` as `\p{L}`.
 * Undefined where ECMA-262 has no equivalent (RE2's flag groups `(?i:…)`, which only newer
 * engines read, so the output would depend on the Node version).
 */
export function ecmaPattern(re2: string): string | undefined {
  let out = '';
  for (let i = 0; i < re2.length; i++) {
    const char = re2[i]!;
    if (char === '(' && re2[i + 1] === '?' && !GROUP_AFTER_QUESTION.has(re2[i + 2] ?? '')) return undefined;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = re2[i + 1] ?? '';
    i++;
    if ((next === 'p' || next === 'P') && /^[A-Za-z]$/.test(re2[i + 1] ?? '')) {
      out += `\\${next}{${re2[i + 1]}}`;
      i++;
    } else if (/^[!-/:-@[-`{-~]$/.test(next) && !SYNTAX.has(next)) {
      out += `\\x${next.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    } else {
      out += `\\${next}`;
    }
  }
  const anchored = `^(?:${out})$`;
  try {
    new RegExp(anchored, 'u');
    return anchored;
  } catch {
    return undefined;
  }
}

/** Characters ECMA-262's `u` mode lets a backslash escape as themselves. */
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
/** `(?:`, `(?=`, `(?!`, `(?<`: the groups both dialects read alike (`(?<name>`, `(?<=`, `(?<!`). */
const GROUP_AFTER_QUESTION = new Set([':', '=', '!', '<']);
