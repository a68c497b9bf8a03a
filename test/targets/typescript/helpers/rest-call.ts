import type { RestCall } from '../../../../generator/targets/typescript/runtime/request.ts';

/** A GET of `/things/{thingId}`, for transport tests; overrides change what a test needs. */
export function restCall(overrides: Partial<RestCall> = {}): RestCall {
  return {
    method: 'test.v1.ThingService.Get',
    verb: 'GET',
    host: 'things.example.test',
    path: ['/things/', ''],
    pathParams: ['thingId'],
    body: null,
    validateRequest: null,
    validateResponse: null,
    ...overrides,
  };
}
