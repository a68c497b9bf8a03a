import type { DocsIr, Field, Method, Service } from '../model/ir.ts';
import { methodRoots, type Side, typesOf, walkTypes } from '../model/reachability.ts';
import type { Direction } from './change.ts';

const REQUEST = 1;
const RESPONSE = 2;
const SIDE_BITS: Record<Side, number> = { request: REQUEST, response: RESPONSE };

/** Where a type is first reached from, and which ways it travels. */
export interface Reach {
  direction: Exclude<Direction, 'none'>;
  product: string;
  service: string;
  method: string;
  /** Path from the method's request or response to the type, e.g. `backups[]`; '' for the root. */
  path: string;
  /** First reached from a method that `primary` accepted (see `reachability`). */
  primary: boolean;
}

/**
 * For every type a method reaches: its direction (request, response, or both) and the first
 * method that reaches it. Methods accepted by `primary` are walked first, so a type whose
 * `primary` flag is false is reached only from the other methods. Each type is walked on
 * from at most once per direction bit, so the walk stays linear in the number of fields.
 */
export function reachability(
  ir: DocsIr,
  primary: (service: Service, method: Method) => boolean = () => true,
): Map<string, Reach> {
  const masks = new Map<string, number>();
  const reach = new Map<string, Omit<Reach, 'direction'>>();
  const typeOf = typesOf(ir);
  const walk = (service: Service, method: Method, isPrimary: boolean) => {
    walkTypes(typeOf, methodRoots(method), (id, arrival) => {
      const [bits, path] = 'root' in arrival ? [SIDE_BITS[arrival.root.side], ''] : [masks.get(arrival.from)!, joinPath(reach.get(arrival.from)!.path, arrival.field)];
      if (!reach.has(id)) reach.set(id, { product: service.product, service: service.id, method: method.name, path, primary: isPrimary });
      const mask = masks.get(id) ?? 0;
      if ((mask | bits) === mask) return false;
      masks.set(id, mask | bits);
      return true;
    });
  };
  for (const pass of [true, false]) {
    for (const service of ir.services) {
      for (const method of service.methods) if (primary(service, method) === pass) walk(service, method, pass);
    }
  }
  const result = new Map<string, Reach>();
  for (const [id, where] of reach) result.set(id, { ...where, direction: directionOf(masks.get(id)!) });
  return result;
}

function directionOf(mask: number): Exclude<Direction, 'none'> {
  if (mask === REQUEST) return 'request';
  if (mask === RESPONSE) return 'response';
  return 'both';
}

/** `backups[]` for a repeated field, `labels{}` for a map, the JSON name otherwise. */
export function fieldSegment(field: Field): string {
  return field.jsonName + (field.map ? '{}' : field.repeated ? '[]' : '');
}

export function joinPath(base: string, field: Field): string {
  return base ? `${base}.${fieldSegment(field)}` : fieldSegment(field);
}
