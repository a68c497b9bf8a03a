import type { Diagnostic } from '../../model/ir.ts';
import { namesOfJson, rowPlace } from '../field-place.ts';
import type { Draft, Level, Place } from '../finding.ts';
import type { LintInput, LintRule } from '../input.ts';
import { placeOfRef, placesIn } from '../refs.ts';

/**
 * A rule that shows the pipeline's own diagnostics of some codes (the merge's comparisons of
 * pages, the extractor's of phrases) as findings, with every other place the message names.
 * The merge places a field's finding at its message's heading; the places are moved onto
 * the field's row where the page has one.
 */
export function diagnosticView(name: string, codes: readonly string[], level: Level, about: string): LintRule {
  return {
    name,
    level,
    about,
    check: (input) => Promise.all(input.ir.diagnostics.filter((diagnostic) => codes.includes(diagnostic.code)).map((diagnostic) => draftOf(name, diagnostic, input))),
  };
}

// `yandex.cloud.x.Backup.createdAt: minLength is …`: the field a merge finding is about.
const FIELD_FINDING = /^[\w.]+\.(\w+): /;
// `… does not document journalSize (en/x.md:79), type (en/y.md:75)`: each missing field and where it is.
const MISSING_FIELD = /(\w+) \(((?:en|ru)\/[^\s()]{1,400}?\.md:\d+)\)/g;

async function draftOf(rule: string, diagnostic: Diagnostic, { relations, texts }: LintInput): Promise<Draft> {
  const heading: Place = { source: diagnostic.source, line: diagnostic.line, column: diagnostic.column };
  const aim = (at: Place, jsonName: string | undefined): Promise<Place> => (jsonName === undefined ? Promise.resolve(at) : rowPlace(texts, at, namesOfJson(jsonName)));
  let place = heading;
  let targets: { at: Place; field: string | undefined }[];
  if (diagnostic.code === 'field-set-differs') {
    targets = [...diagnostic.message.matchAll(MISSING_FIELD)].map((match) => ({ at: placeOfRef(match[2]!), field: match[1]! }));
  } else {
    const field = FIELD_FINDING.exec(diagnostic.message)?.[1];
    place = await aim(heading, field);
    targets = placesIn(diagnostic.message).filter((other) => other.source !== heading.source || other.line !== heading.line).map((at) => ({ at, field }));
  }
  const aimed = await Promise.all(targets.map(async ({ at, field }) => relations.other(place, await aim(at, field))));
  const seen = new Set<string>();
  const others = aimed.filter((other) => !seen.has(`${other.source}:${other.line}:${other.column}`) && seen.add(`${other.source}:${other.line}:${other.column}`));
  return { rule, place, others, message: diagnostic.message };
}
