import type { Change, Severity } from '../change.ts';
import { impliedLevel, type Level } from '../semver.ts';
import { applyPolicy, type Policy } from '../policy.ts';
import { sortChanges } from '../sort.ts';
import type { Catalog } from './catalog.ts';

/** The version a report's changes lead to: from the last release's, by `bump`'s rules. */
export interface VersionStep {
  from: string;
  to: string;
}

/** A diff ready to print: its changes (sorted), their counts and the release they call for. */
export interface DiffReport {
  old: string;
  new: string;
  changes: Change[];
  counts: Record<Severity, number>;
  /** Breaking changes the accept file lets through: counted above, not failed on. */
  accepted: number;
  level: Level;
  version: VersionStep | null;
  /** What page paths (`en/…md:12`) get in front to open from where the user stands (`docs/`). */
  placePrefix: string;
  /** Where the whole report is, for a markdown comment cut to GitHub's size. */
  fullReport: string | null;
}

export interface ReportContext {
  policy?: Policy;
  version?: (level: Level) => VersionStep | null;
  placePrefix?: string;
  fullReport?: string | null;
}

export function makeReport(old: string, after: string, changes: Change[], context: ReportContext = {}): DiffReport {
  // A team's severities can move a change to another section: sort again.
  const judged = context.policy ? sortChanges(applyPolicy(changes, context.policy)) : changes;
  const counts = { breaking: 0, warning: 0, 'non-breaking': 0, 'docs-only': 0 };
  for (const change of judged) counts[change.severity]++;
  const level = impliedLevel(judged);
  return {
    old,
    new: after,
    changes: judged,
    counts,
    accepted: judged.filter((change) => change.severity === 'breaking' && change.accepted !== null).length,
    level,
    version: context.version?.(level) ?? null,
    placePrefix: context.placePrefix ?? '',
    fullReport: context.fullReport ?? null,
  };
}

export interface ServiceGroup {
  product: string | null;
  service: string | null;
  changes: Change[];
}

/** The changes of one severity by product and service, in report order (changes come sorted). */
export function groupsOf(report: DiffReport, severity: Severity): ServiceGroup[] {
  const groups: ServiceGroup[] = [];
  for (const change of report.changes) {
    if (change.severity !== severity) continue;
    const last = groups.at(-1);
    if (last && last.product === change.product && last.service === change.service) last.changes.push(change);
    else groups.push({ product: change.product, service: change.service, changes: [change] });
  }
  return groups;
}

export { locationOf } from '../location.ts';

/** `docs/en/…/get.md:12`, or null where the change has no page. */
export function placeOf(report: DiffReport, change: Change): string | null {
  return change.source === null ? null : `${report.placePrefix}${change.source}`;
}

/** The methods a change reaches besides its first, which its location already names. */
export function alsoAffected(change: Change): string[] {
  const first = change.service !== null && change.method !== null ? `${change.service}/${change.method}` : null;
  return change.affected.filter((name) => name !== first);
}

export function messageOf(catalog: Catalog, change: Change): string {
  const text = catalog.message[change.rule](change);
  const inType = change.type && change.rule !== 'type-id-changed' && !change.rule.startsWith('export-') ? ` · ${catalog.inType(change.type)}` : '';
  const also = change.also.length > 0 ? ` · ${catalog.also(change.also)}` : '';
  return text + inType + also;
}

/** Breaking changes not accepted: what `--fail-on breaking` fails on. */
export function unacceptedBreaking(report: DiffReport): number {
  return report.counts.breaking - report.accepted;
}
