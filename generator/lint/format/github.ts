import { type LintFormat, otherOf } from './format.ts';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::…`), one a finding,
 * so that each shows on the pull request's lines. Paths are from the working directory,
 * which in a workflow is the repository's root.
 */
export const githubFormat: LintFormat = (report, places) => {
  const lines: string[] = [];
  for (const page of report.pages) {
    const file = places.place(page.source, 1, 1).replace(/:1:1$/, '');
    for (const finding of page.findings) {
      const also = finding.others.length === 0 ? '' : `\nalso: ${finding.others.map((other) => otherOf(other, places)).join(', ')}`;
      const properties = [`file=${property(file)}`, `line=${finding.place.line}`, `col=${finding.place.column}`, `title=${property(`apiref lint ${finding.rule}`)}`];
      lines.push(`::${finding.level} ${properties.join(',')}::${data(places.message(finding.message) + also)}`);
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
};

// The escapes GitHub's runner undoes (as actions/toolkit's command module writes them).
const data = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string): string => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
