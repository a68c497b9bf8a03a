import type { DocsIr, Method, SourceRef } from '../model/ir.ts';
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
  const reached = new Set<string>();
  const queue: string[] = [];
  const reach = (id: string | null | undefined) => {
    if (id && ir.types[id] && !reached.has(id)) {
      reached.add(id);
      queue.push(id);
    }
  };
  for (const method of services.flatMap((service) => service.methods)) for (const id of rootsOf(method)) reach(id);
  for (let i = 0; i < queue.length; i++) {
    const type = ir.types[queue[i]!]!;
    if (type.kind === 'message') for (const field of type.fields) if ('ref' in field.type) reach(field.type.ref);
  }
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

function rootsOf(method: Method): Array<string | null> {
  return [method.request, method.response, method.operation?.metadata ?? null, method.operation?.response ?? null];
}
