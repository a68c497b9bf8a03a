import type { DocsIr, Service } from '../../model/ir.ts';

/** Ids of the described types that the services' methods reach, through fields, to any depth. */
export function reachableTypes(ir: DocsIr, services: readonly Service[], extraIds: readonly string[] = []): Set<string> {
  const pending: string[] = [...extraIds];
  for (const service of services) {
    for (const method of service.methods) {
      pending.push(method.request, method.response);
      if (method.operation?.metadata) pending.push(method.operation.metadata);
      if (method.operation?.response) pending.push(method.operation.response);
    }
  }
  const reached = new Set<string>();
  while (pending.length > 0) {
    const id = pending.pop() as string;
    const type = ir.types[id];
    if (type === undefined || reached.has(id)) continue;
    reached.add(id);
    if (type.kind === 'message') for (const field of type.fields) if ('ref' in field.type) pending.push(field.type.ref);
  }
  return reached;
}

/**
 * The product a type belongs to by name: `<product>.X` ids name it outright; a protobuf id
 * belongs to the product whose services live in the longest enclosing package.
 */
export function typeOfProductPackage(id: string, products: readonly string[], servicesByProduct: ReadonlyMap<string, readonly Service[]>): string | undefined {
  const named = products.find((product) => id.startsWith(`${product}.`));
  if (named !== undefined) return named;
  let best: { product: string; length: number } | undefined;
  for (const product of products) {
    for (const service of servicesByProduct.get(product) ?? []) {
      const servicePackage = service.id.slice(0, Math.max(0, service.id.lastIndexOf('.')));
      if (servicePackage !== '' && id.startsWith(`${servicePackage}.`) && (best === undefined || servicePackage.length > best.length)) {
        best = { product, length: servicePackage.length };
      }
    }
  }
  return best?.product;
}
