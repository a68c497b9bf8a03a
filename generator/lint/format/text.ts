import { type LintFormat, otherOf, summaryOf } from './format.ts';

/** A block per page: `line:col  level  rule  message`, the other places indented below. */
export const textFormat: LintFormat = (report, places) => {
  const lines: string[] = [];
  for (const page of report.pages) {
    lines.push(places.place(page.source, 1, 1).replace(/:1:1$/, ''));
    for (const finding of page.findings) {
      lines.push(`  ${finding.place.line}:${finding.place.column}  ${finding.level}  ${finding.rule}  ${places.message(finding.message)}`);
      for (const other of finding.others) lines.push(`      also: ${otherOf(other, places)}`);
    }
    lines.push('');
  }
  lines.push(report.pages.length === 0 ? 'no findings' : summaryOf(report));
  return lines.join('\n') + '\n';
};
