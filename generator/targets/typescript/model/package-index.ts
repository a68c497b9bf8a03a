import type { Service } from '../../../model/ir.ts';

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
