import { describe, expect, it } from 'vitest';
import { detectPagination } from '../../generator/merge/pagination.ts';
import type { Field, Message, Method, TypeDef } from '../../generator/model/ir.ts';

const field = (jsonName: string, repeated = false, map: Field['map'] = null): Field => ({
  name: jsonName, jsonName, description: {}, type: { scalar: 'string' }, repeated, map, required: false, oneof: null, deprecated: false, constraints: {},
});
const message = (id: string, fields: Field[]): Message => ({ kind: 'message', id, name: id, description: {}, fields, oneofs: [], sources: [] });
const method: Method = { name: 'List', description: {}, request: 'Req', response: 'Resp', clientStreaming: false, serverStreaming: false, http: null, operation: null, pagination: null, sources: [] };
const types = (request: Field[], response: Field[]) => new Map<string, TypeDef>([['Req', message('Req', request)], ['Resp', message('Resp', response)]]);

describe('pagination', () => {
  it.each([
    ['a list with one repeated field', [field('pageSize'), field('pageToken')], [field('items', true), field('nextPageToken')], { pageSize: 'pageSize', pageToken: 'pageToken', nextPageToken: 'nextPageToken', items: 'items' }],
    ['no page size', [field('pageToken')], [field('items', true), field('nextPageToken')], { pageSize: null, pageToken: 'pageToken', nextPageToken: 'nextPageToken', items: 'items' }],
    ['two repeated fields: items unknown', [field('pageToken')], [field('a', true), field('b', true), field('nextPageToken')], { pageSize: null, pageToken: 'pageToken', nextPageToken: 'nextPageToken', items: null }],
    ['a map is not the items', [field('pageToken')], [field('labels', false, { key: 'string' }), field('items', true), field('nextPageToken')], { pageSize: null, pageToken: 'pageToken', nextPageToken: 'nextPageToken', items: 'items' }],
    ['no next page token', [field('pageToken')], [field('items', true)], null],
    ['no page token', [field('pageSize')], [field('items', true), field('nextPageToken')], null],
  ])('%s', (_name, request, response, want) => {
    expect(detectPagination(method, types(request, response))).toEqual(want);
  });
});
