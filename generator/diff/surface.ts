import type { DocsIr } from '../model/ir.ts';
import { buildModules, type ProductModel } from '../targets/typescript/model/product.ts';
import type { ChangeSink } from './sink.ts';

/** One thing the package exports under names of its own: a type (and its validator), a client, a method. */
interface Export {
  product: string;
  module: string;
  /** The model thing it comes from: `type:<id>`, `client:<service>`, `method:<service>/<name>`. */
  key: string;
  names: string[];
  type: string | null;
  service: string | null;
  method: string | null;
}

/** Maps an old side's model ids to the new side's: null where the thing is gone (the model reports that). */
export interface IdMap {
  type(oldId: string): string | null;
  service(oldId: string): string | null;
  method(oldService: string, name: string): boolean;
}

/**
 * The generated package's public surface compared, besides the model: an export renamed or
 * moved to another module breaks users' imports even where the model change is docs-only (a
 * gRPC page that joins a REST one gives anonymous types their protobuf names; a service that
 * changes product moves its client). A method's request and response types are compared
 * through their own exports: a method whose types were renamed is reported once, as the
 * type's rename; one whose types were replaced, by the model. Exports of things the model
 * reports as removed, or that no method reaches any more, are left to the model's change, and
 * a client's methods go with the client, so that each cause is one change.
 */
export function compareSurfaces(sink: ChangeSink, before: DocsIr, after: DocsIr, ids: IdMap): void {
  const newSurface = surfaceOf(after);
  const newExports = new Map(newSurface.map((entry) => [`${entry.module}\u0000${entry.key}`, entry]));
  const modulesOf = new Map<string, string>();
  for (const entry of newSurface) if (!modulesOf.has(entry.key)) modulesOf.set(entry.key, entry.module);
  const moved = new Map<string, { product: string; names: string[] }>();
  const changedClients = new Set<string>();
  for (const old of surfaceOf(before)) {
    const key = mappedKey(old, ids);
    if (key === null || !modulesOf.has(key) || (old.method !== null && changedClients.has(`${old.module}\u0000${old.service}`))) continue;
    const current = newExports.get(`${old.module}\u0000${key}`);
    if (current && !renamed(old.names, current.names)) continue;
    if (old.method === null && old.service !== null) changedClients.add(`${old.module}\u0000${old.service}`);
    if (current) {
      const where = { direction: null, product: current.product, service: current.service, method: current.method, type: current.type, path: null };
      sink.add('export-renamed', where, { subject: `${old.module}:${old.names[0]}`, before: names(old), after: names(current) });
    } else {
      const group = `${old.module}\u0000${modulesOf.get(key)}`;
      const entry = moved.get(group) ?? { product: old.product, names: [] };
      entry.names.push(...old.names);
      moved.set(group, entry);
    }
  }
  for (const [group, entry] of moved) {
    const [from, to] = group.split('\u0000') as [string, string];
    const where = { direction: null, product: entry.product, service: null, method: null, type: null, path: null };
    sink.add('export-moved', where, { subject: `${from} → ${to}`, before: entry.names.map(code).join(', '), after: to });
  }
}

const names = (entry: Export) => entry.names.join(', ');
const code = (name: string) => `\`${name}\``;

/**
 * The main name changed, or a companion both sides have (a validator, a paginating `…All`).
 * A companion on one side only comes or goes with a model change (pagination, a message
 * turned enum) that is reported already.
 */
function renamed(before: readonly string[], after: readonly string[]): boolean {
  if (before[0] !== after[0]) return true;
  const count = Math.min(before.length, after.length);
  for (let i = 1; i < count; i++) if (before[i] !== after[i]) return true;
  return false;
}

function mappedKey(entry: Export, ids: IdMap): string | null {
  if (entry.type !== null && entry.method === null) {
    const id = ids.type(entry.type);
    return id === null ? null : `type:${id}`;
  }
  const service = ids.service(entry.service!);
  if (service === null) return null;
  if (entry.method === null) return `client:${service}`;
  return ids.method(entry.service!, entry.method) ? `method:${service}/${entry.method}` : null;
}

function surfaceOf(ir: DocsIr): Export[] {
  // A product module exports the shared types it reaches under its own names, as if it held them.
  return buildModules(ir, () => undefined).products.flatMap(exportsOf);
}

function exportsOf(product: ProductModel): Export[] {
  const base = { product: product.product, module: `./${product.directory}` };
  const entries: Export[] = product.types.map((type) => ({
    ...base,
    key: `type:${type.def.id}`,
    names: type.validatorName ? [type.name, type.validatorName] : [type.name],
    type: type.def.id,
    service: null,
    method: null,
  }));
  for (const service of product.services) {
    entries.push({ ...base, key: `client:${service.service.id}`, names: [service.className], type: null, service: service.service.id, method: null });
    for (const method of service.methods) {
      entries.push({
        ...base,
        key: `method:${service.service.id}/${method.method.name}`,
        names: [`${service.className}.${method.memberName}`, ...(method.allName ? [`${service.className}.${method.allName}`] : [])],
        type: null,
        service: service.service.id,
        method: method.method.name,
      });
    }
  }
  return entries;
}
