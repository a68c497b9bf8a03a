import type { Diagnostic } from '../../model/ir.ts';
import type { Draft, Level, Place, Relations } from '../finding.ts';
import type { LintRule } from '../input.ts';
import { placesIn } from '../refs.ts';

/**
 * A rule that shows the pipeline's own diagnostics of some codes (the merge's comparisons of
 * pages, the extractor's of phrases) as findings, with every other place the message names.
 */
export function diagnosticView(name: string, codes: readonly string[], level: Level, about: string): LintRule {
  return {
    name,
    level,
    about,
    check: ({ ir, relations }) => ir.diagnostics.filter((diagnostic) => codes.includes(diagnostic.code)).map((diagnostic) => draftOf(name, diagnostic, relations)),
  };
}

function draftOf(rule: string, diagnostic: Diagnostic, relations: Relations): Draft {
  const place: Place = { source: diagnostic.source, line: diagnostic.line, column: diagnostic.column };
  const others = placesIn(diagnostic.message)
    .filter((other) => other.source !== place.source || other.line !== place.line)
    .map((other) => relations.other(place, other));
  return { rule, place, others, message: diagnostic.message };
}
