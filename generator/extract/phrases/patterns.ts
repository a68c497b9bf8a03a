import { decodeHTMLStrict } from 'entities';
import type { Lang } from '../../model/ir.ts';
import type { FactsBuilder, Target } from './facts.ts';
import { applyCount, applyValue, applyValueSet, parseOptionRule, relationOf, type Rule } from './rules.ts';

/**
 * The phrase table: every sentence form the Yandex Cloud reference generator renders from
 * protobuf validation options, one row per form and language. The forms, with a page that
 * uses each, are listed in test/extract/phrases/README.md.
 *
 * Three generations of the generator write these sentences:
 * - legacy (pipe-table pages, to 2024): "The maximum string length in characters is 50.";
 * - 2024 (YFM-table pages): the same English sentences, "Required field.";
 * - 2025 (marked `.2025`): "The length must be less than or equal to 50.", "This field is required.",
 *   often followed by the older sentence for the same rule.
 * RU pages translate only the legacy forms; later RU pages print the English sentences.
 */
export interface PhraseRow {
  /** Kind and form, e.g. `length.min-max`; EN and RU rows of one form share it. */
  id: string;
  lang: Lang;
  /** Lower-case text every match contains: a row whose cue is absent is not tried. */
  cue: string;
  regex: RegExp;
  apply(match: RegExpExecArray, facts: FactsBuilder): void;
}

/** A regex source where each literal space stands for any run of white space (line breaks too). */
function re(source: string, flags = 'gu'): RegExp {
  return new RegExp(source.replaceAll(' ', '\\s+'), flags);
}

// Sentence-initial: start of text, after a sentence end, or at a line start. The lookbehind
// scans back over white space, so it runs only before a word (`(?=\S)`): inside a run of spaces
// it would rescan the run at every position, quadratic time.
const START = String.raw`(?=\S)(?<=^\s*|[.!?;]\s+|\n\s*)`;
// Sentence-final: the generated sentences end the sentence right after their operand.
const END = String.raw`(?=\.(?:\s|$)|\s*$)`;
const END_OR_NOTE = String.raw`(?=\s*\(|\.(?:\s|$)|\s*$)`;
// A pattern's code span ends its sentence or its line; "`[a-z]+` unless empty" is not the rule.
const END_OF_CODE = String.raw`(?=\.(?:\s|$)|[\t\x20]*(?:\n|$))`;
const COUNT = String.raw`(\d+)`;
const OPERAND_ATOM = String.raw`[-−+]?\d+(?:\.\d+)?[a-zµ]*`;
// A number as stated; Duration bounds carry a unit ("1m"), which `applyValue` tells apart.
const OPERAND = `(${OPERAND_ATOM})`;
const LIST_EN = String.raw`(${OPERAND_ATOM}(?:(?:,\s*(?:or\s+)?|\s+or\s+)${OPERAND_ATOM})*)`;
const LIST_RU = String.raw`(${OPERAND_ATOM}(?:(?:,\s*(?:или\s+)?|\s+или\s+)${OPERAND_ATOM})*)`;
const RANGE_DASH = String.raw`\s*[-–]\s*`;
const DASH = '[—–-]';
// Inline code as CommonMark pairs it: the closing backtick run (\x60) has the opening run's
// length; runs of another length belong to the content. Each run is taken whole, atomically
// (`(?=(…))\k<…>`), as splitting a run two ways under a repetition takes exponential time; the
// content is bounded (the longest documented pattern is ~400 characters) so that repeated
// unclosed spans cannot make every attempt scan to the end of the text.
const CODE_ITEMS = 2000;
const CODE = String.raw`(?<fence>\x60+)(?!\x60)(?<code>(?:[^\x60]|(?!\k<fence>(?!\x60))(?=(?<run>\x60+))\k<run>){1,${CODE_ITEMS}}?)(?<!\x60)\k<fence>(?!\x60)`;
const NAME = String.raw`\x60[^\x60\n]+\x60`;
const FIELDS_EN = String.raw`(${NAME}(?:(?:\s*,\s*|\s+or\s+)${NAME})*)`;
const FIELDS_RU = String.raw`(${NAME}(?:(?:\s*,\s*|\s+или\s+)${NAME})*)`;
// The same list without code spans, as proto comments that repeat the sentence write it; names
// hold no space or comma, so each separator is one way to read the text (linear).
const PLAIN_NAME = String.raw`[a-z_][A-Za-z0-9_]*`;
const PLAIN_FIELDS_EN = String.raw`(${PLAIN_NAME}(?:(?:\s*,\s*|\s+or\s+)${PLAIN_NAME})*)(?=\.|\s*$)`;
const PLAIN_FIELDS_RU = String.raw`(${PLAIN_NAME}(?:(?:\s*,\s*|\s+или\s+)${PLAIN_NAME})*)(?=\.|\s*$)`;
const TOKEN = String.raw`(?<token>[-−+]?\d+(?:\.\d+)?|[\p{L}_][\p{L}\p{N}_-]*)`;
const RELATION_EN = '(less than or equal to|greater than or equal to|less than|greater than|equal to|exactly)';

const TARGETS: Record<string, Target> = {
  key: 'key',
  'map key': 'key',
  ключа: 'key',
  value: 'value',
  'map value': 'value',
  element: 'value',
  значения: 'value',
};

function targetOf(words: string | undefined): Target {
  return words === undefined ? 'field' : (TARGETS[words.replace(/\s+/g, ' ')] ?? 'field');
}

/** CommonMark code span content: line endings read as spaces, one padding space stripped each side. */
function codeOf(match: RegExpExecArray): string {
  const raw = (match.groups?.['code'] ?? '').replace(/\r?\n/g, ' ');
  return raw.length > 2 && raw.startsWith(' ') && raw.endsWith(' ') && raw.trim() !== '' ? raw.slice(1, -1) : raw;
}

function namesIn(list: string): string[] {
  return [...list.matchAll(/`([^`]+)`/g)].map((name) => (name[1] ?? '').trim());
}

function plainNamesIn(list: string): string[] {
  return list.split(/\s*,\s*|\s+(?:or|или)\s+/);
}

const LIST_ITEM = /^\s*(?:\d+[.)]|[-*+])\s/;

/**
 * A prose length inside a list item bounds a part of the value, not the field: a filter's
 * "3. The value in double quotes (`"`). Must be 3-63 characters long and match …".
 */
function inListItem(match: RegExpExecArray): boolean {
  const lineStart = match.input.lastIndexOf('\n', match.index) + 1;
  return LIST_ITEM.test(match.input.slice(lineStart, match.index));
}

const rule = (relation: Rule['relation'], ...operands: Array<string | undefined>): Rule => ({
  relation,
  operands: operands.map((operand) => operand ?? ''),
});
const minOrMax = (word: string | undefined): Rule['relation'] => (/^(?:maximum|максимальн)/i.test(word ?? '') ? 'le' : 'ge');
const numberWord = (word: string | undefined): string => (/^(?:one|один|одно)$/i.test(word ?? '') ? '1' : (word ?? ''));

const required: PhraseRow[] = [
  { id: 'required', lang: 'en', cue: 'required', regex: re(START + String.raw`Required(?: field)?\.(?=\s|$)`), apply: (_, f) => void (f.required = true) },
  { id: 'required.2025', lang: 'en', cue: 'this field is required', regex: re(String.raw`This field is required\.`), apply: (_, f) => void (f.required = true) },
  { id: 'required', lang: 'ru', cue: 'обязательное поле', regex: re(START + String.raw`Обязательное поле\.(?=\s|$)`), apply: (_, f) => void (f.required = true) },
];

const length: PhraseRow[] = [
  {
    id: 'length.min-max',
    lang: 'en',
    cue: 'string length in characters',
    regex: re(`The (maximum|minimum) string length in characters(?: for each (key|value))? is ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, targetOf(m[2]), 'Length', rule(minOrMax(m[1]), m[3])),
  },
  {
    id: 'length.range',
    lang: 'en',
    cue: 'string length in characters',
    regex: re(`The string length in characters(?: for each (key|value))? (?:must be|is) ${COUNT}${RANGE_DASH}${COUNT}${END}`),
    apply: (m, f) => applyCount(f, targetOf(m[1]), 'Length', rule('range', m[2], m[3])),
  },
  {
    id: 'length.relation',
    lang: 'en',
    cue: 'string length in characters',
    regex: re(`The string length in characters(?: for each (key|value))? must be ${RELATION_EN} ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, targetOf(m[1]), 'Length', rule(relationOf(m[2] ?? ''), m[3])),
  },
  {
    id: 'length.relation.2025',
    lang: 'en',
    cue: 'the length',
    regex: re(`The length(?: of each (map key|map value|element))? must be ${RELATION_EN} ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, targetOf(m[1]), 'Length', rule(relationOf(m[2] ?? ''), m[3])),
  },
  {
    id: 'length.range.2025',
    lang: 'en',
    cue: 'the length',
    regex: re(`The length(?: of each (map key|map value|element))? must be between ${COUNT} and ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, targetOf(m[1]), 'Length', rule('range', m[2], m[3])),
  },
  {
    id: 'length.prose',
    lang: 'en',
    cue: 'characters long',
    // Written in the proto comments, not by the generator: "Name of the cluster. 1-63 characters
    // long.", "Must be 3-63 characters long and match …"; always the field's own length.
    regex: re(String.raw`(?:${START}(?:Must be |The string is )?|\band be |, )${COUNT}${RANGE_DASH}${COUNT} characters long\b`),
    apply: (m, f) => {
      if (!inListItem(m)) applyCount(f, 'field', 'Length', rule('range', m[1], m[2]));
    },
  },
  {
    id: 'length.min-max',
    lang: 'ru',
    cue: 'длина строки в символах',
    regex: re(`(Максимальная|Минимальная) длина строки в символах(?: для каждого (ключа|значения))? ${DASH} ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, targetOf(m[2]), 'Length', rule(minOrMax(m[1]), m[3])),
  },
  {
    id: 'length.min-max.oldest',
    lang: 'ru',
    cue: 'длина —',
    // The oldest legacy REST pages: «Максимальная длина — 50 символов.»
    regex: re(`(Максимальная|Минимальная) длина ${DASH} ${COUNT} символ\\p{L}*${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Length', rule(minOrMax(m[1]), m[2])),
  },
  {
    id: 'length.range',
    lang: 'ru',
    cue: 'длина строки в символах',
    regex: re(`Длина строки в символах(?: для каждого (ключа|значения))? должна быть от ${COUNT} до ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, targetOf(m[1]), 'Length', rule('range', m[2], m[3])),
  },
  {
    id: 'length.relation',
    lang: 'ru',
    cue: 'длина строки в символах',
    regex: re(`Длина строки в символах(?: для каждого (ключа|значения))? должна быть (меньше или равна|больше или равна|меньше|больше|равна) ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, targetOf(m[1]), 'Length', rule(relationOf(m[2] ?? ''), m[3])),
  },
  {
    id: 'length.prose',
    lang: 'ru',
    cue: 'длина',
    // The proto comments translated: «Длина 1-63 символов.», «Длина описания должна быть от 0 до 256 символов.»
    regex: re(String.raw`${START}Длина (?:${COUNT}${RANGE_DASH}${COUNT}|(?:\p{L}+ )?должна быть от ${COUNT} до ${COUNT}) символ\p{L}*${END}`),
    apply: (m, f) => {
      if (!inListItem(m)) applyCount(f, 'field', 'Length', rule('range', m[1] ?? m[3], m[2] ?? m[4]));
    },
  },
];

const value: PhraseRow[] = [
  {
    id: 'value.range',
    lang: 'en',
    cue: 'acceptable values are',
    // Some 2024 pages drop the ", inclusive"; the bounds are inclusive all the same.
    regex: re(`Acceptable values are ${OPERAND} to ${OPERAND}(?:, inclusive)?${END}`),
    apply: (m, f) => applyValue(f, rule('range', m[1], m[2]), m[0], m.index),
  },
  {
    id: 'value.min-max',
    lang: 'en',
    cue: 'value is',
    regex: re(`The (maximum|minimum) value is ${OPERAND}${END}`),
    apply: (m, f) => applyValue(f, rule(minOrMax(m[1]), m[2]), m[0], m.index),
  },
  {
    id: 'value.relation',
    lang: 'en',
    cue: 'value must be',
    regex: re(`Value must be (greater than or equal to|less than or equal to|greater than|less than|equal to) ${OPERAND}${END}`),
    apply: (m, f) => applyValue(f, rule(relationOf(m[1] ?? ''), m[2]), m[0], m.index),
  },
  {
    id: 'value.set',
    lang: 'en',
    cue: 'value must be one of',
    regex: re(`Value must be one of ${LIST_EN}${END}`),
    apply: (m, f) => applyValueSet(f, (m[1] ?? '').split(/\s*,\s*(?:or\s+)?|\s+or\s+/), m[0], m.index),
  },
  {
    id: 'value.set.equal',
    lang: 'en',
    cue: 'value must be equal to',
    // The option's own list after "equal to": "Value must be equal to 1,2,4."; one number is value.relation.
    regex: re(String.raw`Value must be equal to (${OPERAND_ATOM}(?:,\s*${OPERAND_ATOM})+)${END}`),
    apply: (m, f) => applyValueSet(f, (m[1] ?? '').split(/\s*,\s*/), m[0], m.index),
  },
  {
    id: 'value.relation.2025',
    lang: 'en',
    cue: 'the value must be',
    regex: re(`The value must be ${RELATION_EN} ${OPERAND}${END}`),
    apply: (m, f) => applyValue(f, rule(relationOf(m[1] ?? ''), m[2]), m[0], m.index),
  },
  {
    id: 'value.range.2025',
    lang: 'en',
    cue: 'the value must be between',
    regex: re(`The value must be between ${OPERAND} and ${OPERAND}${END}`),
    apply: (m, f) => applyValue(f, rule('range', m[1], m[2]), m[0], m.index),
  },
  {
    id: 'value.rule.2025',
    lang: 'en',
    cue: 'the value must satisfy',
    regex: re(String.raw`The value must satisfy: (\S+?)` + END),
    apply: (m, f) => {
      // Markdown cells write the option's `<` / `>` as character references: "satisfy: &lt;=10m."
      const parsed = parseOptionRule(decodeHTMLStrict(m[1] ?? ''));
      if (parsed) applyValue(f, parsed, m[0], m.index);
      else f.notUnderstood(m[0], m.index);
    },
  },
  {
    id: 'value.range',
    lang: 'ru',
    cue: 'допустимые значения',
    regex: re(`Допустимые значения ${DASH} от ${OPERAND} до ${OPERAND} включительно${END}`),
    apply: (m, f) => applyValue(f, rule('range', m[1], m[2]), m[0], m.index),
  },
  {
    id: 'value.min-max',
    lang: 'ru',
    cue: 'значение',
    // «Минимальная значение» is a slip of some pages for «Минимальное».
    regex: re(`(Максимальное|Минимальное|Минимальная|Максимальная) значение ${DASH} ${OPERAND}${END}`),
    apply: (m, f) => applyValue(f, rule(minOrMax(m[1]), m[2]), m[0], m.index),
  },
  {
    id: 'value.relation',
    lang: 'ru',
    cue: 'значение должно быть',
    regex: re(`Значение должно быть (больше или равно|меньше или равно|больше|меньше) ${OPERAND}${END}`),
    apply: (m, f) => applyValue(f, rule(relationOf(m[1] ?? ''), m[2]), m[0], m.index),
  },
  {
    id: 'value.set',
    lang: 'ru',
    cue: 'значение должно быть равно',
    regex: re(`Значение должно быть равно ${LIST_RU}${END}`),
    apply: (m, f) => applyValueSet(f, (m[1] ?? '').split(/\s*,\s*(?:или\s+)?|\s+или\s+/u), m[0], m.index),
  },
];

const items: PhraseRow[] = [
  {
    id: 'items.min-max',
    lang: 'en',
    cue: 'number of elements',
    regex: re(`The (maximum|minimum) number of elements is ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule(minOrMax(m[1]), m[2])),
  },
  {
    id: 'items.range',
    lang: 'en',
    cue: 'number of elements',
    regex: re(`The number of elements must be in the range ${COUNT}${RANGE_DASH}${COUNT}${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('range', m[1], m[2])),
  },
  {
    id: 'items.relation',
    lang: 'en',
    cue: 'number of elements',
    regex: re(`The number of elements must be ${RELATION_EN} ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule(relationOf(m[1] ?? ''), m[2])),
  },
  {
    id: 'items.range.2025',
    lang: 'en',
    cue: 'number of elements',
    regex: re(`The number of elements must be between ${COUNT} and ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('range', m[1], m[2])),
  },
  {
    id: 'items.at-least',
    lang: 'en',
    cue: 'must contain at least',
    regex: re(String.raw`Must contain at least (one|\d+) elements?${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('ge', numberWord(m[1]))),
  },
  {
    id: 'items.exactly',
    lang: 'en',
    cue: 'must contain exactly',
    regex: re(String.raw`Must contain exactly (one|\d+) elements?${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('eq', numberWord(m[1]))),
  },
  {
    id: 'items.per-resource',
    lang: 'en',
    cue: 'per resource',
    regex: re(`No more than ${COUNT} per resource${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('le', m[1])),
  },
  {
    id: 'items.unique.2025',
    lang: 'en',
    cue: 'the elements must be unique',
    regex: re(`The elements must be unique${END}`),
    apply: (_, f) => f.uniqueItems(),
  },
  {
    id: 'items.min-max',
    lang: 'ru',
    cue: 'количество элементов',
    regex: re(`(Максимальное|Минимальное) количество элементов ${DASH} ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule(minOrMax(m[1]), m[2])),
  },
  {
    id: 'items.range',
    lang: 'ru',
    cue: 'количество элементов',
    regex: re(`Количество элементов должно находиться в диапазоне от ${COUNT} до ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('range', m[1], m[2])),
  },
  {
    id: 'items.relation',
    lang: 'ru',
    cue: 'количество элементов',
    regex: re(`Количество элементов должно быть (больше или равно|меньше или равно|больше|меньше|равно) ${COUNT}${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule(relationOf(m[1] ?? ''), m[2])),
  },
  {
    id: 'items.at-least',
    lang: 'ru',
    cue: 'должен содержать',
    regex: re(String.raw`Должен содержать хотя бы (один|одно|\d+) элемент\p{L}*${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('ge', numberWord(m[1]))),
  },
  {
    id: 'items.exactly',
    lang: 'ru',
    cue: 'должен содержать',
    regex: re(String.raw`Должен содержать ровно (один|одно|\d+) элемент\p{L}*${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('eq', numberWord(m[1]))),
  },
  {
    id: 'items.per-resource',
    lang: 'ru',
    cue: 'на ресурс',
    regex: re(`Не более ${COUNT} на ресурс${END}`),
    apply: (m, f) => applyCount(f, 'field', 'Items', rule('le', m[1])),
  },
];

// The older sentence prints the option's string value; the 2025 one doubles its backslashes.
const LEGACY_PATTERN = 1;
const PATTERN_2025 = 0;

const pattern: PhraseRow[] = [
  {
    id: 'pattern',
    lang: 'en',
    cue: 'must match the regular expression',
    regex: re(`Value must match the regular expression ${CODE}${END_OF_CODE}`),
    apply: (m, f) => f.pattern('field', codeOf(m), LEGACY_PATTERN, m.index),
  },
  {
    id: 'pattern.each',
    lang: 'en',
    cue: 'must match the regular expression',
    regex: re(`Each (key|value) must match the regular expression ${CODE}${END_OF_CODE}`),
    apply: (m, f) => f.pattern(targetOf(m[1]), codeOf(m), LEGACY_PATTERN, m.index),
  },
  {
    id: 'pattern.2025',
    lang: 'en',
    cue: 'must match the regular expression:',
    regex: re(`The value must match the regular expression: ${CODE}${END_OF_CODE}`),
    apply: (m, f) => f.pattern('field', codeOf(m), PATTERN_2025, m.index),
  },
  {
    id: 'pattern.each.2025',
    lang: 'en',
    cue: 'must match the regular expression:',
    regex: re(`Each (map key|map value|element) must match the regular expression: ${CODE}${END_OF_CODE}`),
    apply: (m, f) => f.pattern(targetOf(m[1]), codeOf(m), PATTERN_2025, m.index),
  },
  {
    id: 'pattern',
    lang: 'ru',
    cue: 'соответствовать регулярному выражению',
    regex: re(`Значение должно соответствовать регулярному выражению ${CODE}${END_OF_CODE}`),
    apply: (m, f) => f.pattern('field', codeOf(m), LEGACY_PATTERN, m.index),
  },
  {
    id: 'pattern.each',
    lang: 'ru',
    cue: 'соответствовать регулярному выражению',
    regex: re(String.raw`Кажд\p{L}+ (ключ|значение) долж\p{L}* соответствовать регулярному выражению ${CODE}${END_OF_CODE}`),
    apply: (m, f) => f.pattern(m[1] === 'ключ' ? 'key' : 'value', codeOf(m), LEGACY_PATTERN, m.index),
  },
];

const oneof: PhraseRow[] = [
  {
    id: 'oneof',
    lang: 'en',
    cue: 'only one of the fields',
    regex: re(`[Ii]ncludes only one of the fields ${FIELDS_EN}`),
    apply: (m, f) => f.oneofFields(namesIn(m[1] ?? ''), m.index),
  },
  {
    id: 'oneof.plain',
    lang: 'en',
    cue: 'only one of the fields',
    regex: re(`[Ii]ncludes only one of the fields ${PLAIN_FIELDS_EN}`),
    apply: (m, f) => f.oneofFields(plainNamesIn(m[1] ?? ''), m.index),
  },
  {
    id: 'oneof.grpc',
    lang: 'en',
    cue: '**oneof:**',
    regex: re(String.raw`\*\*oneof:\*\* ${FIELDS_EN}(?! или)`),
    apply: (m, f) => f.oneofFields(namesIn(m[1] ?? ''), m.index),
  },
  {
    id: 'oneof',
    lang: 'ru',
    cue: 'только одно из полей',
    regex: re(`[Вв]ключает только одно из полей ${FIELDS_RU}`),
    apply: (m, f) => f.oneofFields(namesIn(m[1] ?? ''), m.index),
  },
  {
    id: 'oneof.plain',
    lang: 'ru',
    cue: 'только одно из полей',
    regex: re(`[Вв]ключает только одно из полей ${PLAIN_FIELDS_RU}`),
    apply: (m, f) => f.oneofFields(plainNamesIn(m[1] ?? ''), m.index),
  },
  {
    id: 'oneof.grpc',
    lang: 'ru',
    cue: '**oneof:**',
    regex: re(String.raw`\*\*oneof:\*\* ${FIELDS_RU}`),
    apply: (m, f) => f.oneofFields(namesIn(m[1] ?? ''), m.index),
  },
];

const defaultOf = (m: RegExpExecArray): string => (m.groups?.['code'] !== undefined ? codeOf(m) : (m.groups?.['token'] ?? '').replace('\u2212', '-'));

const defaults: PhraseRow[] = [
  {
    id: 'default',
    lang: 'en',
    cue: 'default value',
    regex: re(`(?:The )?[Dd]efault value(?: is|:) (?:${CODE}|${TOKEN})${END_OR_NOTE}`),
    apply: (m, f) => f.setDefault(defaultOf(m), m.index),
  },
  {
    id: 'default.short',
    lang: 'en',
    cue: 'the default is',
    regex: re(`The default is (?:${CODE}|${TOKEN})${END_OR_NOTE}`),
    apply: (m, f) => f.setDefault(defaultOf(m), m.index),
  },
  {
    id: 'default',
    lang: 'ru',
    cue: 'значение по умолчанию',
    regex: re(`Значение по умолчанию(?::| ${DASH}) (?:${CODE}|${TOKEN})${END_OR_NOTE}`),
    apply: (m, f) => f.setDefault(defaultOf(m), m.index),
  },
  {
    id: 'default.short',
    lang: 'ru',
    cue: 'по умолчанию',
    regex: re(`${START}По умолчанию(?::| ${DASH}) (?:${CODE}|${TOKEN})${END_OR_NOTE}`),
    apply: (m, f) => f.setDefault(defaultOf(m), m.index),
  },
];

const deprecated: PhraseRow[] = [
  {
    id: 'deprecated',
    lang: 'en',
    cue: 'deprecated',
    // Ends at punctuation or at the end of its line: "ID of the cell.\nDeprecated\n\nIncludes …".
    regex: re(START + String.raw`(?:\*\*)?(?:Deprecated|deprecated|DEPRECATED)(?:\*\*)?(?=[.:,;]|[\t\x20]*(?:\n|$))`),
    apply: (_, f) => f.markDeprecated(),
  },
  {
    id: 'deprecated.sentence',
    lang: 'en',
    cue: 'is deprecated',
    regex: re(String.raw`(?:This|The) (?:field|parameter|setting|option|property) is deprecated(?=[\s.,;:]|$)`),
    apply: (_, f) => f.markDeprecated(),
  },
  {
    id: 'deprecated',
    lang: 'ru',
    cue: 'устар',
    regex: re(START + String.raw`(?:\*\*)?(?:Устарело|Устаревшее поле|Поле устарело|Параметр устарел)(?:\*\*)?(?=[\s.:,;]|$)`),
    apply: (_, f) => f.markDeprecated(),
  },
];

export const PHRASES: readonly PhraseRow[] = [...required, ...length, ...value, ...items, ...pattern, ...oneof, ...defaults, ...deprecated];
