import { describe, expect, it } from 'vitest';
import { parsePathTemplate, pathProblem, sharedWith } from '../../../../generator/targets/openapi/operation/path-template.ts';

describe('parsePathTemplate', () => {
  const cases = [
    { given: '/managed-redis/v1/clusters/{clusterId}/backups', want: { path: '/managed-redis/v1/clusters/{clusterId}/backups', params: ['clusterId'], shape: '/managed-redis/v1/clusters/{}/backups' } },
    { given: '/v1/{name=organizations/*}/roles', want: { path: '/v1/{name}/roles', params: ['name'], shape: '/v1/{}/roles' } },
    { given: '/compute/v1/instances/{instanceId}:detachDisk', want: { path: '/compute/v1/instances/{instanceId}:detachDisk', params: ['instanceId'], shape: '/compute/v1/instances/{}:detachDisk' } },
    { given: '/v2/clouds/{server.cloudId}/servers/{server.serverId}', want: { path: '/v2/clouds/{server.cloudId}/servers/{server.serverId}', params: ['server.cloudId', 'server.serverId'], shape: '/v2/clouds/{}/servers/{}' } },
  ];
  it.each(cases)('$given', ({ given, want }) => {
    expect(parsePathTemplate(given)).toEqual({ ...want, fields: want.params });
  });

  it('names what OpenAPI cannot hold', () => {
    expect(pathProblem(parsePathTemplate('v1/disks'))).toBe('does not start with /');
    expect(pathProblem(parsePathTemplate('/v1/disks?view=full'))).toBe('holds a query or fragment');
    expect(pathProblem(parsePathTemplate('/v1/{}/x'))).toBe('has an unnamed parameter');
    expect(pathProblem(parsePathTemplate('/v1/{id}/{id}'))).toBe('binds one parameter twice');
    expect(pathProblem(parsePathTemplate('/v1/{id}'))).toBeUndefined();
  });

  it('renames a template to the path of its shape, keeping the fields it binds', () => {
    const owner = parsePathTemplate('/v2/clouds/{cloudId}/servers/{serverId}');
    expect(sharedWith(parsePathTemplate('/v2/clouds/{server.cloudId}/servers/{server.serverId}'), owner)).toEqual({
      path: '/v2/clouds/{cloudId}/servers/{serverId}',
      params: ['cloudId', 'serverId'],
      fields: ['server.cloudId', 'server.serverId'],
      shape: '/v2/clouds/{}/servers/{}',
    });
  });
});
