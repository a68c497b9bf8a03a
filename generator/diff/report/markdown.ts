import type { Lang } from '../../model/ir.ts';
import { type Change, oasdiffLevel, type Severity, severities } from '../change.ts';
import type { Catalog } from './catalog.ts';
import { alsoAffected, type DiffReport, groupsOf, locationOf, messageOf, placeOf } from './report.ts';
import { catalogs } from './catalog.ts';

/** GitHub caps a comment at 65,536 characters; the rest is left to the full report. */
const BUDGET = 60_000;

/**
 * A pull-request comment: which sides were compared and the version the changes imply, then
 * the changes by severity (breaking first), product and service, each with its rule id,
 * route and page. Cut to GitHub's size, it says how many it left out and where they are.
 */
export function formatMarkdown(report: DiffReport, lang: Lang): string {
  const catalog = catalogs[lang];
  const out = [
    `## ${catalog.title}`,
    '',
    `**${catalog.summary(report.counts)}** — ${catalog.level(report.level, report.version)}`,
    '',
    `<sub>${catalog.compared(report.old, report.new)}</sub>`,
  ];
  if (report.changes.length === 0) out.push('', catalog.noChanges);
  let size = out.join('\n').length;
  for (const severity of severities) {
    const groups = groupsOf(report, severity);
    if (groups.length === 0) continue;
    const section: string[] = [];
    let shown = 0;
    for (const group of groups) {
      const heading = `#### ${group.product ?? catalog.unattached}${group.service ? ` · \`${group.service}\`` : ''}`;
      const items = group.changes.map((change) => item(catalog, report, change));
      const block = ['', heading, '', ...items].join('\n');
      if (size + block.length > BUDGET) break;
      size += block.length;
      section.push(block);
      shown += items.length;
    }
    const hidden = report.counts[severity] - shown;
    if (hidden > 0) section.push('', `${catalog.more(hidden)} — ${link(catalog.fullReport(report.fullReport), report.fullReport)}`);
    out.push('', ...wrap(severity, `${catalog.heading[severity]} (${report.counts[severity]})`, section));
  }
  return out.join('\n') + '\n';
}

function item(catalog: Catalog, report: DiffReport, change: Change): string {
  const head = `- **${oasdiffLevel[change.severity]}** \`[${change.rule}]\` \`${locationOf(change)}\`: ${messageOf(catalog, change)}`;
  if (change.severity === 'docs-only') return head;
  const details: string[] = [];
  const place = placeOf(report, change);
  const others = alsoAffected(change);
  if (change.route) details.push(catalog.route(`\`${change.route}\``));
  if (place) details.push(catalog.page(`\`${place}\``));
  if (others.length > 0) details.push(catalog.affects(others));
  if (change.accepted !== null) details.push(`**${catalog.accepted(change.accepted)}**`);
  return details.length > 0 ? `${head}<br>${details.join(' · ')}` : head;
}

function link(text: string, url: string | null): string {
  return url ? `[${text}](${url})` : text;
}

/** Docs-only changes fold away so that the API changes stay in view. */
function wrap(severity: Severity, title: string, body: string[]): string[] {
  if (severity !== 'docs-only') return [`### ${title}`, ...body];
  return ['<details>', `<summary>${title}</summary>`, ...body, '', '</details>'];
}
