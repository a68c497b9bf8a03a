import type { Change } from './change.ts';
import { severities } from './change.ts';
import { ruleIds } from './rules.ts';

const LAST = '\uffff';

/** Breaking first, then by product, service, method, path and rule; code-point order, so locale-free. */
export function sortChanges(changes: readonly Change[]): Change[] {
  const keyed = changes.map((change) => ({ change, key: sortKey(change) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map(({ change }) => change);
}

function sortKey(change: Change): Array<string | number> {
  return [
    severities.indexOf(change.severity),
    change.product ?? LAST,
    change.service ?? LAST,
    change.method ?? LAST,
    change.path ?? '',
    change.type ?? '',
    ruleIds.indexOf(change.rule),
    change.subject ?? '',
    change.lang ?? '',
    change.before ?? '',
    change.after ?? '',
  ];
}

function compareKeys(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}
