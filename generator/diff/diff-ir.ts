import type { DocsIr, Method, Service } from '../model/ir.ts';
import type { Change, Direction } from './change.ts';
import { compareMethods, serviceWhere } from './compare-methods.ts';
import { compareText } from './compare-text.ts';
import { compareTypes } from './compare-types.ts';
import { type MethodPair, pairMethods, pairServices, TypePairing } from './pairing.ts';
import { type Reach, reachability } from './reachability.ts';
import { ChangeSink, type Where } from './sink.ts';
import { sortChanges } from './sort.ts';
import { annotate } from './annotate.ts';
import { foldCompanions } from './fold.ts';
import { compareSurfaces, type IdMap } from './surface.ts';
import { TypeUsers } from './users.ts';

/**
 * Every API change from `before` to `after`, classified. Sources and diagnostics are not
 * part of the API and are not compared. Types that only removed (or added) methods reach are
 * folded into the method's change rather than listed one by one.
 */
export function diffIr(before: DocsIr, after: DocsIr): Change[] {
  const sink = new ChangeSink();
  const methodPairs = compareServices(sink, before, after);
  const pairing = new TypePairing(before, after, methodPairs);
  const kept = (side: 'old' | 'new') => {
    const keys = new Set(methodPairs.map((pair) => methodKey(side === 'old' ? pair.oldService : pair.service, pair[side])));
    return (service: Service, method: Method) => keys.has(methodKey(service, method));
  };
  const reachBefore = reachability(before, kept('old'));
  const reachAfter = reachability(after, kept('new'));
  for (const pair of methodPairs) compareMethods(sink, pairing, pair.service, pair.old, pair.new);

  for (const [id, type] of Object.entries(before.types)) {
    const newId = pairing.newIdOf(id);
    if (newId !== null) {
      const where = typeWhere(newId, reachAfter.get(newId) ?? reachBefore.get(id), [reachBefore.get(id), reachAfter.get(newId)]);
      compareTypes(sink, pairing, where, type, after.types[newId]!);
    } else if (reachBefore.get(id)?.primary !== false) {
      sink.add('type-removed', typeWhere(id, reachBefore.get(id), [reachBefore.get(id)]), { subject: type.name, before: type.kind });
    }
  }
  for (const [id, type] of Object.entries(after.types)) {
    if (pairing.oldIdOf(id) !== null || reachAfter.get(id)?.primary === false) continue;
    sink.add('type-added', typeWhere(id, reachAfter.get(id), [reachAfter.get(id)]), { subject: type.name, after: type.kind });
  }
  compareSurfaces(sink, before, after, idMap(pairing, methodPairs));
  const sides = { before: { ir: before, users: new TypeUsers(before) }, after: { ir: after, users: new TypeUsers(after) } };
  const changes = foldCompanions(sink.changes, sides.before.users, sides.after.users, (id) => pairing.newIdOf(id));
  for (const change of changes) annotate(change, sides.before, sides.after);
  return sortChanges(changes);
}

function idMap(pairing: TypePairing, pairs: readonly PairedMethod[]): IdMap {
  const services = new Map(pairs.map((pair) => [pair.oldService.id, pair.service.id]));
  const methods = new Set(pairs.map((pair) => methodKey(pair.oldService, pair.old)));
  return {
    type: (id) => pairing.newIdOf(id),
    service: (id) => services.get(id) ?? null,
    method: (service, name) => methods.has(`${service}\u0000${name}`),
  };
}

interface PairedMethod extends MethodPair {
  oldService: Service;
}

function compareServices(sink: ChangeSink, before: DocsIr, after: DocsIr): PairedMethod[] {
  const services = pairServices(before.services, after.services);
  for (const service of services.removed) sink.add('service-removed', serviceWhere(service), { subject: service.name });
  for (const service of services.added) sink.add('service-added', serviceWhere(service), { subject: service.name });
  const pairs: PairedMethod[] = [];
  for (const [a, b] of services.pairs) {
    if (a.id !== b.id) sink.add('service-id-changed', serviceWhere(b), { subject: b.name, before: a.id, after: b.id });
    compareText(sink, serviceWhere(b), a.description, b.description, { subject: b.name });
    const methods = pairMethods(a.methods, b.methods);
    for (const method of methods.removed) sink.add('method-removed', serviceWhere(b, method.name), { subject: method.name });
    for (const method of methods.added) sink.add('method-added', serviceWhere(b, method.name), { subject: method.name });
    for (const [m, n] of methods.pairs) pairs.push({ oldService: a, service: b, old: m, new: n });
  }
  return pairs;
}

const methodKey = (service: Service, method: Method) => `${service.id}\u0000${method.name}`;

/**
 * A type's place in the report: the first method that reaches it, and the strictest
 * direction it travels in on either side (a message sent before and returned now is judged
 * as both).
 */
function typeWhere(id: string, at: Reach | undefined, sides: ReadonlyArray<Reach | undefined>): Where {
  return {
    direction: mergeDirections(sides.map((reach) => reach?.direction ?? null)),
    product: at?.product ?? null,
    service: at?.service ?? null,
    method: at?.method ?? null,
    type: id,
    path: at?.path ?? '',
  };
}

function mergeDirections(directions: ReadonlyArray<Direction | null>): Direction {
  const known = new Set(directions.filter((d): d is Direction => d !== null));
  if (known.size === 0) return 'none';
  if (known.has('both') || (known.has('request') && known.has('response'))) return 'both';
  return known.has('request') ? 'request' : 'response';
}
