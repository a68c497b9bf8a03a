import type { Field, Message, TypeRef } from '../model/ir.ts';

const field = (name: string, jsonName: string, type: TypeRef, repeated = false): Field => ({
  name,
  jsonName,
  description: {},
  type,
  repeated,
  map: null,
  required: false,
  oneof: null,
  deprecated: false,
  constraints: {},
});

/**
 * Standard messages the reference links to on external sites instead of documenting:
 * their definitions are fixed by Google's protos, so the model can carry them.
 */
const BUILTINS: Record<string, () => Message> = {
  'google.rpc.Status': () => ({
    kind: 'message',
    id: 'google.rpc.Status',
    name: 'Status',
    description: { en: 'The error result of an operation: a code, a message and details.' },
    fields: [
      field('code', 'code', { scalar: 'int32' }),
      field('message', 'message', { scalar: 'string' }),
      field('details', 'details', { wellKnown: 'Any' }, true),
    ],
    oneofs: [],
    sources: [],
  }),
  'google.protobuf.Empty': () => ({
    kind: 'message',
    id: 'google.protobuf.Empty',
    name: 'Empty',
    description: { en: 'An empty message.' },
    fields: [],
    oneofs: [],
    sources: [],
  }),
};

export function builtinType(id: string): Message | null {
  return BUILTINS[id]?.() ?? null;
}
