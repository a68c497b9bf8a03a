import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocsIr, Enum, Message } from '../../generator/model/ir.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

/** Current-layout pages of the full-scale corpus (see the folder's README). */
const DOCS = join(FIXTURES, 'merge/full-reference');

describe('merging pages of the whole API', () => {
  let ir: DocsIr;
  beforeAll(async () => {
    ({ ir } = await buildIr({ docsDir: DOCS }));
  });

  const method = (service: string, name: string) => ir.services.find((entry) => entry.id === service)?.methods.find((entry) => entry.name === name);
  const message = (id: string) => ir.types[id] as Message | undefined;
  const enumValues = (id: string | undefined) => (ir.types[id ?? ''] as Enum | undefined)?.values.map((value) => value.name);

  /** The conflicts reported on pages under a folder: a page's type joined to another's is one. */
  const conflictsUnder = (folder: string) => ir.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('conflicting-') && diagnostic.source.startsWith(folder));

  it('gives REST methods with only path parameters their own request, however alike', () => {
    expect(method('yandex.cloud.serverless.apigateway.v1.ApiGatewayService', 'Delete')?.request).toBe('yandex.cloud.serverless.apigateway.v1.DeleteApiGatewayRequest');
    expect(method('yandex.cloud.serverless.apigateway.v1.ApiGatewayService', 'Stop')?.request).toBe('yandex.cloud.serverless.apigateway.v1.StopApiGatewayRequest');
    expect(conflictsUnder('en/api-gateway/')).toEqual([]);
  });

  it('keeps the requests of one method in two API versions apart', () => {
    expect(method('yandex.cloud.datasphere.v1.ProjectService', 'Delete')?.request).toBe('yandex.cloud.datasphere.v1.DeleteProjectRequest');
    expect(method('yandex.cloud.datasphere.v2.ProjectService', 'Delete')?.request).toBe('yandex.cloud.datasphere.v2.DeleteProjectRequest');
    expect(conflictsUnder('en/datasphere/')).toEqual([]);
  });

  it('binds a body of one request field to that field, and keeps the request its own', () => {
    const create = method('yandex.cloud.baremetal.v2.VrfService', 'CreateVrf');
    expect(create?.request).toBe('yandex.cloud.baremetal.v2.CreateVrfRequest');
    expect(create?.http?.body).toBe('vrf');
    expect(message('yandex.cloud.baremetal.v2.CreateVrfRequest')?.fields.map((field) => field.jsonName)).toEqual(['cloudId', 'folderId', 'vrf']);
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-field')).toEqual([]);
  });

  it('reads a plain string whose description lists its values as a string', () => {
    const currency = message('yandex.cloud.billing.v1.BillingAccount')?.fields.find((field) => field.jsonName === 'currency');
    expect(currency?.type).toEqual({ scalar: 'string' });
  });

  it('keeps two enums of one name in one message apart', () => {
    const fields = message('yandex.cloud.cloudregistry.v1.ListArtifactsWithFiltersRequest')?.fields ?? [];
    const refOf = (jsonName: string) => {
      const type = fields.find((field) => field.jsonName === jsonName)?.type;
      return type && 'ref' in type ? type.ref : undefined;
    };
    expect(enumValues(refOf('registryKind'))).toEqual(['MAVEN', 'NPM', 'DOCKER', 'DEBIAN', 'NUGET', 'PYPI', 'BINARY', 'GO']);
    expect(enumValues(refOf('kind'))).toEqual(['FOLDER', 'PACKAGE', 'ARTIFACT']);
  });

  it("reads every value of an enum whose values' text holds lists of its own", () => {
    const role = message('yandex.cloud.dataproc.v1.Host')?.fields.find((field) => field.jsonName === 'role')?.type;
    expect(enumValues(role && 'ref' in role ? role.ref : undefined)).toEqual(['MASTERNODE', 'DATANODE', 'COMPUTENODE']);
  });

  it('reports no conflict', () => {
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('conflicting-'))).toEqual([]);
  });
});
