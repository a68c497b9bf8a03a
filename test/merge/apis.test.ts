import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocsIr } from '../../generator/model/ir.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

/** Hand-made gRPC method pages in the current layout: several APIs in one product, and packages shared by many products. */
const DOCS = join(FIXTURES, 'merge/apis');

describe('services of one product and name in different APIs', () => {
  let ir: DocsIr;
  beforeAll(async () => {
    ({ ir } = await buildIr({ docsDir: DOCS }));
  });

  const serviceOf = (product: string, name: string): string[] =>
    ir.services.filter((service) => service.product === product && service.name === name).map((service) => service.id);

  it('keeps a version folder of its own apart (baremetal v1alpha and v2)', () => {
    expect(serviceOf('baremetal', 'ZoneService')).toEqual(['yandex.cloud.baremetal.v1alpha.ZoneService', 'yandex.cloud.baremetal.v2.ZoneService']);
  });

  it('does not move a service into a package that other APIs share because some of its requests are of it', () => {
    expect(serviceOf('resource-manager', 'CloudService')).toEqual(['yandex.cloud.resourcemanager.v1.CloudService']);
    expect(serviceOf('certificate-manager', 'CertificateService')).toEqual(['yandex.cloud.certificatemanager.v1.CertificateService']);
  });

  it("files a service whose every request is of a shared package under its API's main package", () => {
    expect(serviceOf('managed-mysql', 'MaintenanceService')).toEqual(['yandex.cloud.mdb.mysql.v1.MaintenanceService']);
    expect(serviceOf('managed-redis', 'MaintenanceService')).toEqual(['yandex.cloud.mdb.redis.v1.MaintenanceService']);
  });

  it('knows services by product where only a package many products share names them', () => {
    expect(serviceOf('managed-kafka', 'MaintenanceService')).toEqual(['managed-kafka.MaintenanceService']);
    expect(serviceOf('managed-greenplum', 'MaintenanceService')).toEqual(['managed-greenplum.MaintenanceService']);
  });

  it('reports no conflict among them', () => {
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('conflicting-'))).toEqual([]);
  });
});
