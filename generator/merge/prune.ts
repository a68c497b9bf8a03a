import type { Service, TypeDef } from '../model/ir.ts';

/**
 * Anonymous types exist only as parts of a method's request or response (a legacy page's
 * flattened objects). Where the merge replaced one with a standard type (an Operation's
 * `error` object by google.rpc.Status), nothing reaches it any more, and it is dropped.
 */
export function dropUnreachable(types: Map<string, TypeDef>, services: readonly Service[], isAnonymous: (id: string) => boolean): void {
  const reached = new Set<string>();
  const pending: string[] = [];
  const reach = (id: string | null | undefined): void => {
    if (id && !reached.has(id)) {
      reached.add(id);
      pending.push(id);
    }
  };
  for (const service of services) {
    for (const method of service.methods) [method.request, method.response, method.operation?.metadata, method.operation?.response].forEach(reach);
  }
  while (pending.length > 0) {
    const type = types.get(pending.pop() as string);
    if (type?.kind === 'message') for (const field of type.fields) if ('ref' in field.type) reach(field.type.ref);
  }
  for (const id of [...types.keys()]) if (!reached.has(id) && isAnonymous(id)) types.delete(id);
}
