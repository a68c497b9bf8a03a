/**
 * Words that only the constraint generator writes. A sentence holding one of them that no
 * phrase row matched is a constraint the table does not know yet, and the caller warns of it.
 * They are kept narrow on purpose: human prose such as "The maximum number of results per
 * page" or "a regular expression to filter by" must not raise a warning on every page.
 * What a cue lets stand between its words is bounded: an open `[^.]*` rescans the rest of the
 * sentence from every repeated cue word.
 */
export interface Cue {
  /** Lower-case text every hit contains, checked first: the regex runs only where it occurs. */
  hint: string;
  regex: RegExp;
}

const cue = (hint: string, source: string): Cue => ({ hint, regex: new RegExp(source.replaceAll(' ', String.raw`\s+`), 'giu') });

export const CUES_EN: readonly Cue[] = [
  cue('string length in characters', String.raw`string length in characters`),
  cue('number of elements', String.raw`\bnumber of elements (?:is|must)\b`),
  cue('must match the regular expression', String.raw`\b(?:value|key|element)s? must match the regular expression`),
  cue('acceptable values are', String.raw`\bacceptable values are\b[^.\n]{0,200}\binclusive\b`),
  cue('value is', String.raw`\b(?:minimum|maximum) value is [-−+]?\d`),
  cue('value must', String.raw`\bvalue must (?:be (?:greater|less|equal|one of|between|exactly)|satisfy)\b`),
  cue('the length', String.raw`\bthe length (?:of each (?:map )?(?:key|value|element) )?must be\b`),
  cue('per resource', String.raw`\bno more than \d+ per resource\b`),
  cue('must contain', String.raw`\bmust contain (?:at least|exactly) (?:one|\d+) elements?\b`),
  cue('only one of the fields', String.raw`\bincludes only one of the fields\b`),
];

export const CUES_RU: readonly Cue[] = [
  cue('длина строки в символах', String.raw`длина строки в символах`),
  cue('количество элементов', String.raw`количество элементов (?:[—–-]|должно)`),
  cue('регулярному выражению', String.raw`соответствовать регулярному выражению`),
  cue('допустимые значения', String.raw`допустимые значения [—–-]`),
  cue('значение', String.raw`(?:максимальное|минимальное) значение [—–-]\s*[-−+]?\d`),
  cue('значение должно быть', String.raw`значение должно быть (?:больше|меньше|равно)`),
  cue('на ресурс', String.raw`не более \d+ на ресурс`),
  cue('должен содержать', String.raw`должен содержать (?:хотя бы|ровно)`),
  cue('только одно из полей', String.raw`включает только одно из полей`),
];
