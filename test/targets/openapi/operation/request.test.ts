import { describe, expect, it } from 'vitest';
import type { HttpBinding, TypeDef } from '../../../../generator/model/ir.ts';
import { parsePathTemplate, sharedWith } from '../../../../generator/targets/openapi/operation/path-template.ts';
import { bindRequest } from '../../../../generator/targets/openapi/operation/request.ts';
import { enumType, field, http, int64, message, ref, str, text, wk } from '../../typescript/fixtures/build.ts';
import { contextOf } from '../helpers/context.ts';

const quiet = { description: text() };
const types: TypeDef[] = [
  message('x.ListRequest', [
    field('folderId', str, { ...quiet, required: true, constraints: { maxLength: 50 } }),
    field('filter', ref('x.Filter'), quiet),
    field('ids', str, { ...quiet, repeated: true }),
    field('labels', str, { ...quiet, map: 'string' }),
    field('items', ref('x.Filter'), { ...quiet, repeated: true }),
    field('extra', wk('Struct'), quiet),
    field('nothing', wk('Empty'), quiet),
  ]),
  message('x.Filter', [field('name', str, { ...quiet, required: true }), field('status', ref('x.Status'), quiet), field('since', wk('Timestamp'), quiet), field('inner', ref('x.Filter'), quiet)]),
  enumType('x.Status', ['READY', 'ERROR']),
  message('x.UpdateRequest', [field('diskId', str, { ...quiet, required: true }), field('name', str, quiet), field('size', int64, quiet), field('folderId', str, quiet)]),
  message('x.MoveRequest', [field('diskId', str, { ...quiet, required: true }), field('target', ref('x.Filter'), { ...quiet, required: true }), field('dryRun', str, quiet)]),
  message('x.NestedRequest', [field('disk', ref('x.DiskRef'), quiet), field('name', str, quiet)]),
  message('x.DiskRef', [field('id', str, quiet), field('zone', str, quiet)]),
];

const bind = (requestId: string, binding: HttpBinding, template = parsePathTemplate(binding.path)) => {
  const { context, warnings } = contextOf(types);
  return { ...bindRequest('x.Service.Call', requestId, binding, template, context), warnings };
};
const names = (parameters: Array<Record<string, unknown>>) => parameters.map((parameter) => `${String(parameter.in)}:${String(parameter.name)}`);

describe('bindRequest: a request split as gRPC transcoding splits it', () => {
  it('without a body, every field not in the path is a query parameter, message fields as dotted leaves', () => {
    const { parameters, requestBody, warnings } = bind('x.ListRequest', http('GET', 'h', '/v1/folders/{folderId}/disks'));
    expect(names(parameters)).toEqual(['path:folderId', 'query:filter.name', 'query:filter.status', 'query:filter.since', 'query:ids']);
    expect(parameters[0]).toEqual({ name: 'folderId', in: 'path', required: true, schema: { type: 'string', maxLength: 50 } });
    expect(parameters[2]).toEqual({ name: 'filter.status', in: 'query', schema: { $ref: '#/components/schemas/x.Status' } });
    expect(parameters[4]).toEqual({ name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'string' } } });
    expect(requestBody).toBeUndefined();
    expect(warnings).toEqual([
      'x.Service.Call (GET /v1/folders/{folderId}/disks): filter.inner recurses into x.Filter, which gRPC transcoding gives no query form; not a parameter',
      'x.Service.Call (GET /v1/folders/{folderId}/disks): labels is a map, which gRPC transcoding gives no query form; not a parameter',
      'x.Service.Call (GET /v1/folders/{folderId}/disks): items is a repeated message, which gRPC transcoding gives no query form; not a parameter',
      'x.Service.Call (GET /v1/folders/{folderId}/disks): extra is a Struct, which gRPC transcoding gives no query form; not a parameter',
    ]);
  });

  it('a nested field is required in the query only where every message above it is', () => {
    const { parameters } = bind('x.MoveRequest', http('GET', 'h', '/v1/disks/{diskId}:check'));
    expect(parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name)).toEqual(['diskId', 'target.name']);
  });

  it('body "*": the fields outside the path are the body, which then is the message less the path', () => {
    const { parameters, requestBody } = bind('x.UpdateRequest', http('PATCH', 'h', '/v1/disks/{diskId}', { body: '*' }));
    expect(names(parameters)).toEqual(['path:diskId']);
    expect(requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' }, size: { type: 'string', format: 'int64' }, folderId: { type: 'string' } } } } },
    });
  });

  it('body "*" with documented query parameters: those stay in the query, the rest is the body', () => {
    const { parameters, requestBody } = bind('x.UpdateRequest', http('POST', 'h', '/v1/disks/{diskId}:write', { body: '*', query: ['folderId'] }));
    expect(names(parameters)).toEqual(['path:diskId', 'query:folderId']);
    expect(Object.keys((requestBody as any).content['application/json'].schema.properties)).toEqual(['name', 'size']);
  });

  it('body "*" with nothing bound elsewhere refers to the request message itself', () => {
    const { requestBody } = bind('x.UpdateRequest', http('POST', 'h', '/v1/disks', { body: '*' }));
    expect(requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/x.UpdateRequest' } } } });
  });

  it('body "<field>": that field is the body, every other field outside the path a query parameter', () => {
    const { parameters, requestBody } = bind('x.MoveRequest', http('POST', 'h', '/v1/disks/{diskId}:move', { body: 'target' }));
    expect(names(parameters)).toEqual(['path:diskId', 'query:dryRun']);
    expect(requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/x.Filter' } } } });
  });

  it('a dotted path parameter binds the nested field, which leaves the query', () => {
    const { parameters } = bind('x.NestedRequest', http('GET', 'h', '/v1/disks/{disk.id}'));
    expect(names(parameters)).toEqual(['path:disk.id', 'query:disk.zone', 'query:name']);
  });

  it('a path shared with another method’s names still binds this method’s fields, named in x-field', () => {
    const owner = parsePathTemplate('/v1/disks/{id}');
    const template = sharedWith(parsePathTemplate('/v1/disks/{disk.id}'), owner);
    const { parameters } = bind('x.NestedRequest', http('PATCH', 'h', '/v1/disks/{disk.id}'), template);
    expect(parameters[0]).toEqual({ name: 'id', in: 'path', required: true, 'x-field': 'disk.id', schema: { type: 'string' } });
    expect(names(parameters)).toEqual(['path:id', 'query:disk.zone', 'query:name']);
  });

  it('says what the request does not have, and types it as a string', () => {
    const { parameters, warnings } = bind('x.UpdateRequest', http('GET', 'h', '/v1/zones/{zoneId}', { query: ['pageToken'] }));
    expect(parameters.slice(0, 1)).toEqual([{ name: 'zoneId', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(parameters.at(-1)).toEqual({ name: 'pageToken', in: 'query', schema: { type: 'string' } });
    expect(warnings).toEqual([
      'x.Service.Call (GET /v1/zones/{zoneId}): query parameter pageToken is not a field of the request; typed as string',
      'x.Service.Call (GET /v1/zones/{zoneId}): path parameter zoneId is not a field of the request; typed as string',
    ]);
  });

  it('a request the model does not describe: path parameters as strings, the body as any value', () => {
    const { parameters, requestBody, warnings } = bind('x.Unknown', http('POST', 'h', '/v1/things/{thingId}', { body: '*' }));
    expect(names(parameters)).toEqual(['path:thingId']);
    expect(requestBody).toEqual({ required: true, content: { 'application/json': { schema: {} } } });
    expect(warnings).toContain('type x.Unknown is referred to but not described; any JSON value is accepted');
  });
});
