import { type DescriptionFacts, parseDescription } from '../../extract/phrases/index.ts';
import type { LocalizedText } from '../../model/ir.ts';
import type { PageExtract } from '../../model/page.ts';
import type { Draft, Place, Relations } from '../finding.ts';
import type { LintInput, LintRule } from '../input.ts';
import { locate } from '../locate.ts';
import { placeOfRef } from '../refs.ts';
import { diagnosticView } from './diagnostic-view.ts';

/**
 * Sentences that read like a constraint (a limit word and a number) but that no phrase row of
 * the extractor reads: in field descriptions beyond the generator's own cue words (those the
 * extractor reports itself, as `unparsed-constraint`, shown here too), and in the type, value
 * and method descriptions the extractor never reads for constraints.
 */
export const unreadConstraint: LintRule = {
  name: 'unread-constraint',
  level: 'warning',
  about: 'a constraint-like sentence (a limit word and a number) that no phrase rule of the extractor reads',
  async check(input) {
    const reported = await diagnosticView(unreadConstraint.name, ['unparsed-constraint'], 'warning', '').check(input);
    const scanned: Draft[] = [];
    for (const page of input.pages) scanned.push(...(await scanPage(page, input)));
    return [...reported, ...onceEach(scanned, input.relations)];
  },
};

/** Other pages named with a sentence that many pages repeat; the rest are only counted. */
const NAMED_REPEATS = 3;

/**
 * A message documented on many pages repeats its sentences on each (an Operation's
 * "0-256 characters long." on every page that returns one): one finding, on the first page
 * by path, names a few of the others and counts the rest.
 */
function onceEach(drafts: Draft[], relations: Relations): Draft[] {
  const first = new Map<string, { draft: Draft; repeats: number }>();
  const bySource = (a: Draft, b: Draft): number => (a.place.source < b.place.source ? -1 : a.place.source > b.place.source ? 1 : a.place.line - b.place.line);
  for (const draft of [...drafts].sort(bySource)) {
    const seen = first.get(draft.message);
    if (!seen) first.set(draft.message, { draft: { ...draft, others: [] }, repeats: 0 });
    else if (draft.place.source !== seen.draft.place.source) {
      if (seen.repeats++ < NAMED_REPEATS) seen.draft.others.push(relations.other(seen.draft.place, draft.place));
    }
  }
  return [...first.values()].map(({ draft, repeats }) => (repeats === 0 ? draft : { ...draft, message: `${draft.message} (also on ${repeats} other page${repeats === 1 ? '' : 's'})` }));
}

const LIMIT_EN = /\b(?:max(?:imum)?|min(?:imum)?|at most|at least|no (?:more|less|fewer) than|not (?:more|less) than|up to|between|length|characters|limit|range|greater than|less than|exceed\w*|must be|allowed values?|acceptable values?|default (?:value|is)|by default|defaults to)\b/i;
const LIMIT_RU = /(?:максимальн|минимальн|не более|не менее|не больше|не меньше|длин|символ|диапазон|должн|превыша|больше|меньше|допустим|по умолчанию)/i;
// Numbers that are names or examples, not limits: link targets, code (`2006-01-02T15:04:05Z`) and standards (`RFC 3339`).
const NOT_A_LIMIT = /\]\([^)\n]*\)|`[^`\n]*`|\b(?:RFC|ISO)\s?\d+/gi;
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;

interface Described {
  what: string;
  text: LocalizedText;
  /** The extractor read this text for constraints already, and reported what it could not. */
  read: boolean;
  at: string;
}

async function scanPage(page: PageExtract, { texts }: LintInput): Promise<Draft[]> {
  const lang = page.source.lang;
  const lines = await texts.lines(page.source.path);
  const drafts: Draft[] = [];
  for (const item of describedOn(page)) {
    for (const sentence of unreadSentences(item.text[lang] ?? '', item.read)) {
      const at = placeOfRef(item.at);
      const place: Place = (lines === null ? null : locate(lines, firstLine(sentence), at.line, page.source.path)) ?? at;
      drafts.push({ rule: unreadConstraint.name, place, others: [], message: `${item.what}: constraint-like sentence no phrase rule reads: "${sentence}"` });
    }
  }
  return drafts;
}

function* describedOn(page: PageExtract): Generator<Described> {
  const path = page.source.path;
  for (const service of page.services) {
    for (const method of service.methods) yield { what: `${service.name}.${method.name}`, text: method.description, read: false, at: method.sources[0] ?? path };
  }
  for (const type of page.types) {
    const at = type.sources[0] ?? path;
    yield { what: type.id, text: type.description, read: false, at };
    if (type.kind === 'enum') for (const value of type.values) yield { what: `${type.id}.${value.name}`, text: value.description, read: false, at };
    else for (const field of type.fields) yield { what: `${type.id}.${field.jsonName}`, text: field.description, read: true, at };
  }
}

/** The sentences with a limit word and a number of which the phrase rows read nothing. */
function unreadSentences(text: string, readBefore: boolean): string[] {
  if (text === '') return [];
  return text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => (LIMIT_EN.test(sentence) || LIMIT_RU.test(sentence)) && /\d/.test(sentence.replace(NOT_A_LIMIT, '')))
    .filter((sentence) => {
      const facts = parseDescription(sentence);
      // What the extractor could not read in a field it reported itself.
      return !statesSomething(facts) && !(readBefore && facts.unparsed.length > 0);
    });
}

function statesSomething(facts: DescriptionFacts): boolean {
  return (
    facts.required ||
    Object.keys(facts.constraints).length > 0 ||
    facts.default !== undefined ||
    facts.allowedValues !== undefined ||
    facts.durationRule !== undefined ||
    facts.uniqueItems === true ||
    facts.oneofFields !== undefined ||
    facts.mapKey !== undefined ||
    facts.mapValue !== undefined
  );
}

const firstLine = (sentence: string): string => sentence.split('\n', 1)[0]!.slice(0, 60);
