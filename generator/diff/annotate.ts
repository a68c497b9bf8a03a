import type { DocsIr } from '../model/ir.ts';
import type { Change, RuleId } from './change.ts';
import { qualifiedMethod, splitMethod, type TypeUsers } from './users.ts';

export interface SideUsers {
  ir: DocsIr;
  users: TypeUsers;
}

/** Rules whose subject exists only on the old side: their page and methods are the old ones. */
const REMOVALS: ReadonlySet<RuleId> = new Set<RuleId>([
  'service-removed', 'method-removed', 'type-removed', 'http-binding-removed',
]);

/**
 * Fills in what a reader needs to find a change: every method it reaches, the HTTP route of
 * the first, and the page (path:line) that documents the changed thing.
 */
export function annotate(change: Change, before: SideUsers, after: SideUsers): void {
  const side = REMOVALS.has(change.rule) || (change.type !== null && !Object.hasOwn(after.ir.types, change.type)) ? before : after;
  const own = change.service !== null && change.method !== null ? qualifiedMethod(change.service, change.method) : null;
  change.affected = change.type !== null ? side.users.methodsReaching(change.type) : own !== null ? [own] : [];
  const first = own ?? change.affected[0] ?? null;
  if (own === null && first !== null) [change.service, change.method] = splitMethod(first);
  const method = first === null ? undefined : (side.users.method(first) ?? before.users.method(first))?.method;
  change.route = method?.http ? `${method.http.verb} ${method.http.path}` : null;
  const typeSources = change.type !== null && Object.hasOwn(side.ir.types, change.type) ? side.ir.types[change.type]!.sources : undefined;
  change.source = typeSources?.[0] ?? method?.sources[0] ?? null;
}
