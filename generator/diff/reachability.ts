import type { DocsIr, Field, Method, Service } from '../model/ir.ts';
import type { Direction } from './change.ts';

const REQUEST = 1;
const RESPONSE = 2;

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
 * `primary` flag is false is reached only from the other methods. Each type is expanded at
 * most once per direction bit, so the walk is linear in the number of fields.
 */
export function reachability(
  ir: DocsIr,
  primary: (service: Service, method: Method) => boolean = () => true,
): Map<string, Reach> {
  const masks = new Map<string, number>();
  const reach = new Map<string, Omit<Reach, 'direction'>>();
  const walk = (service: Service, method: Method, isPrimary: boolean) => {
    const queue: string[] = [];
    const visit = (id: string | null, bits: number, path: string) => {
      if (id === null || !ir.types[id]) return;
      if (!reach.has(id)) {
        reach.set(id, { product: service.product, service: service.id, method: method.name, path, primary: isPrimary });
      }
      const mask = masks.get(id) ?? 0;
      if ((mask | bits) === mask) return;
      masks.set(id, mask | bits);
      queue.push(id);
    };
    visit(method.request, REQUEST, '');
    visit(method.response, RESPONSE, '');
    visit(method.operation?.metadata ?? null, RESPONSE, '');
    visit(method.operation?.response ?? null, RESPONSE, '');
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      const type = ir.types[id]!;
      if (type.kind !== 'message') continue;
      const bits = masks.get(id)!;
      const base = reach.get(id)!.path;
      for (const field of type.fields) {
        if ('ref' in field.type) visit(field.type.ref, bits, joinPath(base, field));
      }
    }
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
