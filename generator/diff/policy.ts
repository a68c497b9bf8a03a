import type { Change, RuleId, Severity } from './change.ts';
import { locationOf } from './location.ts';

/** A breaking change a team decided to ship, as oasdiff's --err-ignore: matched by rule and location. */
export interface AcceptEntry {
  rule: RuleId;
  location: string;
  reason: string;
}

/** The accept file (`apiref.accept.json`): accepted changes and per-rule severities. */
export interface Policy {
  accept: AcceptEntry[];
  severities: Partial<Record<RuleId, Severity>>;
}

export const EMPTY_POLICY: Policy = { accept: [], severities: {} };

/**
 * Applies the team's severities (a rule judged otherwise for this API, as oasdiff's
 * --severity-levels) and marks accepted changes with their reason. Returns new change objects.
 */
export function applyPolicy(changes: readonly Change[], policy: Policy): Change[] {
  const reasons = new Map(policy.accept.map((entry) => [`${entry.rule}\u0000${entry.location}`, entry.reason]));
  return changes.map((change) => ({
    ...change,
    severity: policy.severities[change.rule] ?? change.severity,
    accepted: reasons.get(`${change.rule}\u0000${locationOf(change)}`) ?? null,
  }));
}

/** Entries that match no change: a stale accept file hides nothing, but the team should know. */
export function unusedEntries(changes: readonly Change[], policy: Policy): AcceptEntry[] {
  const used = new Set(changes.map((change) => `${change.rule}\u0000${locationOf(change)}`));
  return policy.accept.filter((entry) => !used.has(`${entry.rule}\u0000${entry.location}`));
}
