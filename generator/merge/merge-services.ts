import type { LocalizedText, Method, Service } from '../model/ir.ts';
import { compareRefs, type MergeContext, mergeText, report } from './context.ts';
import type { MethodOccurrence, Occurrences } from './occurrences.ts';

/** One service per product and name, with methods merged across the pages that document them. */
export function mergeServices(occurrences: Occurrences, context: MergeContext): Service[] {
  const services: Service[] = [];
  for (const methods of occurrences.methods.values()) {
    const all = [...methods.values()].flat();
    const first = all[0];
    if (!first) continue;
    const pkg = all.map((entry) => entry.service.package).find((found) => found !== null);
    services.push({
      id: pkg ? `${pkg}.${first.serviceName}` : `${first.product}.${first.serviceName}`,
      name: first.serviceName,
      product: first.product,
      description: all.reduce<LocalizedText>((text, entry) => mergeText(text, entry.service.description), {}),
      methods: [...methods.values()].map((list) => mergeMethod(list, context)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    });
  }
  return withUniqueIds(services);
}

/**
 * Services of several products can share their messages' package (every managed product's
 * `MaintenanceService` takes `yandex.cloud.maintenance.v2` requests). The package then names
 * no single service, so each is known by its product instead.
 */
function withUniqueIds(services: Service[]): Service[] {
  const count = new Map<string, number>();
  for (const service of services) count.set(service.id, (count.get(service.id) ?? 0) + 1);
  for (const service of services) if ((count.get(service.id) ?? 0) > 1) service.id = `${service.product}.${service.name}`;
  return services;
}

function mergeMethod(list: readonly MethodOccurrence[], context: MergeContext): Method {
  const [first, ...rest] = list as [MethodOccurrence, ...MethodOccurrence[]];
  const method: Method = {
    name: first.method.name,
    description: { ...first.method.description },
    request: context.idOf(first.method.request),
    response: context.idOf(first.method.response),
    clientStreaming: first.method.clientStreaming,
    serverStreaming: first.method.serverStreaming,
    http: first.method.http,
    operation: mapOperation(first.method.operation, context),
    pagination: null,
    sources: [...first.method.sources],
  };
  for (const { method: other } of rest) {
    method.description = mergeText(method.description, other.description);
    method.http ??= other.http;
    method.clientStreaming ||= other.clientStreaming;
    method.serverStreaming ||= other.serverStreaming;
    const operation = mapOperation(other.operation, context);
    if (operation) method.operation = { metadata: method.operation?.metadata ?? operation.metadata, response: method.operation?.response ?? operation.response };
    for (const [part, mine, theirs] of [['request', method.request, context.idOf(other.request)], ['response', method.response, context.idOf(other.response)]] as const) {
      if (mine !== theirs) report(context, other.sources[0] ?? '', 'conflicting-method-type', `${method.name}: ${part} is ${mine} at ${method.sources[0]}, ${theirs} here`);
    }
    method.sources.push(...other.sources);
  }
  method.sources = [...new Set(method.sources)].sort(compareRefs);
  return method;
}

function mapOperation(operation: Method['operation'], context: MergeContext): Method['operation'] {
  if (!operation) return null;
  return {
    metadata: operation.metadata === null ? null : context.idOf(operation.metadata),
    response: operation.response === null ? null : context.idOf(operation.response),
  };
}
