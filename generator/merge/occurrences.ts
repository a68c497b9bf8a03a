import { pageLayoutNamed } from '../extract/layouts/registry.ts';
import type { Layout } from '../model/ir.ts';
import { docsFolder, docsTree, packageProduct, restProduct } from '../model/docs-paths.ts';
import { apiFolder } from '../model/api-folder.ts';
import type { PageExtract, PageMethod, PageService, PageType } from '../model/page.ts';

export interface TypeOccurrence {
  type: PageType;
  page: PageExtract;
}

export interface MethodOccurrence {
  method: PageMethod;
  service: PageService;
  page: PageExtract;
  /** The service's product once REST-path products are mapped to docs folders (see productAliases). */
  product: string;
  /** The service's name once REST resource names are matched to gRPC services (see serviceNameOf). */
  serviceName: string;
  /** The API the page documents within its product (see apiFolder). */
  api: string;
}

const layoutRanks = new Map<Layout, number>();

/** gRPC before REST, then newer before legacy; a page in no layout last. */
function layoutRank(layout: Layout): number {
  let rank = layoutRanks.get(layout);
  if (rank === undefined) {
    const entry = pageLayoutNamed(layout);
    rank = entry ? (entry.protocol === 'grpc' ? 0 : 2) + (entry.legacy ? 1 : 0) : 4;
    layoutRanks.set(layout, rank);
  }
  return rank;
}

/**
 * Which page speaks first where pages disagree: gRPC pages name fields and types as the
 * protobuf does, newer layouts before legacy ones, English before Russian, then by path.
 */
export function comparePages(a: PageExtract, b: PageExtract): number {
  return (
    layoutRank(a.source.layout) - layoutRank(b.source.layout) ||
    (a.source.lang === b.source.lang ? 0 : a.source.lang === 'en' ? -1 : 1) ||
    (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0)
  );
}

const serviceKey = (product: string, name: string, api = ''): string => `${product}\u0000${name}\u0000${api}`;

/** Everything the pages say, indexed by type id and by service and method. */
export class Occurrences {
  readonly types = new Map<string, TypeOccurrence[]>();
  readonly methods = new Map<string, Map<string, MethodOccurrence[]>>();
  /** Each page's place in the `comparePages` order: the lists here are in it, and lists joined from them are sorted by it. */
  readonly rank = new Map<PageExtract, number>();

  constructor(pages: readonly PageExtract[]) {
    const ranked = [...pages].sort(comparePages);
    for (const [index, page] of ranked.entries()) this.rank.set(page, index);
    const aliases = productAliases(ranked);
    const productOf = (page: PageExtract, service: PageService): string => (isLegacyTree(page) ? aliases(service.product) : service.product);
    const grpcServices = new Set<string>();
    for (const page of ranked) {
      if (!isRest(page)) for (const service of page.services) grpcServices.add(serviceKey(productOf(page, service), service.name));
    }
    const named = (page: PageExtract, service: PageService): [string, string] => {
      const product = productOf(page, service);
      return [product, isRest(page) ? serviceNameOf(product, service.name, grpcServices) : service.name];
    };
    const apis = new KnownApis();
    for (const page of ranked) {
      const api = apiFolder(page.source.path);
      if (api !== null) for (const service of page.services) apis.add(serviceKey(...named(page, service)), api, service.package);
    }
    for (const page of ranked) {
      for (const type of page.types) push(this.types, type.id, { type, page });
      for (const service of page.services) {
        const [product, serviceName] = named(page, service);
        const api = apiFolder(page.source.path) ?? apis.likeliest(serviceKey(product, serviceName), service.package);
        const key = serviceKey(product, serviceName, api);
        let methods = this.methods.get(key);
        if (!methods) this.methods.set(key, (methods = new Map()));
        for (const method of service.methods) push(methods, method.name, { method, service, page, product, serviceName, api });
      }
    }
  }
}

/**
 * The APIs that current-layout pages file each product's service under. A legacy page names
 * no API: it joins the one its package says, else the product's main API (no subfolder or
 * version folder: the shortest name).
 */
class KnownApis {
  private readonly byService = new Map<string, Map<string, string | null>>();

  add(service: string, api: string, pkg: string | null): void {
    let apis = this.byService.get(service);
    if (!apis) this.byService.set(service, (apis = new Map()));
    if (!apis.get(api)) apis.set(api, pkg);
  }

  likeliest(service: string, pkg: string | null): string {
    const apis = [...(this.byService.get(service) ?? [])];
    const byPackage = pkg === null ? undefined : apis.find(([, known]) => known === pkg);
    const shortest = apis.map(([api]) => api).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    return byPackage?.[0] ?? shortest ?? '';
  }
}

const isRest = (page: PageExtract): boolean => pageLayoutNamed(page.source.layout)?.protocol === 'rest';

/**
 * REST pages name a resource (`Cluster`), and its service is `ClusterService`, except in
 * packages whose services are not so named (`speechkit.stt.v3.AsyncRecognizer`): where a gRPC
 * page of the product knows the resource's own name as a service, that is the service.
 */
function serviceNameOf(product: string, name: string, grpcServices: ReadonlySet<string>): string {
  const resource = name.replace(/Service$/, '');
  return grpcServices.has(serviceKey(product, resource)) && !grpcServices.has(serviceKey(product, name)) ? resource : name;
}

const trees = new WeakMap<PageExtract, ReturnType<typeof docsTree>>();

/** The page's docs tree, found once per page: the merge asks it of every service of every page, often. */
function treeOf(page: PageExtract): ReturnType<typeof docsTree> {
  let tree = trees.get(page);
  if (tree === undefined) trees.set(page, (tree = docsTree(page.source.path)));
  return tree;
}

/** Pages under `_api-ref/` take their product from the REST path, the others from their docs folder. */
const isLegacyRestTree = (page: PageExtract): boolean => treeOf(page) === 'legacy-rest';
const isLegacyTree = (page: PageExtract): boolean => treeOf(page) !== 'current';

/**
 * Legacy pages know a product by an older name: a legacy REST page by its REST path prefix,
 * a legacy gRPC page by its folder path. Pages that know two names say how they map: a current
 * page by its folders (`functions/triggers/` is product `functions`), its REST prefix
 * (`organization/` serving `/organization-manager/v1/…`) and its package (`data-proc/` is
 * `yandex.cloud.dataproc.v1`, which legacy REST pages call `/dataproc/v1/…`), a legacy REST
 * page by its folders (`ai/stt` serving `/speech/…`). Names are followed to the current one.
 */
function productAliases(pages: readonly PageExtract[]): (product: string) => string {
  const aliases = new Map<string, string>();
  const learn = (from: string | undefined, to: string): void => {
    if (from && from !== to && !aliases.has(from)) aliases.set(from, to);
  };
  for (const page of pages) {
    for (const service of page.services) {
      if (isLegacyRestTree(page)) learn(docsFolder(page.source.path), service.product);
      if (isLegacyTree(page)) continue;
      learn(docsFolder(page.source.path), service.product);
      if (service.package) learn(packageProduct(service.package) ?? undefined, service.product);
      for (const method of service.methods) learn(method.http ? (restProduct(method.http.path) ?? undefined) : undefined, service.product);
    }
  }
  return (product) => {
    let name = product;
    for (let step = 0; step < 4 && aliases.has(name); step++) name = aliases.get(name) ?? name;
    return name;
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
