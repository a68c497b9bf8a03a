import type { Service, TypeDef } from '../model/ir.ts';
import { reachableTypes } from '../model/reachability.ts';

/**
 * Anonymous types exist only as parts of a method's request or response (a legacy page's
 * flattened objects). Where the merge replaced one with a standard type (an Operation's
 * `error` object by google.rpc.Status), nothing reaches it any more, and it is dropped.
 */
export function dropUnreachable(types: Map<string, TypeDef>, services: readonly Service[], isAnonymous: (id: string) => boolean): void {
  const reached = reachableTypes((id) => types.get(id), services.flatMap((service) => service.methods));
  for (const id of [...types.keys()]) if (!reached.has(id) && isAnonymous(id)) types.delete(id);
}
