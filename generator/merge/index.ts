import type { Diagnostic, DocsIr, LocalizedText, Method, Service, TypeDef } from '../model/ir.ts';
import type { PageExtract } from '../model/page.ts';
import { orderConstraints } from '../model/serialize.ts';
import { builtinType } from './builtins.ts';
import { chooseIds, compareRefs, type MergeContext, mergeText, mergeType } from './merge-types.ts';
import { comparePages, type MethodOccurrence, Occurrences, type TypeOccurrence } from './occurrences.ts';
import { detectPagination } from './pagination.ts';
import { unifyTypes } from './unify.ts';

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
  for (const [id, list] of byChosen) types.set(id, mergeType(id, list.sort((a, b) => comparePages(a.page, b.page)), context));
  for (const type of types.values()) if (type.kind === 'message') for (const field of type.fields) field.constraints = orderConstraints(field.constraints);

  const services = mergeServices(occurrences, context);
  addBuiltins(types, services, context);
  for (const service of services) for (const method of service.methods) method.pagination = detectPagination(method, types);

  return {
    irVersion: 1,
    sources: pages.map((page) => page.source).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    services: services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    types: Object.fromEntries([...types.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}

function mergeServices(occurrences: Occurrences, context: MergeContext): Service[] {
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

/** Types the pages point at but never document (`google.rpc.Status`, `google.protobuf.Empty`) get their standard definition. */
function addBuiltins(types: Map<string, TypeDef>, services: readonly Service[], context: MergeContext): void {
  const referenced = new Map<string, string>();
  for (const service of services) {
    for (const method of service.methods) {
      for (const id of [method.request, method.response, method.operation?.metadata, method.operation?.response]) {
        if (id) referenced.set(id, method.sources[0] ?? '');
      }
    }
  }
  for (const type of types.values()) {
    if (type.kind !== 'message') continue;
    for (const field of type.fields) if ('ref' in field.type) referenced.set(field.type.ref, type.sources[0] ?? '');
  }
  const byName = documentedByName(types, [...referenced.keys()].filter((id) => !types.has(id)), services);
  for (const [id, where] of [...referenced].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (types.has(id) || byName.has(id)) continue;
    const builtin = builtinType(id);
    if (builtin) {
      types.set(id, builtin);
      continue;
    }
    report(context, where, 'undocumented-type', `type ${id} is referred to but documented on no page; it is kept as a message without fields`);
    types.set(id, { kind: 'message', id, name: id.slice(id.lastIndexOf('.') + 1), description: {}, fields: [], oneofs: [], sources: [] });
  }
}

/**
 * A link to a section on another page (`[LogLevel.Level](#LogLevel)`) names its type only
 * by the end of its full name; where exactly one documented type ends that way, the
 * references are pointed at it.
 */
function documentedByName(types: Map<string, TypeDef>, dangling: readonly string[], services: readonly Service[]): Map<string, string> {
  const byLast = new Map<string, string[]>();
  for (const id of types.keys()) {
    const last = id.slice(id.lastIndexOf('.') + 1);
    const ids = byLast.get(last);
    if (ids) ids.push(id);
    else byLast.set(last, [id]);
  }
  const found = new Map<string, string>();
  for (const id of dangling) {
    const suffix = id.slice(id.indexOf('.') + 1);
    const candidates = (byLast.get(id.slice(id.lastIndexOf('.') + 1)) ?? []).filter((candidate) => candidate.endsWith(`.${suffix}`));
    if (candidates.length === 1 && candidates[0]) found.set(id, candidates[0]);
  }
  if (found.size === 0) return found;
  const retarget = (id: string): string => found.get(id) ?? id;
  for (const type of types.values()) {
    if (type.kind === 'message') for (const field of type.fields) if ('ref' in field.type) field.type = { ref: retarget(field.type.ref) };
  }
  for (const service of services) {
    for (const method of service.methods) {
      method.request = retarget(method.request);
      method.response = retarget(method.response);
      if (method.operation) method.operation = { metadata: method.operation.metadata && retarget(method.operation.metadata), response: method.operation.response && retarget(method.operation.response) };
    }
  }
  return found;
}

function report(context: MergeContext, at: string, code: string, message: string): void {
  const colon = at.lastIndexOf(':');
  context.report({ code, message, source: colon > 0 ? at.slice(0, colon) : at, line: Number(at.slice(colon + 1)) || 1, column: 1 });
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
