/**
 * The members a documented method becomes: the call itself, typed by its request and
 * response, and for a paginated method `<name>All`, an async iterable over every page's items.
 */
import type { MethodDeclarationStructure } from 'ts-morph';
import { tsMorph } from '../../ts-morph.ts';
import type { Message, Method } from '../../../../model/ir.ts';
import { describe, isProtobufName, jsDoc } from '../../docs.ts';
import type { MethodModel, ProductModel, ResolvedType, ServiceModel } from '../../model/product.ts';
import { DOCS_SITE } from '../../text.ts';
import { int64Carriers } from '../types/int64.ts';
import { valueType } from '../types/type-expression.ts';
import { isRest } from './call-spec.ts';
import type { ClientImports } from './imports.ts';

export interface MethodNames {
  /** The module constant holding the call spec. */
  spec: string;
  /** The module constant holding the page fields, for paginated methods. */
  pages: string;
}

export function methodMembers(model: MethodModel, service: ServiceModel, product: ProductModel, names: MethodNames, used: ClientImports): MethodDeclarationStructure[] {
  const { method } = model;
  const request = requestType(product.resolveId(method.request), product, used);
  const response = operationType(method, product, used) ?? typeText(product.resolveId(method.response), 'response', used);
  const requestParam = method.clientStreaming
    ? { name: 'requests', type: `AsyncIterable<${request}>` }
    : { name: 'request', type: request, ...(mayOmitRequest(method, product) ? { initializer: '{}' } : {}) };
  const options = { name: 'options', type: '$RequestOptions', hasQuestionToken: true };
  const returns = method.serverStreaming ? `AsyncIterable<${response}>` : `Promise<${response}>`;
  const members: MethodDeclarationStructure[] = [
    {
      kind: tsMorph().StructureKind.Method,
      name: model.memberName,
      docs: jsDoc(methodDoc(model, service, product, used), docsPages(method).map((page) => ({ tagName: 'see', text: page }))),
      parameters: [requestParam, options],
      returnType: returns,
      statements: [`return this.${runtimeCall(method)}<${response}>(${names.spec}, ${requestParam.name}, options);`],
    },
  ];
  if (model.allName !== null && method.pagination && !method.serverStreaming && !method.clientStreaming) {
    const item = pageItemType(method, product, used) ?? response;
    members.push({
      kind: tsMorph().StructureKind.Method,
      name: model.allName,
      docs: jsDoc([
        `Every ${method.pagination.items ? `item of \`${method.pagination.items}\`` : 'page'} across all pages of {@link ${service.className}.${model.memberName}}, fetched page by page as you iterate.`,
      ]),
      parameters: [{ ...requestParam }, options],
      returnType: `AsyncIterable<${item}>`,
      statements: [`return this.$pages<${item}>((page) => this.${model.memberName}(page as ${request}, options), request, ${names.pages});`],
    });
  }
  return members;
}

function runtimeCall(method: Method): string {
  if (isRest(method)) return method.serverStreaming ? '$restStream' : '$rest';
  if (method.clientStreaming) return method.serverStreaming ? '$grpcBidiStream' : '$grpcClientStream';
  return method.serverStreaming ? '$grpcServerStream' : '$grpcUnary';
}

/** The TypeScript type of a method's request or response, noting the type names the module must import. */
function typeText(resolved: ResolvedType, side: 'request' | 'response', used: ClientImports): string {
  if (resolved.kind === 'message' || resolved.kind === 'enum') used.types.add(resolved.name);
  if (resolved.kind === 'missing') return side === 'request' ? 'Record<string, unknown>' : 'unknown';
  return valueType(resolved);
}

/** A request holding int64 fields takes them as strings, safe integers or bigints. */
function requestType(resolved: ResolvedType, product: ProductModel, used: ClientImports): string {
  const text = typeText(resolved, 'request', used);
  if (resolved.kind !== 'message' || !int64Carriers(product).has(resolved.type.id)) return text;
  used.runtime.add('Int64Input');
  return `${text}<$Int64Input>`;
}

/**
 * An Operation whose docs name its response or metadata type carries them in its type, so
 * that `waitForOperation` resolves to the response with no type argument.
 */
function operationType(method: Method, product: ProductModel, used: ClientImports): string | undefined {
  const operation = method.operation;
  const resolved = product.resolveId(method.response);
  if (!operation || resolved.kind !== 'message') return undefined;
  const response = operation.response === null ? 'unknown' : anyContent(operation.response, product, used);
  const metadata = operation.metadata === null ? 'unknown' : anyContent(operation.metadata, product, used);
  if (response === 'unknown' && metadata === 'unknown') return undefined;
  used.types.add(resolved.name);
  used.runtime.add('TypedOperation');
  return `$TypedOperation<${resolved.name}, ${response}, ${metadata}>`;
}

/** What a `google.protobuf.Any` holding the type `id` reads as, besides its `@type`. */
function anyContent(id: string, product: ProductModel, used: ClientImports): string {
  const resolved = product.resolveId(id);
  if (resolved.kind === 'message') {
    used.types.add(resolved.name);
    return resolved.name;
  }
  return resolved.kind === 'wellKnown' && resolved.wellKnown === 'Empty' ? 'Record<never, never>' : 'unknown';
}

/** A request with nothing required may be left out: `client.list()`. */
function mayOmitRequest(method: Method, product: ProductModel): boolean {
  if (method.http && method.http.pathParams.length > 0) return false;
  const resolved = product.resolveId(method.request);
  if (resolved.kind !== 'message') return true;
  return !resolved.type.fields.some((field) => field.required) && !resolved.type.oneofs.some((oneof) => oneof.required);
}

function pageItemType(method: Method, product: ProductModel, used: ClientImports): string | undefined {
  const itemsField = method.pagination?.items;
  const response = product.resolveId(method.response);
  if (!itemsField || response.kind !== 'message') return undefined;
  const field = (response.type as Message).fields.find((candidate) => candidate.jsonName === itemsField);
  if (!field || !field.repeated) return undefined;
  const resolved = product.resolve(field.type);
  if (resolved.kind === 'message' || resolved.kind === 'enum') used.types.add(resolved.name);
  return resolved.kind === 'missing' ? 'unknown' : valueType(resolved);
}

function methodDoc(model: MethodModel, service: ServiceModel, product: ProductModel, used: ClientImports): string[] {
  const { method } = model;
  const paragraphs = [describe(method.description, product)];
  paragraphs.push(transportDoc(method, service, product));
  if (model.allName !== null) paragraphs.push(`Returns one page; {@link ${service.className}.${model.allName}} iterates over all of them.`);
  if (method.operation) paragraphs.push(operationDoc(method, startsOperation(method, service, product), product, used));
  return paragraphs;
}

/** How the call goes; for gRPC, also what the transport is told where the docs give no full service name. */
function transportDoc(method: Method, service: ServiceModel, product: ProductModel): string {
  if (method.http && isRest(method)) return `\`${method.http.verb} ${method.http.path}\` on \`${method.http.host}\`.`;
  const note = 'Documented only over gRPC: needs a `grpc` transport in the client options (this package has no gRPC wire codec of its own).';
  if (isProtobufName(service.service.id, product.product)) return note;
  return `${note} The docs do not name this service's protobuf package, so the transport is called with \`${service.service.id}\` as the service and has to map it to the real one.`;
}

/**
 * Whether the call starts the Operation it returns. OperationService's calls (and any call
 * taking an `operationId`) return one that already exists: `get` reads it, `cancel` cancels it.
 */
function startsOperation(method: Method, service: ServiceModel, product: ProductModel): boolean {
  if (service.service.name === 'OperationService') return false;
  const request = product.resolveId(method.request);
  return request.kind !== 'message' || !request.type.fields.some((field) => field.jsonName === 'operationId');
}

/** Names the operation's metadata and response types (imported, so that the links resolve in editors). */
function operationDoc(method: Method, starts: boolean, product: ProductModel, used: ClientImports): string {
  const operation = method.operation as NonNullable<Method['operation']>;
  const response = operation.response ? product.typeName(operation.response) : undefined;
  const metadata = operation.metadata ? product.typeName(operation.metadata) : undefined;
  if (response) used.types.add(response);
  if (metadata) used.types.add(metadata);
  const parts = [starts ? 'Starts an Operation.' : 'Returns an Operation that already exists; this call starts none.'];
  if (metadata) parts.push(`Its \`metadata\` is a {@link ${metadata}}.`);
  if (response) parts.push(`When done, its \`response\` is a {@link ${response}}, which \`await client.waitForOperation(operation)\` resolves to.`);
  else parts.push('Wait for it with `client.waitForOperation(operation)`.');
  return parts.join(' ');
}

/** Pages of the public site a method is documented on (pages under `_`-prefixed folders have no public address). */
function docsPages(method: Method): string[] {
  const pages = new Set<string>();
  for (const source of method.sources) {
    const path = source.replace(/:[0-9]+$/, '');
    const match = /^(en|ru)\/([^_/][^/]*\/.+)\.md$/.exec(path);
    if (match) pages.add(`${DOCS_SITE}/${match[1]}/docs/${match[2]}`);
  }
  return [...pages].sort();
}
