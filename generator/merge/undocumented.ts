import type { Service, TypeDef } from '../model/ir.ts';
import { builtinType } from './builtins.ts';
import { type MergeContext, report } from './context.ts';

/** Types the pages point at but never document (`google.rpc.Status`, `google.protobuf.Empty`) get their standard definition. */
export function addBuiltins(types: Map<string, TypeDef>, services: readonly Service[], context: MergeContext): void {
  const referenced = new Map<string, string>();
  for (const service of services) {
    for (const method of service.methods) {
      for (const id of [method.request, method.response, method.operation?.metadata, method.operation?.response]) {
        if (id) referenced.set(id, method.sources[0] ?? '');
      }
    }
  }
  for (const type of types.values()) {
    if (type.kind !== 'message') continue;
    for (const field of type.fields) if ('ref' in field.type) referenced.set(field.type.ref, type.sources[0] ?? '');
  }
  const byName = documentedByName(types, [...referenced.keys()].filter((id) => !types.has(id)), services);
  for (const [id, where] of [...referenced].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (types.has(id) || byName.has(id)) continue;
    const builtin = builtinType(id);
    if (builtin) {
      types.set(id, builtin);
      continue;
    }
    report(context, where, 'undocumented-type', `type ${id} is referred to but documented on no page; it is kept as a message without fields`);
    types.set(id, { kind: 'message', id, name: id.slice(id.lastIndexOf('.') + 1), description: {}, fields: [], oneofs: [], sources: [] });
  }
}

/**
 * A link to a section on another page (`[LogLevel.Level](#LogLevel)`) names its type only
 * by the end of its full name; where exactly one documented type ends that way, the
 * references are pointed at it.
 */
function documentedByName(types: Map<string, TypeDef>, dangling: readonly string[], services: readonly Service[]): Map<string, string> {
  const byLast = new Map<string, string[]>();
  for (const id of types.keys()) {
    const last = id.slice(id.lastIndexOf('.') + 1);
    const ids = byLast.get(last);
    if (ids) ids.push(id);
    else byLast.set(last, [id]);
  }
  const found = new Map<string, string>();
  for (const id of dangling) {
    const suffix = id.slice(id.indexOf('.') + 1);
    const candidates = (byLast.get(id.slice(id.lastIndexOf('.') + 1)) ?? []).filter((candidate) => candidate.endsWith(`.${suffix}`));
    if (candidates.length === 1 && candidates[0]) found.set(id, candidates[0]);
  }
  if (found.size === 0) return found;
  const retarget = (id: string): string => found.get(id) ?? id;
  for (const type of types.values()) {
    if (type.kind === 'message') for (const field of type.fields) if ('ref' in field.type) field.type = { ref: retarget(field.type.ref) };
  }
  for (const service of services) {
    for (const method of service.methods) {
      method.request = retarget(method.request);
      method.response = retarget(method.response);
      if (method.operation) method.operation = { metadata: method.operation.metadata && retarget(method.operation.metadata), response: method.operation.response && retarget(method.operation.response) };
    }
  }
  return found;
}
