import type { DocsIr, HttpBinding, Method, Service } from '../../model/ir.ts';
import { Components } from './components.ts';
import { ERROR_RESPONSE, errorResponse } from './operation/error-response.ts';
import { operationIdOf, operationObject } from './operation/operation.ts';
import { parsePathTemplate, pathProblem, sharedWith, type PathTemplate } from './operation/path-template.ts';
import { serverKey, serverOf, type ServerObject } from './operation/servers.ts';
import { describe } from './schema/text.ts';
import type { JsonValue, SchemaObject } from './types.ts';

export interface DocumentSettings {
  title: string;
  version: string;
  /** `{{ api-host-* }}` placeholder → host. */
  hosts: Readonly<Record<string, string>>;
  warn: (message: string) => void;
}

/** A method OpenAPI can describe: bound to HTTP, and not streaming from the client (REST has no such call). */
export function isRestBound(method: Method): method is Method & { http: HttpBinding } {
  return method.http !== null && !method.clientStreaming;
}

const VERBS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const SECURITY_SCHEME = 'iamToken';

interface PlacedOperation {
  verb: (typeof VERBS)[number];
  operation: SchemaObject;
  server: ServerObject | undefined;
}

/**
 * One OpenAPI 3.1 document of the services' REST methods, with the types they reach as
 * components. Every list whose order means nothing is sorted (paths, components, tags,
 * servers), so the same model always prints the same bytes.
 */
export function buildDocument(ir: DocsIr, services: readonly Service[], settings: DocumentSettings): SchemaObject {
  const components = new Components(ir, settings.warn);
  const paths = new Map<string, PlacedOperation[]>();
  const shapes = new Map<string, PathTemplate>();
  const grpcOnly: string[] = [];
  const tagged: Service[] = [];
  const servers = new ServerTable(settings);
  for (const service of sortedBy(services, (entry) => entry.id)) {
    let placedAny = false;
    for (const method of sortedBy(service.methods, (entry) => entry.name)) {
      if (!isRestBound(method)) {
        grpcOnly.push(operationIdOf(service, method));
        continue;
      }
      const template = placeablePath(service, method, paths, shapes, settings.warn);
      if (template === undefined) continue;
      const operation = operationObject(service, method, method.http, template, components);
      paths.get(template.path)!.push({ verb: method.http.verb.toLowerCase() as PlacedOperation['verb'], operation, server: servers.of(method.http.host, operationIdOf(service, method)) });
      placedAny = true;
    }
    if (placedAny) tagged.push(service);
  }
  const document: SchemaObject = {
    openapi: '3.1.0',
    info: {
      title: settings.title,
      version: settings.version,
      description: [
        'The REST methods of the Yandex Cloud API reference, as apiref reads them from the documentation.',
        'Descriptions: © YANDEX LLC and contributors (yandex-cloud/docs), CC BY 4.0; the Russian text is in x-description-ru.',
      ].join(' '),
      license: { name: 'CC BY 4.0', identifier: 'CC-BY-4.0' },
    },
    servers: servers.root(),
    security: [{ [SECURITY_SCHEME]: [] }],
    tags: tagged.map((service) => ({ name: service.id, ...describe(service.description) })),
    paths: pathsObject(paths, servers.root().length > 1),
  };
  document.components = {
    schemas: components.schemas(),
    responses: { [ERROR_RESPONSE]: errorResponse() },
    securitySchemes: {
      [SECURITY_SCHEME]: { type: 'http', scheme: 'bearer', description: 'An IAM token, sent as `Authorization: Bearer <token>`.' },
    },
  };
  document['x-grpc-only-methods'] = grpcOnly;
  return document;
}

/** The method's path as OpenAPI can hold it, or undefined (said) where it cannot or another method has it. */
/**
 * The method's path as OpenAPI can hold it: as written, or renamed to the path of the same
 * shape placed before it. Undefined (and said) where OpenAPI cannot hold it, or another
 * method has its path and verb.
 */
function placeablePath(service: Service, method: Method & { http: HttpBinding }, paths: Map<string, PlacedOperation[]>, shapes: Map<string, PathTemplate>, warn: (message: string) => void): PathTemplate | undefined {
  const id = operationIdOf(service, method);
  const written = parsePathTemplate(method.http.path);
  const problem = pathProblem(written);
  const leaveOut = (why: string) => {
    warn(`${id}: ${method.http.verb} ${method.http.path} ${why}; not an operation`);
    return undefined;
  };
  if (problem !== undefined) return leaveOut(problem);
  const documented = [...method.http.pathParams].sort().join(',');
  if (documented !== [...written.fields].sort().join(',')) warn(`${id}: path parameters ${method.http.pathParams.join(', ')} differ from the path's; the path is followed`);
  const owner = shapes.get(written.shape);
  const template = owner === undefined ? written : sharedWith(written, owner);
  const verb = method.http.verb.toLowerCase();
  const taken = paths.get(template.path)?.find((placed) => placed.verb === verb);
  if (taken !== undefined) return leaveOut(`is already ${String(taken.operation.operationId)}'s${template.path === written.path ? '' : ` (as ${template.path})`}`);
  if (owner === undefined) shapes.set(written.shape, written);
  if (!paths.has(template.path)) paths.set(template.path, []);
  return template;
}

/** Path Items in path order, verbs in a fixed order; servers on the item, or per operation where its methods differ. */
function pathsObject(paths: ReadonlyMap<string, PlacedOperation[]>, perPath: boolean): SchemaObject {
  const object: SchemaObject = {};
  for (const path of [...paths.keys()].sort()) {
    const placed = [...paths.get(path)!].sort((a, b) => VERBS.indexOf(a.verb) - VERBS.indexOf(b.verb));
    const keys = new Set(placed.map((entry) => (entry.server === undefined ? '' : serverKey(entry.server))));
    const shared = perPath && keys.size === 1 && placed[0]!.server !== undefined ? placed[0]!.server : undefined;
    const item: SchemaObject = shared === undefined ? {} : { servers: [shared as unknown as JsonValue] };
    for (const { verb, operation, server } of placed) {
      item[verb] = perPath && shared === undefined && server !== undefined ? { ...operation, servers: [server as unknown as JsonValue] } : operation;
    }
    object[path] = item;
  }
  return object;
}

/** The server of each documented host, each host's problems said once; the root list holds them all. */
class ServerTable {
  readonly #byHost = new Map<string, ServerObject | undefined>();
  readonly #settings: DocumentSettings;

  constructor(settings: DocumentSettings) {
    this.#settings = settings;
  }

  of(host: string, operationId: string): ServerObject | undefined {
    if (!this.#byHost.has(host)) this.#byHost.set(host, serverOf(host, this.#settings.hosts, this.#settings.warn));
    const server = this.#byHost.get(host);
    if (server === undefined) this.#settings.warn(`${operationId}: the docs name no host; the operation has the document's servers`);
    return server;
  }

  /** Every distinct server, by URL; `/` (the document's own host) where no method names one. */
  root(): JsonValue[] {
    const distinct = new Map<string, ServerObject>();
    for (const server of this.#byHost.values()) if (server !== undefined) distinct.set(serverKey(server), server);
    const sorted = [...distinct.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    return (sorted.length === 0 ? [{ url: '/' }] : sorted) as unknown as JsonValue[];
  }
}

function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
