import type { DocsIr, Service } from '../../../model/ir.ts';

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
    // Own keys only: a reference named `toString` must not reach Object.prototype.
    const type = Object.hasOwn(ir.types, id) ? ir.types[id] : undefined;
    if (type === undefined || reached.has(id)) continue;
    reached.add(id);
    if (type.kind === 'message') for (const field of type.fields) if ('ref' in field.type) pending.push(field.type.ref);
  }
  return reached;
}

/**
 * Finds the product a type belongs to by name: `<product>.X` ids name it outright; a
 * protobuf id belongs to the product whose services live in the longest enclosing package.
 * Lookups walk the id's own prefixes, so placing many types stays linear.
 */
export class PackageIndex {
  readonly #products: ReadonlySet<string>;
  readonly #byPackage = new Map<string, string>();

  constructor(products: readonly string[], servicesByProduct: ReadonlyMap<string, readonly Service[]>) {
    this.#products = new Set(products);
    for (const product of products) {
      for (const service of servicesByProduct.get(product) ?? []) {
        const servicePackage = service.id.slice(0, Math.max(0, service.id.lastIndexOf('.')));
        if (servicePackage !== '' && !this.#byPackage.has(servicePackage)) this.#byPackage.set(servicePackage, product);
      }
    }
  }

  productOf(id: string): string | undefined {
    const first = id.slice(0, id.indexOf('.'));
    if (id.includes('.') && this.#products.has(first)) return first;
    for (let end = id.lastIndexOf('.'); end > 0; end = id.lastIndexOf('.', end - 1)) {
      const product = this.#byPackage.get(id.slice(0, end));
      if (product !== undefined) return product;
    }
    return undefined;
  }
}
