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
 * Standard messages the reference links to on external sites instead of documenting, or
 * documents differently on every page: their definitions are fixed (Google's protos, the
 * cloud's operation.proto), so the model can carry them.
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
  // Every long-running call returns this one message; its error is a google.rpc.Status whatever a page's bare `**object**` says.
  'yandex.cloud.operation.Operation': () => ({
    kind: 'message',
    id: 'yandex.cloud.operation.Operation',
    name: 'Operation',
    description: { en: 'A long-running operation: poll it until `done`, then read `error` or `response`.' },
    fields: [
      field('id', 'id', { scalar: 'string' }),
      field('description', 'description', { scalar: 'string' }),
      field('created_at', 'createdAt', { wellKnown: 'Timestamp' }),
      field('created_by', 'createdBy', { scalar: 'string' }),
      field('modified_at', 'modifiedAt', { wellKnown: 'Timestamp' }),
      field('done', 'done', { scalar: 'bool' }),
      field('metadata', 'metadata', { wellKnown: 'Any' }),
      { ...field('error', 'error', { ref: 'google.rpc.Status' }), oneof: 'result' },
      { ...field('response', 'response', { wellKnown: 'Any' }), oneof: 'result' },
    ],
    oneofs: [{ name: 'result', fields: ['error', 'response'], required: false }],
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
