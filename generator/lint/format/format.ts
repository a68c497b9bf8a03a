import type { PlaceFormatter } from '../../cli/diagnostics.ts';
import type { OtherPlace } from '../finding.ts';
import type { LintReport } from '../run-lint.ts';

/** Turns a report into what one reader takes: a terminal, a markdown page, a program, a CI log. */
export type LintFormat = (report: LintReport, places: PlaceFormatter) => string;

export const otherOf = (other: OtherPlace, places: PlaceFormatter): string => `${places.place(other.source, other.line, other.column)} (${other.relation})`;

export function summaryOf(report: LintReport): string {
  const pages = report.pages.length;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(report.counts.error, 'error')}, ${plural(report.counts.warning, 'warning')} on ${plural(pages, 'page')}`;
}
