import { CUES_EN, CUES_RU, type Cue } from './cues.ts';
import { type DescriptionFacts, FactsBuilder } from './facts.ts';
import { PHRASES, type PhraseRow } from './patterns.ts';
import { type PreparedText, prepareText, sentenceAround } from './text.ts';

const CYRILLIC = /[\u0400-\u04FF]/;
const EN_ROWS = PHRASES.filter((row) => row.lang === 'en');
const ALL_ROWS = PHRASES;
const ALL_CUES = [...CUES_EN, ...CUES_RU];
// Most descriptions state no constraint; one pass over the text finds whether any hint occurs.
const ANY_HINT = new RegExp([...PHRASES.map((row) => row.cue), ...ALL_CUES.map((cue) => cue.hint)].map(escapeRegExp).join('|'));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What the generated sentences of a field description state (see patterns.ts for the forms). */
export function parseDescription(markdown: string): DescriptionFacts {
  return run(markdown).facts;
}

/** The ids of the phrase rows that matched, in table order: for tests and for tracing a result. */
export function tracePhrases(markdown: string): string[] {
  return run(markdown).rows.map((row) => `${row.lang}:${row.id}`);
}

function run(markdown: string): { facts: DescriptionFacts; rows: PhraseRow[] } {
  const prepared = prepareText(markdown);
  const { text } = prepared;
  // Cues are matched against single-spaced lower case: the docs break phrases across lines.
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const facts = new FactsBuilder(text);
  const matched: number[] = [];
  const rows: PhraseRow[] = [];
  if (!ANY_HINT.test(lower)) return { facts: facts.build(), rows };
  // Russian sentences need Cyrillic; English ones also occur on RU pages, so they always run.
  const russian = CYRILLIC.test(text);
  for (const row of russian ? ALL_ROWS : EN_ROWS) {
    if (!lower.includes(row.cue)) continue;
    const regex = row.regex;
    regex.lastIndex = 0;
    let hit = false;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      row.apply(match, facts);
      matched.push(match.index, match.index + match[0].length);
      hit = true;
    }
    if (hit) rows.push(row);
  }
  reportUnmatchedCues(prepared, lower, russian ? ALL_CUES : CUES_EN, matched, facts);
  return { facts: facts.build(), rows };
}

function reportUnmatchedCues(prepared: PreparedText, lower: string, cues: readonly Cue[], matched: readonly number[], facts: FactsBuilder): void {
  const spans = byStart(matched);
  for (const { hint, regex } of cues) {
    if (!lower.includes(hint)) continue;
    const isCovered = coverage(spans);
    // Hits come in order; one inside the sentence just reported is that sentence again, and
    // finding it anew would rescan the sentence once per hit (quadratic on repeated cue words).
    let reportedEnd = -1;
    regex.lastIndex = 0;
    for (let hit = regex.exec(prepared.text); hit; hit = regex.exec(prepared.text)) {
      if (hit.index < reportedEnd || isCovered(hit.index)) continue;
      const { start, end } = sentenceAround(prepared, hit.index);
      facts.notUnderstood(prepared.source.slice(start, end).trim(), start);
      reportedEnd = end;
    }
  }
  facts.unparsed.sort((a, b) => a.offset - b.offset);
}

/** Matched [start, end) pairs sorted by start. */
function byStart(matched: readonly number[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < matched.length; i += 2) spans.push([matched[i] ?? 0, matched[i + 1] ?? 0]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Whether an offset lies in a matched span, for offsets asked in increasing order: one sweep. */
function coverage(spans: ReadonlyArray<[number, number]>): (at: number) => boolean {
  let next = 0;
  let reach = 0;
  return (at) => {
    for (; next < spans.length && (spans[next]?.[0] ?? 0) <= at; next++) reach = Math.max(reach, spans[next]?.[1] ?? 0);
    return at < reach;
  };
}
