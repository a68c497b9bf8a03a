import type { DocsIr, SourceRef } from '../model/ir.ts';
import { reachableTypes, typesOf } from '../model/reachability.ts';
import type { Selection } from '../config/config.ts';
import { selector } from '../config/glob.ts';

/**
 * The model cut down to the selected products: their services, the types their methods
 * reach, the pages those came from and those pages' diagnostics. With no globs it is the
 * model itself. Linear in the model: each type is visited once.
 */
export function selectProducts(ir: DocsIr, products: Selection): DocsIr {
  if (products.include.length === 0 && products.exclude.length === 0) return ir;
  const selected = selector(products.include, products.exclude);
  const services = ir.services.filter((service) => selected(service.product));
  const reached = reachableTypes(typesOf(ir), services.flatMap((service) => service.methods));
  const types = Object.fromEntries(Object.entries(ir.types).filter(([id]) => reached.has(id)));
  const pages = new Set<string>();
  const cite = (refs: readonly SourceRef[]) => refs.forEach((ref) => pages.add(ref.slice(0, ref.lastIndexOf(':'))));
  for (const method of services.flatMap((service) => service.methods)) cite(method.sources);
  for (const type of Object.values(types)) cite(type.sources);
  return {
    irVersion: ir.irVersion,
    sources: ir.sources.filter((source) => pages.has(source.path)),
    services,
    types,
    diagnostics: ir.diagnostics.filter((diagnostic) => pages.has(diagnostic.source)),
  };
}
