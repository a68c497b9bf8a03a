import type { LocalizedText, Method, Service, TypeDef } from '../model/ir.ts';
import { apiQualifier } from '../model/api-folder.ts';
import { packageProduct } from '../model/docs-paths.ts';
import { bindBodyField } from './body-field.ts';
import { type MergeContext, mergeSources, mergeText, report } from './context.ts';
import type { MethodOccurrence, Occurrences } from './occurrences.ts';

/** One service per API (see apiFolder) and name, with methods merged across the pages that document them. */
export function mergeServices(occurrences: Occurrences, types: ReadonlyMap<string, TypeDef>, context: MergeContext): Service[] {
  const services: Service[] = [];
  const byProduct = new Map<Service, string>();
  const packages = apiPackages(occurrences);
  for (const methods of occurrences.methods.values()) {
    const all = [...methods.values()].flat();
    const first = all[0];
    if (!first) continue;
    const pkg = servicePackage(all, packages, packages.main.get(apiKey(first)) ?? null);
    const productId = [first.product, apiQualifier(first.page.source.path, first.product), first.serviceName].filter(Boolean).join('.');
    const service: Service = {
      id: pkg ? `${pkg}.${first.serviceName}` : productId,
      name: first.serviceName,
      product: first.product,
      description: all.reduce<LocalizedText>((text, entry) => mergeText(text, entry.service.description), {}),
      methods: [...methods.values()].map((list) => mergeMethod(list, types, context)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    };
    services.push(service);
    byProduct.set(service, productId);
  }
  return withUniqueIds(services, byProduct);
}

const apiKey = (entry: MethodOccurrence): string => `${entry.product}\u0000${entry.api}`;

interface ApiPackages {
  /** Packages whose messages pages of several APIs show (`yandex.cloud.access`, `yandex.cloud.maintenance.v2`). */
  shared: Set<string>;
  /** Each API's package most of its method pages show, shared ones aside. */
  main: Map<string, string>;
}

/** What the method pages show of packages (by their request's, else operation's or response's, full name). */
function apiPackages(occurrences: Occurrences): ApiPackages {
  const votes = new Map<string, Map<string, number>>();
  const apisOf = new Map<string, Set<string>>();
  for (const methods of occurrences.methods.values()) {
    for (const list of methods.values()) {
      for (const entry of list) {
        const pkg = entry.service.package;
        if (!pkg) continue;
        vote(votes, apiKey(entry), pkg);
        apisOf.set(pkg, (apisOf.get(pkg) ?? new Set()).add(apiKey(entry)));
      }
    }
  }
  const shared = new Set([...apisOf].filter(([, apis]) => apis.size > 1).map(([pkg]) => pkg));
  const main = new Map<string, string>();
  for (const [api, counts] of votes) {
    const own = new Map([...counts].filter(([pkg]) => !shared.has(pkg)));
    if (own.size > 0) main.set(api, mostVoted(own));
  }
  return { shared, main };
}

/**
 * A service's package is the one most of its pages show, packages shared by several APIs
 * aside: a page whose request is a common package's message (resource-manager's
 * `ListAccessBindings` takes a `yandex.cloud.access` request; every managed database's
 * `MaintenanceService` takes `yandex.cloud.maintenance.v2` ones) does not move its service
 * there. A service whose every page shows a shared package of another product than its API's
 * main package is in that main package, and so is one whose pages show none (legacy pages
 * name no types) beside services of its API that do.
 */
function servicePackage(entries: readonly MethodOccurrence[], packages: ApiPackages, main: string | null): string | null {
  const own = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const { service } of entries) if (service.package) count(packages.shared.has(service.package) ? shared : own, service.package);
  if (own.size > 0) return mostVoted(own);
  if (shared.size === 0) return main;
  const common = mostVoted(shared);
  return main !== null && packageProduct(main) !== packageProduct(common) ? main : common;
}

function vote(votes: Map<string, Map<string, number>>, key: string, pkg: string): void {
  let counts = votes.get(key);
  if (!counts) votes.set(key, (counts = new Map()));
  count(counts, pkg);
}

const count = (counts: Map<string, number>, pkg: string): void => void counts.set(pkg, (counts.get(pkg) ?? 0) + 1);

/** The package with most votes; a tie goes to the first name in order, so the pages' order never decides. */
function mostVoted(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? '';
}

/**
 * Services of several products can still share a package (where no page of theirs shows their
 * own). The package then names no single service, so each is known by its product and API
 * (`managed-mysql.MaintenanceService`, `datasphere.v1.ProjectService`) instead.
 */
function withUniqueIds(services: Service[], byProduct: ReadonlyMap<Service, string>): Service[] {
  const count = new Map<string, number>();
  for (const service of services) count.set(service.id, (count.get(service.id) ?? 0) + 1);
  for (const service of services) if ((count.get(service.id) ?? 0) > 1) service.id = byProduct.get(service) ?? service.id;
  return services;
}

function mergeMethod(list: readonly MethodOccurrence[], types: ReadonlyMap<string, TypeDef>, context: MergeContext): Method {
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
  method.sources = mergeSources([method]);
  const bodyType = list.find((entry) => entry.method.bodyType)?.method.bodyType;
  if (bodyType) bindBodyField(method, context.idOf(bodyType), types, context);
  return method;
}

function mapOperation(operation: Method['operation'], context: MergeContext): Method['operation'] {
  if (!operation) return null;
  return {
    metadata: operation.metadata === null ? null : context.idOf(operation.metadata),
    response: operation.response === null ? null : context.idOf(operation.response),
  };
}
