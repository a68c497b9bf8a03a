import type { TypeDef } from '../model/ir.ts';
import type { PageEnum, PageMessage } from '../model/page.ts';
import type { MergeContext } from './context.ts';
import { mergeEnum } from './merge-enum.ts';
import { mergeMessage } from './merge-message.ts';
import type { Occurrences, TypeOccurrence } from './occurrences.ts';
import type { UnionFind } from './union-find.ts';

const ORIGIN_RANK = { qualified: 0, named: 1, anonymous: 2 } as const;

/** The id a set of unified page types is known by: its full name where any page gives one. */
export function chooseIds(occurrences: Occurrences, sets: UnionFind): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const ids of sets.groups(occurrences.types.keys()).values()) {
    const best = [...ids].sort((a, b) => rank(a, occurrences) - rank(b, occurrences) || (a < b ? -1 : 1))[0] ?? '';
    for (const id of ids) chosen.set(id, best);
  }
  return chosen;
}

const rank = (id: string, occurrences: Occurrences): number => ORIGIN_RANK[occurrences.types.get(id)?.[0]?.type.origin ?? 'anonymous'];

/** One model type from every page occurrence of the ids that were unified into it. */
export function mergeType(id: string, list: readonly TypeOccurrence[], context: MergeContext): TypeDef {
  const first = list[0]?.type;
  if (first?.kind === 'enum') return mergeEnum(id, list.map((entry) => entry.type).filter((type): type is PageEnum => type.kind === 'enum'));
  const messages = list.filter((entry): entry is TypeOccurrence & { type: PageMessage } => entry.type.kind === 'message');
  return mergeMessage(id, messages, context);
}
