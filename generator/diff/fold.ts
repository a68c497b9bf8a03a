import type { Change, RuleId } from './change.ts';
import type { TypeUsers } from './users.ts';

/**
 * One change per cause: a type that went only because the fields holding it went (a removed
 * field's enum, and that enum's own nested types) is named in the field's change instead of
 * being a change of its own; likewise a type that came with an added field.
 */
export function foldCompanions(changes: Change[], oldUsers: TypeUsers, newUsers: TypeUsers, oldToNew: (id: string) => string | null): Change[] {
  const folded = new Set<Change>();
  fold(changes, 'type-removed', ['field-removed'], oldUsers, oldToNew, folded);
  fold(changes, 'type-added', ['field-added', 'required-field-added'], newUsers, (id) => id, folded);
  return changes.filter((change) => !folded.has(change));
}

function fold(
  changes: Change[],
  typeRule: RuleId,
  fieldRules: readonly RuleId[],
  users: TypeUsers,
  holderId: (id: string) => string | null,
  folded: Set<Change>,
): void {
  const byField = new Map<string, Change>();
  for (const change of changes) if (fieldRules.includes(change.rule)) byField.set(`${change.type}\u0000${change.subject}`, change);
  const typeChanges = new Map(changes.filter((c) => c.rule === typeRule && c.type !== null).map((c) => [c.type!, c]));
  const absorbedBy = new Map<string, Change>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const [id, change] of typeChanges) {
      if (absorbedBy.has(id)) continue;
      const owner = ownerOf(users, id, holderId, byField, absorbedBy);
      if (!owner) continue;
      owner.also.push(id);
      absorbedBy.set(id, owner);
      folded.add(change);
      progress = true;
    }
  }
}

/** The change every holder of `id` went with, if they all went with one (the first such). */
function ownerOf(users: TypeUsers, id: string, holderId: (id: string) => string | null, byField: Map<string, Change>, absorbedBy: Map<string, Change>): Change | null {
  const holders = users.holders(id);
  if (holders.length === 0) return null;
  let owner: Change | null = null;
  for (const holder of holders) {
    const found = byField.get(`${holderId(holder.type)}\u0000${holder.field}`) ?? absorbedBy.get(holder.type);
    if (!found) return null;
    owner ??= found;
  }
  return owner;
}
