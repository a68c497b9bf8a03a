import { describe, expect, test } from 'vitest';
import { baseUrl, resolveHost } from '../../../../generator/targets/typescript/runtime/hosts.ts';

describe('hosts', () => {
  const table = { 'api-host': 'api.cloud.yandex.net', 'api-host-mdb': 'mdb.api.cloud.yandex.net' };
  test.each([
    ['{{ api-host-mdb }}', 'mdb.api.cloud.yandex.net'],
    ['compute.{{ api-host }}', 'compute.api.cloud.yandex.net'],
    ['{{api-host}}', 'api.cloud.yandex.net'],
    ['literal.example.com', 'literal.example.com'],
  ])('%s → %s', (template, want) => expect(resolveHost(template, table)).toBe(want));

  test('an unknown placeholder names itself and the fix', () => {
    expect(() => resolveHost('{{ api-host-nope }}', table)).toThrow(/api-host-nope.*hosts/);
  });

  test.each([
    [undefined, 'https://mdb.api.cloud.yandex.net'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['proxy.local', 'https://proxy.local'],
  ])('endpoint %j → %s', (endpoint, want) => expect(baseUrl(endpoint, '{{ api-host-mdb }}', table)).toBe(want));
});
