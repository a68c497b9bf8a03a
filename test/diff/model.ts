import type { DocsIr, Enum, Field, Message, Method, Service, TypeDef } from '../../generator/model/ir.ts';

/** Hand-built models for the diff tests: small, complete, and easy to mutate. */

export function field(jsonName: string, overrides: Partial<Field> = {}): Field {
  return {
    name: jsonName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    jsonName,
    description: { en: `The ${jsonName}.` },
    type: { scalar: 'string' },
    repeated: false,
    map: null,
    required: false,
    oneof: null,
    deprecated: false,
    constraints: {},
    ...overrides,
  };
}

export const ref = (id: string) => ({ ref: id });

export function message(id: string, fields: Field[], overrides: Partial<Message> = {}): Message {
  return {
    kind: 'message',
    id,
    name: id.slice(id.lastIndexOf('.') + 1),
    description: { en: `A ${id}.` },
    fields,
    oneofs: [],
    sources: [],
    ...overrides,
  };
}

export function enumType(id: string, values: string[]): Enum {
  return {
    kind: 'enum',
    id,
    name: id.slice(id.lastIndexOf('.') + 1),
    description: { en: `Kinds of ${id}.` },
    values: values.map((name) => ({ name, description: { en: `The ${name} value.` } })),
    sources: [],
  };
}

export function method(name: string, request: string, response: string, overrides: Partial<Method> = {}): Method {
  return {
    name,
    description: { en: `Does ${name}.` },
    request,
    response,
    clientStreaming: false,
    serverStreaming: false,
    http: null,
    operation: null,
    pagination: null,
    sources: [],
    ...overrides,
  };
}

export function model(services: Service[], types: TypeDef[]): DocsIr {
  const sorted = [...types].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    irVersion: 1,
    sources: [],
    services,
    types: Object.fromEntries(sorted.map((type) => [type.id, type])),
    diagnostics: [],
  };
}

const pkg = 'yandex.cloud.things.v1';
export const ids = {
  service: `${pkg}.ThingService`,
  createRequest: `${pkg}.CreateThingRequest`,
  getRequest: `${pkg}.GetThingRequest`,
  listRequest: `${pkg}.ListThingsRequest`,
  listResponse: `${pkg}.ListThingsResponse`,
  thing: `${pkg}.Thing`,
  settings: `${pkg}.Settings`,
  kind: `${pkg}.Thing.Kind`,
  status: `${pkg}.Thing.Status`,
  orphan: `${pkg}.Unused`,
};

/**
 * One service with three methods. `CreateThingRequest` and `GetThingRequest` travel only in
 * requests, `Thing`, `ListThingsResponse` and `Thing.Status` only in responses, and
 * `Settings` and `Thing.Kind` both ways (sent on create, returned in the thing).
 */
export function baseModel(): DocsIr {
  const create = message(ids.createRequest, [
    field('folderId', { required: true, constraints: { maxLength: 50 } }),
    field('name', { constraints: { minLength: 1, maxLength: 63, pattern: '[a-z][-a-z0-9]*' } }),
    field('size', { type: { scalar: 'int64' }, constraints: { minimum: '0', maximum: '1000' } }),
    field('tags', { repeated: true, constraints: { maxItems: 10 } }),
    field('kind', { type: ref(ids.kind) }),
    field('settings', { type: ref(ids.settings) }),
    field('labels', { map: { key: 'string' } }),
    field('zoneId', { oneof: 'placement' }),
    field('regionId', { oneof: 'placement' }),
    field('description'),
  ], { oneofs: [{ name: 'placement', fields: ['zoneId', 'regionId'], required: false }] });
  const thing = message(ids.thing, [
    field('id'),
    field('name', { constraints: { maxLength: 63 } }),
    field('createdAt', { type: { wellKnown: 'Timestamp' } }),
    field('kind', { type: ref(ids.kind) }),
    field('status', { type: ref(ids.status) }),
    field('settings', { type: ref(ids.settings) }),
    field('children', { type: ref(ids.thing), repeated: true }),
  ]);
  const service: Service = {
    id: ids.service,
    name: 'ThingService',
    product: 'things',
    description: { en: 'Manages things.' },
    methods: [
      method('Create', ids.createRequest, ids.thing, {
        http: { verb: 'POST', host: '{{ api-host }}', path: '/things/v1/things', pathParams: [], queryParams: [], body: '*' },
      }),
      method('Get', ids.getRequest, ids.thing, {
        http: {
          verb: 'GET', host: '{{ api-host }}', path: '/things/v1/things/{thingId}',
          pathParams: ['thingId'], queryParams: [], body: null,
        },
      }),
      method('List', ids.listRequest, ids.listResponse, {
        pagination: { pageSize: 'pageSize', pageToken: 'pageToken', nextPageToken: 'nextPageToken', items: 'things' },
      }),
    ],
  };
  return model([service], [
    create,
    message(ids.getRequest, [field('thingId', { required: true })]),
    message(ids.listRequest, [field('pageSize', { type: { scalar: 'int64' } }), field('pageToken')]),
    message(ids.listResponse, [field('things', { type: ref(ids.thing), repeated: true }), field('nextPageToken')]),
    thing,
    message(ids.settings, [field('retention', { type: { wellKnown: 'Duration' } })]),
    enumType(ids.kind, ['SMALL', 'LARGE']),
    enumType(ids.status, ['RUNNING', 'STOPPED']),
    message(ids.orphan, [field('x')]),
  ]);
}

/** A copy of the base model changed by `edit`. */
export function edited(edit: (ir: DocsIr) => void, base: DocsIr = baseModel()): DocsIr {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

export function messageOf(ir: DocsIr, id: string): Message {
  const type = ir.types[id];
  if (type?.kind !== 'message') throw new Error(`${id} is not a message`);
  return type;
}

export function fieldOf(ir: DocsIr, id: string, jsonName: string): Field {
  const found = messageOf(ir, id).fields.find((f) => f.jsonName === jsonName);
  if (!found) throw new Error(`${id} has no field ${jsonName}`);
  return found;
}

export function methodOf(ir: DocsIr, name: string): Method {
  const found = ir.services[0]!.methods.find((m) => m.name === name);
  if (!found) throw new Error(`no method ${name}`);
  return found;
}
