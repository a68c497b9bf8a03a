import type { Lang } from '../../model/ir.ts';
import { type Severity, severities } from '../change.ts';
import { type DiffReport, groupsOf, locationOf, messageOf } from './report.ts';
import { catalogs } from './catalog.ts';

/** GitHub caps a comment at 65,536 characters; the rest is left to the JSON report. */
const BUDGET = 60_000;

/** A pull-request comment: by severity (breaking first), then product and service. */
export function formatMarkdown(report: DiffReport, lang: Lang): string {
  const catalog = catalogs[lang];
  const out = [`## ${catalog.title}`, '', `**${catalog.summary(report.counts)}** — ${catalog.level(report.level)}`];
  if (report.changes.length === 0) out.push('', catalog.noChanges);
  let size = out.join('\n').length;
  for (const severity of severities) {
    const groups = groupsOf(report, severity);
    if (groups.length === 0) continue;
    const section: string[] = [];
    let shown = 0;
    for (const group of groups) {
      const heading = `#### ${group.product ?? catalog.unattached}${group.service ? ` · \`${group.service}\`` : ''}`;
      const items = group.changes.map((change) => {
        const where = locationOf(change);
        return `- ${where ? `\`${where}\`: ` : ''}${messageOf(catalog, change)}`;
      });
      const block = ['', heading, '', ...items].join('\n');
      if (size + block.length > BUDGET) break;
      size += block.length;
      section.push(block);
      shown += items.length;
    }
    const hidden = report.counts[severity] - shown;
    if (hidden > 0) section.push('', catalog.more(hidden));
    out.push('', ...wrap(severity, `${catalog.heading[severity]} (${report.counts[severity]})`, section));
  }
  return out.join('\n') + '\n';
}

/** Docs-only changes fold away so that the API changes stay in view. */
function wrap(severity: Severity, title: string, body: string[]): string[] {
  if (severity !== 'docs-only') return [`### ${title}`, ...body];
  return ['<details>', `<summary>${title}</summary>`, ...body, '', '</details>'];
}
