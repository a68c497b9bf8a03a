import { apiQualifier } from '../../model/api-folder.ts';
import type { HttpBinding } from '../../model/ir.ts';
import type { PageMessage, PageMethod, PageService } from '../../model/page.ts';
import { type FieldRow, readFieldTable } from '../field-table.ts';
import { buildFlattenedMessages } from '../flattened-builder.ts';
import { applyPlaygroundSchema } from '../front-matter.ts';
import { buildFlatMessage } from '../message-builder.ts';
import { pascalCase } from '../names.ts';
import type { PageContext, TypeName } from '../page-context.ts';
import type { Section } from '../sections.ts';
import { firstTable, isHttpRequestCode, parseHttpLine, qualifiedTitle, restSectionKind, sectionProse } from './common.ts';
import { findMessage } from './grpc-method.ts';
import { readMessageSections } from './message-sections.ts';
import { isOperationId, takeOperationTypes } from './operation.ts';
import type { PageLayout, PageShape, ParsedPage } from './page-layout.ts';
import { packageOf, serviceFromPath, serviceOfResource } from './service-names.ts';

const EMPTY = 'google.protobuf.Empty';

interface Parameters {
  path: FieldRow[];
  query: FieldRow[];
  body: FieldRow[];
  /** The request message's full name, where a parameter section is anchored with it (2024+). */
  requestAnchor: Section | null;
  /** A body section anchored with another message than a request: the body is one field of that type (`body: "vrf"`). */
  bodyField: Section | null;
  response: Section | null;
}

/**
 * One REST method a page. The 2024+ layout documents each message in its own anchored
 * section; the legacy layout flattens nested fields into `a[].<br>b` rows and names no
 * message, so its types are anonymous until the merge meets them elsewhere.
 */
export function extractRestMethod(sections: readonly Section[], context: PageContext, legacy: boolean): PageService[] {
  const httpSection = sections.find((section) => restSectionKind(section) === 'http');
  const code = httpSection?.blocks.find(isHttpRequestCode);
  const http = code ? parseHttpLine(code) : null;
  if (!http) {
    context.diagnostics.at(httpSection?.heading, 'error', 'bad-http-request', 'the HTTP request section has no line of the form `VERB https://host/path`');
    return [];
  }
  if (http.host === 'undefined') {
    // An unfilled variable of the docs generator, not a host; the clients then need an endpoint.
    context.diagnostics.at(code, 'warning', 'unknown-host', "the request line's host is the literal 'undefined'; the method is kept without a host");
    http.host = '';
  }
  const title = sections.find((section) => section.depth === 1);
  const [resource, method] = titleParts(title, context.path);
  const serviceName = resource ? serviceOfResource(resource) : serviceFromPath(context.path);
  const parameters = readParameters(sections);
  const qualifier = apiQualifier(context.path, context.product);
  const place = `${context.product}${qualifier ? `.${qualifier}` : ''}.${serviceName}.${method}`;

  const messageSections = legacy ? new Map<Section, PageMessage>() : readMessageSections(sections.filter(isMessageSection), context);
  const request = legacy || !parameters.requestAnchor ? anonymous(`${place}.Request`, `${method}Request`) : context.registerSection(parameters.requestAnchor);
  const bodyType = parameters.bodyField && !legacy ? readBodyField(parameters.bodyField, parameters.body, context) : null;
  const requestRows = [...parameters.path, ...parameters.query, ...(bodyType ? [] : parameters.body)];
  addMessages(legacy ? buildFlattenedMessages(request, requestRows, context, sourceOf(parameters, context)) : [buildFlatMessage(request, requestRows, [], context, sourceOf(parameters, context))], context);

  const response = readResponse(parameters.response, legacy, `${place}.Response`, `${method}Response`, context);
  const operation = isOperationId(response.id, response.name) || looksLikeOperation(response.id, context);
  const operationInfo = operation ? operationTypes(operationMessage(response.id, messageSections, context), context) : null;
  return [
    {
      name: serviceName,
      product: context.product,
      package: packageOf(request) ?? (operationInfo ? packageOfOperation(operationInfo, context) : packageOf(response)),
      description: {},
      methods: [
        {
          name: method,
          description: title ? context.describe(sectionProse(title)) : {},
          request: request.id,
          response: operation ? 'yandex.cloud.operation.Operation' : response.id,
          clientStreaming: false,
          serverStreaming: false,
          http: binding(http, parameters, bodyType !== null),
          operation: operationInfo,
          sources: [context.diagnostics.ref(code)],
          ...(bodyType ? { bodyType: bodyType.id } : {}),
        },
      ],
    },
  ];
}

function titleParts(title: Section | undefined, path: string): [string | null, string] {
  const qualified = title ? qualifiedTitle(title.title) : null;
  if (qualified) return [qualified[0], pascalCase(qualified[1])];
  const word = title?.title.split(/\s+/).at(-1);
  const method = word && /^[a-z]\w*$/i.test(word) ? word : (path.split('/').at(-1) ?? 'unknown').replace(/\.md$/, '');
  return [null, pascalCase(method)];
}

function readParameters(sections: readonly Section[]): Parameters {
  const parameters: Parameters = { path: [], query: [], body: [], requestAnchor: null, bodyField: null, response: null };
  for (const section of sections) {
    const kind = restSectionKind(section);
    if (kind === 'response') parameters.response ??= section;
    if (kind !== 'path' && kind !== 'query' && kind !== 'body') continue;
    const table = firstTable(section.blocks);
    if (table) parameters[kind].push(...readFieldTable(table));
    if (!section.anchor?.includes('.')) continue;
    if (kind === 'body' && !REQUEST_NAME.test(section.anchor)) parameters.bodyField ??= section;
    else parameters.requestAnchor ??= section;
  }
  return parameters;
}

/** Request messages are named `…Request` (`CreateVrfRequest`); a body anchored with any other message (`Vrf`) is a field of it. */
const REQUEST_NAME = /Request$/;

/** The message a one-field body documents, with the body's rows as its fields; the merge finds the request field that holds it. */
function readBodyField(section: Section, rows: readonly FieldRow[], context: PageContext): TypeName {
  const typeName = context.registerSection(section);
  context.addType(buildFlatMessage(typeName, rows, sectionProse(section), context, context.diagnostics.ref(section.heading)));
  return typeName;
}

function isMessageSection(section: Section): boolean {
  const kind = restSectionKind(section);
  return section.depth >= 2 && kind !== 'path' && kind !== 'query' && kind !== 'body' && Boolean(section.anchor?.includes('.'));
}

function readResponse(section: Section | null, legacy: boolean, id: string, name: string, context: PageContext): TypeName {
  const table = section ? firstTable(section.blocks) : null;
  if (section && !legacy && section.anchor?.includes('.')) {
    const typeName = context.registerSection(section);
    // An anchored response with no table is a named message without fields, not Empty.
    if (!table && typeName.id !== EMPTY) context.addType(buildFlatMessage(typeName, [], sectionProse(section), context, context.diagnostics.ref(section.heading)));
    return typeName;
  }
  if (!section || !table) return { id: EMPTY, name: 'Empty', origin: 'qualified' };
  const typeName = anonymous(id, name);
  addMessages(buildFlattenedMessages(typeName, readFieldTable(table), context, context.diagnostics.ref(section.heading)), context);
  return typeName;
}

/** Legacy REST pages name no types; an Operation is known by its fields. */
function looksLikeOperation(id: string, context: PageContext): boolean {
  const message = context.types.get(id);
  if (!message || message.kind !== 'message') return false;
  const names = new Set(message.fields.map((field) => field.jsonName));
  return names.has('done') && names.has('metadata') && (names.has('response') || names.has('error'));
}

function operationMessage(id: string, messageSections: Map<Section, PageMessage>, context: PageContext): PageMessage | undefined {
  const message = findMessage(messageSections, id) ?? context.types.get(id);
  if (!message || message.kind !== 'message') return undefined;
  if (message.id !== 'yandex.cloud.operation.Operation') {
    // The legacy response is the Operation message itself, under the one name it has.
    context.types.delete(message.id);
    message.id = 'yandex.cloud.operation.Operation';
    message.name = 'Operation';
    message.origin = 'qualified';
    context.addType(message);
  }
  return message;
}

/**
 * The Operation's metadata and response types; a legacy page shows them only as a bare
 * `**object**`, which names no type, so nothing is invented for it.
 */
function operationTypes(message: PageMessage | undefined, context: PageContext): PageMethod['operation'] {
  const info = takeOperationTypes(message);
  if (!info) return info;
  for (const part of ['metadata', 'response'] as const) {
    const id = info[part];
    const type = id === null ? undefined : context.types.get(id);
    if (id !== null && type?.origin === 'anonymous' && (type.kind !== 'message' || type.fields.length === 0)) {
      context.types.delete(id);
      info[part] = null;
    }
  }
  return info;
}

/** A page whose request has no anchor still reveals its package through the operation's metadata type. */
function packageOfOperation(info: NonNullable<PageMethod['operation']>, context: PageContext): string | null {
  for (const id of [info.metadata, info.response]) {
    const type = id === null ? undefined : context.types.get(id);
    if (type) return packageOf({ id: type.id, name: type.name, origin: type.origin });
  }
  return null;
}

/** The body is `*` where the page lists body parameters, except a one-field body, which the merge names. */
function binding(http: NonNullable<ReturnType<typeof parseHttpLine>>, parameters: Parameters, oneField: boolean): HttpBinding {
  const queryParams = [...new Set(parameters.query.map((row) => queryName(row.name)))].sort();
  return { ...http, queryParams, body: parameters.body.length > 0 && !oneField ? '*' : null };
}

function queryName(name: string): string {
  return name
    .replace(/\[\]/g, '')
    .split('.')
    .map((segment) => segment.replace(/_([a-z0-9])/g, (_all, char: string) => char.toUpperCase()))
    .join('.');
}

function anonymous(id: string, name: string): TypeName {
  return { id, name, origin: 'anonymous' };
}

function addMessages(messages: readonly PageMessage[], context: PageContext): void {
  for (const message of messages) context.addType(message);
}

function sourceOf(parameters: Parameters, context: PageContext): string {
  const first = parameters.path[0] ?? parameters.query[0] ?? parameters.body[0];
  return context.diagnostics.ref(first?.node);
}

/** A request line and no rpc line: a REST page, whatever else it shows. */
const isRestPage = (shape: PageShape): boolean => shape.rpcSections.length === 0 && shape.hasRequestLine;

export const restMethodLayout = {
  name: 'rest-method',
  protocol: 'rest',
  legacy: false,
  detect: (shape) => isRestPage(shape) && shape.hasYfmTables,
  extract: (page, context) => applyRequestSchema(page, extractRestMethod(page.sections, context, false), context),
} as const satisfies PageLayout;

export const restMethodLegacyLayout = {
  name: 'rest-method-legacy',
  protocol: 'rest',
  legacy: true,
  detect: (shape) => isRestPage(shape) && !shape.hasYfmTables,
  extract: ({ sections }, context) => extractRestMethod(sections, context, true),
} as const satisfies PageLayout;

/** A 2024+ page's front matter may hold the request's JSON schema (`apiPlayground`), with constraints the tables omit. */
function applyRequestSchema({ root }: ParsedPage, services: PageService[], context: PageContext): PageService[] {
  const messages = [...context.types.values()].filter((type): type is PageMessage => type.kind === 'message');
  for (const service of services) for (const method of service.methods) applyPlaygroundSchema(root, messages, method.request, context.diagnostics);
  return services;
}
