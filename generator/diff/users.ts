import type { DocsIr, Method, Service } from '../model/ir.ts';

/** A field that refers to a type: the message it is in and its JSON name. */
export interface Holder {
  type: string;
  field: string;
}

/**
 * Who uses each type of a model: the fields that refer to it and the methods that reach it.
 * Built once per side, in time linear in the fields; each question walks only the types
 * above the one asked about.
 */
export class TypeUsers {
  readonly #holders = new Map<string, Holder[]>();
  readonly #roots = new Map<string, string[]>();
  readonly #methods = new Map<string, { service: Service; method: Method }>();

  constructor(ir: DocsIr) {
    for (const [id, type] of Object.entries(ir.types)) {
      if (type.kind !== 'message') continue;
      for (const field of type.fields) {
        if ('ref' in field.type) push(this.#holders, field.type.ref, { type: id, field: field.jsonName });
      }
    }
    for (const service of ir.services) {
      for (const method of service.methods) {
        const name = qualifiedMethod(service.id, method.name);
        this.#methods.set(name, { service, method });
        const roots = [method.request, method.response, method.operation?.metadata ?? null, method.operation?.response ?? null];
        for (const root of new Set(roots)) if (root !== null) push(this.#roots, root, name);
      }
    }
  }

  holders(id: string): readonly Holder[] {
    return this.#holders.get(id) ?? [];
  }

  method(qualified: string): { service: Service; method: Method } | undefined {
    return this.#methods.get(qualified);
  }

  /** Every method whose request, response or operation tree holds `id`, as `service/Method`, sorted. */
  methodsReaching(id: string): string[] {
    const seen = new Set([id]);
    const queue = [id];
    const methods = new Set<string>();
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i]!;
      for (const name of this.#roots.get(current) ?? []) methods.add(name);
      for (const holder of this.holders(current)) {
        if (seen.has(holder.type)) continue;
        seen.add(holder.type);
        queue.push(holder.type);
      }
    }
    return [...methods].sort();
  }
}

export const qualifiedMethod = (service: string, method: string) => `${service}/${method}`;

/** `service/Method` back into its parts (a method name holds no `/`; a service id may not either). */
export function splitMethod(qualified: string): [string, string] {
  const slash = qualified.lastIndexOf('/');
  return [qualified.slice(0, slash), qualified.slice(slash + 1)];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
