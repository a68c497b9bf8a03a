import { describe, expect, test } from 'vitest';
import { buildRequest, type RestCall } from '../../../../generator/targets/typescript/runtime/request.ts';

const call = (overrides: Partial<RestCall>): RestCall => ({
  method: 'x.Service.Method',
  verb: 'GET',
  host: '{{ api-host }}',
  path: ['/v1/clusters/', '/backups'],
  pathParams: ['clusterId'],
  body: null,
  validateRequest: null,
  validateResponse: null,
  ...overrides,
});

describe('buildRequest (the gRPC HTTP mapping)', () => {
  test.each([
    ['a slash in a path value is encoded', call({}), { clusterId: 'c/1' }, { path: '/v1/clusters/c%2F1/backups', query: '', body: undefined }],
    ['dots and spaces too', call({}), { clusterId: '../a b' }, { path: '/v1/clusters/..%2Fa%20b/backups', query: '', body: undefined }],
    [
      'other fields go to the query, nested as a.b, repeated as repeated keys',
      call({}),
      { clusterId: 'c1', pageSize: '10', filter: { status: 'READY', tags: ['a', 'b&c'] } },
      { path: '/v1/clusters/c1/backups', query: '?pageSize=10&filter.status=READY&filter.tags=a&filter.tags=b%26c', body: undefined },
    ],
    [
      'body "*" takes every field but the path parameters',
      call({ verb: 'POST', body: '*' }),
      { clusterId: 'c1', name: 'n', labels: { a: '1' } },
      { path: '/v1/clusters/c1/backups', query: '', body: '{"name":"n","labels":{"a":"1"}}' },
    ],
    [
      'a body field goes alone; the rest to the query',
      call({ verb: 'PATCH', body: 'cluster' }),
      { clusterId: 'c1', cluster: { name: 'n' }, updateMask: 'name' },
      { path: '/v1/clusters/c1/backups', query: '?updateMask=name', body: '{"name":"n"}' },
    ],
    [
      'a nested path parameter',
      call({ path: ['/v1/', ''], pathParams: ['cluster.id'] }),
      { cluster: { id: 'x', name: 'n' } },
      { path: '/v1/x', query: '?cluster.name=n', body: undefined },
    ],
    [
      '__proto__ in the request body stays an own key',
      call({ verb: 'POST', body: '*' }),
      JSON.parse('{"clusterId":"c1","__proto__":{"polluted":true}}') as object,
      { path: '/v1/clusters/c1/backups', query: '', body: '{"__proto__":{"polluted":true}}' },
    ],
  ])('%s', (_name, spec, request, want) => {
    expect(buildRequest(spec, request)).toEqual(want);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a missing path parameter is an issue, never an empty path segment', () => {
    expect(buildRequest(call({}), {})).toEqual([{ path: 'clusterId', code: 'required', message: 'path parameter is missing' }]);
    expect(buildRequest(call({}), { clusterId: '' })).toHaveLength(1);
  });
});
