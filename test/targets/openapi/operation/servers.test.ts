import { describe, expect, it } from 'vitest';
import { serverOf } from '../../../../generator/targets/openapi/operation/servers.ts';

const hosts = { 'api-host': 'api.cloud.yandex.net', 'api-host-mdb': 'mdb.api.cloud.yandex.net' };

describe('serverOf: a documented host as a server', () => {
  const cases = [
    { given: '{{ api-host-mdb }}', want: { url: 'https://mdb.api.cloud.yandex.net' } },
    { given: 'compute.{{ api-host }}', want: { url: 'https://compute.api.cloud.yandex.net' } },
    { given: '{{api-host}}', want: { url: 'https://api.cloud.yandex.net' } },
    { given: 'kms.yandex', want: { url: 'https://kms.yandex' } },
    { given: 'http://localhost:8080/', want: { url: 'http://localhost:8080' } },
  ];
  it.each(cases)('$given → $want.url', ({ given, want }) => {
    const warnings: string[] = [];
    expect(serverOf(given, hosts, (message) => warnings.push(message))).toEqual(want);
    expect(warnings).toEqual([]);
  });

  it('names a placeholder the host table lacks as a server variable, and says so', () => {
    const warnings: string[] = [];
    expect(serverOf('{{ api-host-new }}', hosts, (message) => warnings.push(message))).toEqual({
      url: 'https://{api-host-new}',
      variables: { 'api-host-new': { default: 'api-host-new', description: 'The value of {{ api-host-new }}, which the host table lacks' } },
    });
    expect(warnings).toEqual(["the host table has no value for {{ api-host-new }} (config 'hosts'); the servers name it as a variable"]);
  });

  it('has no server for no host', () => {
    expect(serverOf('  ', hosts, () => undefined)).toBeUndefined();
  });
});
