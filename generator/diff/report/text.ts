import type { Lang } from '../../model/ir.ts';
import { type Change, oasdiffLevel, severities } from '../change.ts';
import { type Catalog } from './catalog.ts';
import { alsoAffected, type DiffReport, groupsOf, locationOf, messageOf, placeOf } from './report.ts';
import { catalogs } from './catalog.ts';

/**
 * A plain report for a terminal or a CI log, each change as oasdiff prints one: its level and
 * rule id, where it is, then the route, the page and the other methods it reaches.
 */
export function formatText(report: DiffReport, lang: Lang): string {
  const catalog = catalogs[lang];
  const lines = [
    `${catalog.title}: ${catalog.summary(report.counts)}; ${catalog.level(report.level, report.version)}`,
    `${catalog.compared(report.old, report.new)}`.replaceAll('`', ''),
  ];
  if (report.changes.length === 0) lines.push(catalog.noChanges);
  for (const severity of severities) {
    const groups = groupsOf(report, severity);
    if (groups.length === 0) continue;
    lines.push('', `${catalog.heading[severity]} (${report.counts[severity]})`);
    for (const group of groups) {
      lines.push(`  ${group.product ?? catalog.unattached}${group.service ? ` · ${group.service}` : ''}`);
      for (const change of group.changes) lines.push(...changeLines(catalog, report, change));
    }
  }
  return lines.join('\n') + '\n';
}

function changeLines(catalog: Catalog, report: DiffReport, change: Change): string[] {
  const lines = [`    ${oasdiffLevel[change.severity]} [${change.rule}] ${locationOf(change)}: ${messageOf(catalog, change)}`];
  if (change.severity === 'docs-only') return lines;
  const place = placeOf(report, change);
  const others = alsoAffected(change);
  if (change.route) lines.push(`        ${catalog.route(change.route)}`);
  if (place) lines.push(`        ${catalog.page(place)}`);
  if (others.length > 0) lines.push(`        ${catalog.affects(others)}`);
  if (change.accepted !== null) lines.push(`        ${catalog.accepted(change.accepted)}`);
  return lines;
}
