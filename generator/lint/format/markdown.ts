import { type LintFormat, otherOf, summaryOf } from './format.ts';

/** A section per page with a table of its findings: for an issue or a pull-request comment. */
export const markdownFormat: LintFormat = (report, places) => {
  const lines = [`# apiref lint: ${report.pages.length === 0 ? 'no findings' : summaryOf(report)}`];
  for (const page of report.pages) {
    lines.push('', `## \`${places.place(page.source, 1, 1).replace(/:1:1$/, '')}\``, '', '| Line:col | Level | Rule | Finding | Other places |', '| --- | --- | --- | --- | --- |');
    for (const finding of page.findings) {
      const others = finding.others.map((other) => `\`${otherOf(other, places)}\``).join('<br>');
      lines.push(`| ${finding.place.line}:${finding.place.column} | ${finding.level} | ${finding.rule} | ${cell(places.message(finding.message))} | ${others} |`);
    }
  }
  return lines.join('\n') + '\n';
};

/** Table cells hold one line, and a `|` of the text must not end the cell. */
const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
