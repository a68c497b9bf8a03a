import type { Lang } from '../../model/ir.ts';
import { severities } from '../change.ts';
import { type DiffReport, groupsOf, locationOf, messageOf } from './report.ts';
import { catalogs } from './catalog.ts';

/** A plain report for a terminal or a CI log. */
export function formatText(report: DiffReport, lang: Lang): string {
  const catalog = catalogs[lang];
  const lines = [`${catalog.title}: ${catalog.summary(report.counts)}; ${catalog.level(report.level)}`];
  if (report.changes.length === 0) lines.push(catalog.noChanges);
  for (const severity of severities) {
    const groups = groupsOf(report, severity);
    if (groups.length === 0) continue;
    lines.push('', `${catalog.heading[severity]} (${report.counts[severity]})`);
    for (const group of groups) {
      lines.push(`  ${group.product ?? catalog.unattached}${group.service ? ` · ${group.service}` : ''}`);
      for (const change of group.changes) {
        const where = locationOf(change);
        lines.push(`    ${where ? `${where}: ` : ''}${messageOf(catalog, change)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
