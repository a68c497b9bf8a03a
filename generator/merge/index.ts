import type { Diagnostic, DocsIr, TypeDef } from '../model/ir.ts';
import { compareDiagnostics } from '../model/diagnostics.ts';
import type { PageExtract } from '../model/page.ts';
import { orderConstraints } from '../model/serialize.ts';
import type { MergeContext } from './context.ts';
import { mergeServices } from './merge-services.ts';
import { chooseIds, mergeType } from './merge-types.ts';
import { Occurrences, type TypeOccurrence } from './occurrences.ts';
import { inferListItems } from './list-items.ts';
import { detectPagination } from './pagination.ts';
import { dropUnreachable } from './prune.ts';
import { addBuiltins } from './undocumented.ts';
import { unifyTypes } from './unify.ts';

const STANDARD = /^google\.(?:protobuf|type)\./;

/**
 * Merges what every page says into one model: a service, method or type documented on
 * many pages (EN and RU, REST and gRPC) becomes one entry. Pure and order-independent:
 * the pages are ranked, never taken in the order given.
 */
export function mergePages(pages: readonly PageExtract[]): DocsIr {
  const occurrences = new Occurrences(pages);
  const sets = unifyTypes(occurrences);
  const chosen = chooseIds(occurrences, sets);
  const diagnostics: Diagnostic[] = pages.flatMap((page) => page.diagnostics);
  const context: MergeContext = {
    idOf: (id) => chosen.get(id) ?? id,
    report: (diagnostic) => diagnostics.push({ severity: 'warning', ...diagnostic }),
  };

  const types = new Map<string, TypeDef>();
  const byChosen = new Map<string, TypeOccurrence[]>();
  for (const [id, list] of occurrences.types) {
    const target = context.idOf(id);
    const merged = byChosen.get(target);
    if (merged) merged.push(...list);
    else byChosen.set(target, [...list]);
  }
  const rank = (entry: TypeOccurrence): number => occurrences.rank.get(entry.page)!;
  for (const [id, list] of byChosen) types.set(id, mergeType(id, list.sort((a, b) => rank(a) - rank(b)), context));
  for (const type of types.values()) if (type.kind === 'message') for (const field of type.fields) field.constraints = orderConstraints(field.constraints);

  const services = mergeServices(occurrences, types, context);
  addBuiltins(types, services, context);
  // A standard type a page documents in a section of its own (`## TimeOfDay {#google.type.TimeOfDay}`) is the model's well-known one.
  dropUnreachable(types, services, (id) => occurrences.types.get(id)?.[0]?.type.origin === 'anonymous' || STANDARD.test(id));
  const layouts = new Map(pages.map((page) => [page.source.path, page.source.layout]));
  for (const service of services) {
    for (const method of service.methods) {
      inferListItems(method, types, (path) => layouts.get(path), context);
      method.pagination = detectPagination(method, types);
    }
  }

  return {
    irVersion: 1,
    sources: pages.map((page) => page.source).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    services: services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    types: Object.fromEntries([...types.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}
