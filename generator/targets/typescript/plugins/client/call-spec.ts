/**
 * The module-level constant describing one method to the runtime: where it goes (REST) or
 * which rpc it is (gRPC), and which validators check its messages.
 */
import type { Method, Service } from '../../../../model/ir.ts';
import type { ProductModel, ResolvedType } from '../../model/product.ts';
import { stringLiteral } from '../../text.ts';
import { int64Carriers } from '../types/int64.ts';
import { int64ShapeName } from './int64-shapes.ts';
import { splitPath } from './route.ts';

export function isRest(method: Method): boolean {
  return method.http !== null && !method.clientStreaming;
}

export interface CallSpec {
  type: 'RestCall' | 'GrpcMethod';
  entries: Array<{ key: string; value: string }>;
  /** Validators the spec refers to, for the module's imports. */
  validators: string[];
}

export function callSpec(service: Service, method: Method, product: ProductModel): CallSpec {
  const validateRequest = validatorOf(product.resolveId(method.request), product);
  const validateResponse = validatorOf(product.resolveId(method.response), product);
  const validators = [validateRequest, validateResponse].filter((name): name is string => name !== null);
  const request = product.resolveId(method.request);
  const checks = [
    { key: 'validateRequest', value: validateRequest ?? 'null' },
    { key: 'validateResponse', value: validateResponse ?? 'null' },
    ...(request.kind === 'message' && int64Carriers(product).has(request.type.id) ? [{ key: 'int64', value: int64ShapeName(request.name) }] : []),
  ];
  if (isRest(method) && method.http) {
    const route = splitPath(method.http.path);
    const entries = [
      { key: 'method', value: stringLiteral(`${service.id}.${method.name}`) },
      { key: 'verb', value: stringLiteral(method.http.verb) },
      { key: 'host', value: stringLiteral(method.http.host) },
      { key: 'path', value: `[${route.pieces.map(stringLiteral).join(', ')}]` },
      { key: 'pathParams', value: `[${route.params.map(stringLiteral).join(', ')}]` },
      { key: 'body', value: method.http.body === null ? 'null' : stringLiteral(method.http.body) },
    ];
    return { type: 'RestCall', entries: [...entries, ...checks], validators };
  }
  const entries = [
    { key: 'service', value: stringLiteral(service.id) },
    { key: 'method', value: stringLiteral(method.name) },
    { key: 'path', value: stringLiteral(`/${service.id}/${method.name}`) },
    { key: 'clientStreaming', value: String(method.clientStreaming) },
    { key: 'serverStreaming', value: String(method.serverStreaming) },
  ];
  return { type: 'GrpcMethod', entries: [...entries, ...checks], validators };
}

function validatorOf(resolved: ResolvedType, product: ProductModel): string | null {
  return resolved.kind === 'message' ? product.validatorName(resolved.type.id) : null;
}
