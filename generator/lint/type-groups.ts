import { chooseIds } from '../merge/merge-types.ts';
import { comparePages, Occurrences } from '../merge/occurrences.ts';
import { unifyTypes } from '../merge/unify.ts';
import type { PageEnum, PageExtract, PageMessage, PageType } from '../model/page.ts';
import { placeOfRef } from './refs.ts';
import type { Place } from './finding.ts';

/** One page's statement of a type the merge makes one: the type as that page has it, and where. */
export interface Statement<T extends PageType> {
  type: T;
  page: string;
  at: Place;
}

export interface TypeGroups {
  messages: Map<string, Statement<PageMessage>[]>;
  enums: Map<string, Statement<PageEnum>[]>;
}

/**
 * The pages' types grouped by the id the merge gives them (the merge's own unification), so
 * a rule compares what each page says of one message or enum. Pages come in the merge's rank.
 */
export function groupTypes(pages: readonly PageExtract[]): TypeGroups {
  const occurrences = new Occurrences(pages);
  const chosen = chooseIds(occurrences, unifyTypes(occurrences));
  const rank = new Map([...pages].sort(comparePages).map((page, index) => [page.source.path, index]));
  const groups: TypeGroups = { messages: new Map(), enums: new Map() };
  for (const [id, list] of occurrences.types) {
    const target = chosen.get(id) ?? id;
    for (const { type, page } of list) {
      const statement = { type, page: page.source.path, at: placeOfRef(type.sources[0] ?? page.source.path) };
      if (type.kind === 'message') push(groups.messages, target, statement as Statement<PageMessage>);
      else push(groups.enums, target, statement as Statement<PageEnum>);
    }
  }
  const byRank = (a: Statement<PageType>, b: Statement<PageType>): number => (rank.get(a.page) ?? 0) - (rank.get(b.page) ?? 0) || a.at.line - b.at.line;
  for (const list of [...groups.messages.values(), ...groups.enums.values()]) list.sort(byRank);
  return groups;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
