import type { Change } from './change.ts';

/**
 * `managed-postgresql.ClusterService/ListBackups › backups[].journalSize`: where in the API a
 * change is, the key an accept file names it by. The subject is added where the path does
 * not end in it (an enum value, a oneof, a type).
 */
export function locationOf(change: Change): string {
  // The package's own exports are found by their module and name, not by a place in the API.
  if (change.rule.startsWith('export-')) return change.subject ?? '';
  const anchor = change.service !== null && change.method !== null ? `${change.service}/${change.method}` : (change.type ?? change.service ?? '');
  const path = change.path ? ` › ${change.path}` : '';
  const last = change.path ? change.path.slice(change.path.lastIndexOf('.') + 1).replace(/(\[\]|\{\})$/, '') : null;
  const named = change.subject !== null && change.subject !== change.method && change.subject !== last && !anchor.endsWith(`/${change.subject}`);
  return `${anchor}${path}${named ? ` #${change.subject}` : ''}`;
}
