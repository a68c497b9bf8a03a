import type { DocsIr, Message } from '../../model/ir.ts';
import type { RequestContext } from './operation/request.ts';
import { enumSchema } from './schema/enum.ts';
import { messageSchema } from './schema/message.ts';
import { wellKnownOfId, wellKnownSchema } from './schema/well-known.ts';
import type { SchemaObject } from './types.ts';

const UNSAFE_NAME = /[^A-Za-z0-9._-]/g;
const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

/**
 * `components.schemas`, filled as the operations refer to types: each `ref` names the type
 * and queues it, and `schemas()` builds the queued ones (which may refer to more) until
 * none is left, so the document holds exactly the types its operations reach.
 */
export class Components implements RequestContext {
  readonly #ir: DocsIr;
  readonly #names: ReadonlyMap<string, string>;
  readonly #queued = new Set<string>();
  readonly #pending: string[] = [];
  readonly #missing = new Set<string>();
  readonly warn: (message: string) => void;

  constructor(ir: DocsIr, warn: (message: string) => void) {
    this.#ir = ir;
    this.#names = componentNames(Object.keys(ir.types));
    this.warn = warn;
  }

  ref(id: string): SchemaObject {
    const name = this.#names.get(id);
    if (name !== undefined) {
      if (!this.#queued.has(id)) {
        this.#queued.add(id);
        this.#pending.push(id);
      }
      return { $ref: `#/components/schemas/${name}` };
    }
    const wellKnown = wellKnownOfId(id);
    if (wellKnown !== undefined) return wellKnownSchema(wellKnown);
    if (!this.#missing.has(id)) {
      this.#missing.add(id);
      this.warn(`type ${id} is referred to but not described; any JSON value is accepted`);
    }
    return {};
  }

  enumValues(id: string): readonly string[] | undefined {
    const type = this.#type(id);
    return type?.kind === 'enum' ? type.values.map((value) => value.name) : undefined;
  }

  message(id: string): Message | undefined {
    const type = this.#type(id);
    return type?.kind === 'message' ? type : undefined;
  }

  #type(id: string) {
    return Object.hasOwn(this.#ir.types, id) ? this.#ir.types[id] : undefined;
  }

  /** The schemas of every type referred to so far, and of what they refer to, by component name. */
  schemas(): Record<string, SchemaObject> {
    const built = new Map<string, SchemaObject>();
    for (let id = this.#pending.pop(); id !== undefined; id = this.#pending.pop()) {
      const type = this.#ir.types[id]!;
      built.set(this.#names.get(id)!, type.kind === 'enum' ? enumSchema(type, this.warn) : messageSchema(type, this));
    }
    return Object.fromEntries([...built].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/**
 * Component names are the type ids (full protobuf names, unique across products). An id with
 * a character OpenAPI does not allow in a component name has it replaced, after every id that
 * needs no change took its own name; those that then collide are numbered in id order, so a
 * name never depends on which operation came first.
 */
export function componentNames(ids: readonly string[]): Map<string, string> {
  const sorted = [...ids].sort();
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of sorted) {
    if (!SAFE_NAME.test(id)) continue;
    names.set(id, id);
    taken.add(id);
  }
  for (const id of sorted) {
    if (names.has(id)) continue;
    const base = id.replace(UNSAFE_NAME, '_') || '_';
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    names.set(id, name);
  }
  return names;
}
