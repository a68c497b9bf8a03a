import { describe, expect, it } from 'vitest';
import type { DocsIr } from '../../../generator/model/ir.ts';
import { buildDocument } from '../../../generator/targets/openapi/document.ts';
import { openapiTarget } from '../../../generator/targets/openapi/target.ts';
import { cloudModel } from '../typescript/fixtures/cloud-model.ts';
import { field, http, message, method, model, ref, service, str, text } from '../typescript/fixtures/build.ts';

const HOSTS = { 'api-host': 'api.cloud.yandex.net', 'api-host-mdb': 'mdb.api.cloud.yandex.net' };
const REDIS = 'yandex.cloud.mdb.redis.v1';
const COMPUTE = 'yandex.cloud.compute.v1';

function documentOf(ir: DocsIr) {
  const warnings: string[] = [];
  const document = buildDocument(ir, ir.services, { title: 'T', version: '1.2.3', hosts: HOSTS, warn: (message) => warnings.push(message) }) as any;
  return { document, warnings };
}

function emit(ir: DocsIr, options: Record<string, unknown> = {}) {
  const warnings: string[] = [];
  const files = openapiTarget.emit(ir, { options: openapiTarget.parseOptions(options), packageName: 'p', version: '1.2.3', hosts: HOSTS, warn: (message) => warnings.push(message) });
  return { files, warnings };
}

describe('the OpenAPI document of a model', () => {
  const { document, warnings } = documentOf(cloudModel);

  it('is OpenAPI 3.1 with the package version, the licence of the text, and bearer IAM tokens', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'T', version: '1.2.3', license: { identifier: 'CC-BY-4.0' } });
    expect(document.security).toEqual([{ iamToken: [] }]);
    expect(document.components.securitySchemes.iamToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(warnings).toEqual([]);
  });

  it('has one operation per REST method, named by its full rpc name and tagged with its service', () => {
    const operations = Object.values(document.paths).flatMap((item: any) => Object.entries(item).filter(([key]) => key !== 'servers').map(([, operation]) => operation as any));
    expect(operations.map((operation) => operation.operationId).sort()).toEqual([
      `${COMPUTE}.DiskService.List`,
      `${COMPUTE}.DiskService.Search`,
      `${COMPUTE}.DiskService.Update`,
      `${COMPUTE}.DiskService.WatchEvents`,
      `${REDIS}.BackupService.Delete`,
      `${REDIS}.BackupService.Get`,
      `${REDIS}.ClusterService.Create`,
      `${REDIS}.ClusterService.Get`,
      `${REDIS}.ClusterService.ListBackups`,
    ]);
    expect(document.tags.map((tag: any) => tag.name)).toEqual([`${COMPUTE}.DiskService`, `${REDIS}.BackupService`, `${REDIS}.ClusterService`]);
    expect(document.tags[2].description).toBe('A set of methods for managing Redis clusters.');
  });

  it('lists the gRPC-only methods (no HTTP binding) instead of making them operations', () => {
    expect(document['x-grpc-only-methods']).toEqual([`${REDIS}.ClusterService.RescheduleMaintenance`, `${REDIS}.ClusterService.StreamLogs`]);
  });

  it('puts each method under its path and verb, its summary the first line of its description', () => {
    const list = document.paths['/managed-redis/v1/clusters/{clusterId}/backups'].get;
    expect(list.summary).toBe('Retrieves the list of available backups for the specified Redis cluster.');
    expect(list.parameters.map((parameter: any) => `${parameter.in}:${parameter.name}`)).toEqual(['path:clusterId', 'query:pageSize', 'query:pageToken']);
    expect(list.parameters[1].schema).toEqual({ type: 'string', format: 'int64', minimum: 0, maximum: 1000 });
    expect(list.parameters[0]['x-description-ru']).toBe('Обязательное поле. Идентификатор кластера Redis.');
  });

  it('marks pagination with the model’s field names', () => {
    expect(document.paths['/managed-redis/v1/clusters/{clusterId}/backups'].get['x-pagination']).toEqual({ pageSize: 'pageSize', pageToken: 'pageToken', nextPageToken: 'nextPageToken', items: 'backups' });
  });

  it('marks a long-running method with its types, and narrows the Operation it answers to them', () => {
    const create = document.paths['/managed-redis/v1/clusters'].post;
    const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
    expect(create['x-operation']).toEqual({ metadata: ref(`${REDIS}.CreateClusterMetadata`), response: ref(`${REDIS}.Cluster`) });
    expect(create.responses['200'].content['application/json'].schema).toEqual({
      allOf: [ref('yandex.cloud.operation.Operation'), { type: 'object', properties: { metadata: ref(`${REDIS}.CreateClusterMetadata`), response: ref(`${REDIS}.Cluster`) } }],
    });
    const remove = document.paths['/managed-redis/v1/backups/{backupId}'].delete;
    expect(remove['x-operation']).toEqual({ metadata: ref(`${REDIS}.DeleteBackupMetadata`), response: { type: 'object' } });
  });

  it('answers errors with the gRPC status under 4XX and 5XX', () => {
    const get = document.paths['/managed-redis/v1/backups/{backupId}'].get;
    expect(get.responses['4XX']).toEqual({ $ref: '#/components/responses/Error' });
    expect(get.responses['5XX']).toEqual({ $ref: '#/components/responses/Error' });
    expect(Object.keys(document.components.responses.Error.content['application/json'].schema.properties)).toEqual(['code', 'message', 'details']);
  });

  it('sends one field as the body where the binding names it, and marks a server stream', () => {
    const search = document.paths['/compute/v1/disks:search'].post;
    expect(search.requestBody.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${COMPUTE}.Filter` });
    expect(search.parameters.map((parameter: any) => parameter.name)).toEqual(['pageSize']);
    const watch = document.paths['/compute/v1/disks/{diskId}:watch'].get;
    expect(watch['x-serverStreaming']).toBe(true);
    expect(watch.parameters.map((parameter: any) => parameter.name)).toEqual(['diskId', 'selector.status', 'selector.ids', 'since']);
  });

  it('lists every host as a server and gives each path its own where the hosts differ', () => {
    expect(document.servers).toEqual([{ url: 'https://compute.api.cloud.yandex.net' }, { url: 'https://mdb.api.cloud.yandex.net' }]);
    expect(document.paths['/compute/v1/disks'].servers).toEqual([{ url: 'https://compute.api.cloud.yandex.net' }]);
    expect(document.paths['/managed-redis/v1/clusters'].servers).toEqual([{ url: 'https://mdb.api.cloud.yandex.net' }]);
  });

  it('holds the types the operations reach, oneofs and constraints included, and no others', () => {
    const schemas = document.components.schemas;
    expect(schemas[`${REDIS}.StreamLogRecord`]).toBeUndefined();
    expect(schemas[`${REDIS}.MaintenanceWindow`].oneOf).toEqual([{ required: ['anytime'] }, { required: ['weeklyMaintenanceWindow'] }]);
    expect(schemas[`${COMPUTE}.UpdateDiskRequest`]).toBeUndefined();
    expect(schemas[`${COMPUTE}.Disk`].properties.partitionSizes).toEqual({
      type: 'object',
      propertyNames: { pattern: '^-?[0-9]+$' },
      additionalProperties: { type: 'string', format: 'uint64' },
      description: 'The partitionSizes.',
    });
    expect(schemas[`${REDIS}.Cluster`].properties.name).toMatchObject({ minLength: 1, maxLength: 63, pattern: '^(?:[a-zA-Z0-9_-]*)$' });
  });
});

describe('paths OpenAPI cannot hold twice', () => {
  const request = message('x.Req', [field('id', str, { description: text() }), field('disk', ref('x.DiskRef'), { description: text() })]);
  const diskRef = message('x.DiskRef', [field('id', str, { description: text() })]);
  const methods = [
    method('Get', 'x.Req', 'x.Req', { http: http('GET', '{{ api-host }}', '/v1/disks/{id}') }),
    method('Update', 'x.Req', 'x.Req', { http: http('PATCH', '{{ api-host }}', '/v1/disks/{disk.id}', { body: '*' }) }),
    method('Fetch', 'x.Req', 'x.Req', { http: http('GET', '{{ api-host }}', '/v1/disks/{disk.id}') }),
  ];
  const { document, warnings } = documentOf(model([service('x.DiskService', 'x', methods)], [request, diskRef]));

  it('joins a same-shaped path under the names of the first (by name) method, and leaves out another with the same path and verb', () => {
    expect(Object.keys(document.paths)).toEqual(['/v1/disks/{disk.id}']);
    const item = document.paths['/v1/disks/{disk.id}'];
    expect(item.get.operationId).toBe('x.DiskService.Fetch');
    expect(item.patch.parameters[0]).toEqual({ name: 'disk.id', in: 'path', required: true, schema: { type: 'string' } });
    expect(warnings).toEqual(["x.DiskService.Get: GET /v1/disks/{id} is already x.DiskService.Fetch's (as /v1/disks/{disk.id}); not an operation"]);
  });

  it('names the field a renamed path parameter binds', () => {
    const renamed = documentOf(model([service('x.DiskService', 'x', [methods[0]!, methods[1]!])], [request, diskRef])).document;
    expect(renamed.paths['/v1/disks/{id}'].patch.parameters[0]).toEqual({ name: 'id', in: 'path', required: true, 'x-field': 'disk.id', schema: { type: 'string' } });
  });
});

describe('the openapi target', () => {
  it('writes openapi.json, or YAML of the same document', () => {
    const json = emit(cloudModel).files;
    const yaml = emit(cloudModel, { format: 'yaml' }).files;
    expect(json.map((file) => file.path)).toEqual(['openapi.json']);
    expect(yaml.map((file) => file.path)).toEqual(['openapi.yaml']);
    expect(yaml[0]!.contents).toContain('openapi: 3.1.0\n');
    expect(yaml[0]!.contents).not.toMatch(/[&*]a\d/);
  });

  it('writes one document per product, each with its own paths and types', () => {
    const { files } = emit(cloudModel, { split: 'product', title: 'Cloud' });
    expect(files.map((file) => file.path)).toEqual(['openapi/compute.json', 'openapi/managed-redis.json']);
    const compute = JSON.parse(files[0]!.contents);
    expect(compute.info.title).toBe('Cloud: compute');
    expect(Object.keys(compute.paths).every((path) => path.startsWith('/compute/'))).toBe(true);
    expect(Object.keys(compute.components.schemas).some((name) => name.startsWith(REDIS))).toBe(false);
  });

  it('prints the same bytes whatever the order of services, methods and types in the model', () => {
    const shuffled: DocsIr = {
      ...cloudModel,
      services: [...cloudModel.services].reverse().map((entry) => ({ ...entry, methods: [...entry.methods].reverse() })),
      types: Object.fromEntries(Object.entries(cloudModel.types).reverse()),
    };
    expect(emit(shuffled).files).toEqual(emit(cloudModel).files);
  });

  it('refuses an option it does not know or a value it does not take, naming it', () => {
    expect(() => openapiTarget.parseOptions({ format: 'xml' })).toThrow("'format' must be one of json, yaml");
    expect(() => openapiTarget.parseOptions({ split: 'service' })).toThrow("'split' must be one of none, product");
    expect(() => openapiTarget.parseOptions({ pretty: true })).toThrow("unknown option 'pretty'");
    expect(openapiTarget.parseOptions({})).toEqual({ format: 'json', split: 'none', title: 'Yandex Cloud REST API' });
  });
});
