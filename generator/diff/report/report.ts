import type { Change, Severity } from '../change.ts';
import { impliedLevel, type Level } from '../semver.ts';
import type { Catalog } from './catalog.ts';

/** A diff ready to print: its changes (sorted), their counts and the release they call for. */
export interface DiffReport {
  old: string;
  new: string;
  changes: Change[];
  counts: Record<Severity, number>;
  level: Level;
}

export function makeReport(old: string, after: string, changes: Change[]): DiffReport {
  const counts = { breaking: 0, 'non-breaking': 0, 'docs-only': 0 };
  for (const change of changes) counts[change.severity]++;
  return { old, new: after, changes, counts, level: impliedLevel(changes) };
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

/** `ListBackups › backups[].journalSize`: where in the API a change is. */
export function locationOf(change: Change): string {
  const path = change.path ? ` › ${change.path}` : '';
  if (change.method) return `${change.method}${path}`;
  return change.path ?? '';
}

export function messageOf(catalog: Catalog, change: Change): string {
  const text = catalog.message[change.rule](change);
  const inType = change.type && change.rule !== 'type-id-changed' ? ` · ${catalog.inType(change.type)}` : '';
  return text + inType;
}
