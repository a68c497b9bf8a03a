import type { LintFormat } from './format.ts';

/** The report as JSON (`apirefLint: 1`), places as the user's paths (`docs/en/x.md:12:1`). */
export const jsonFormat: LintFormat = (report, places) => {
  const document = {
    apirefLint: 1,
    counts: report.counts,
    pages: report.pages.map((page) => ({
      source: page.source,
      findings: page.findings.map((finding) => ({
        rule: finding.rule,
        level: finding.level,
        place: places.place(finding.place.source, finding.place.line, finding.place.column),
        line: finding.place.line,
        column: finding.place.column,
        message: places.message(finding.message),
        others: finding.others.map((other) => ({ place: places.place(other.source, other.line, other.column), relation: other.relation })),
      })),
    })),
  };
  return JSON.stringify(document, null, 2) + '\n';
};
