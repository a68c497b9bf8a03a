import { describe, expect, it } from 'vitest';
import { apiFolder, apiQualifier } from '../../generator/model/api-folder.ts';

describe('apiFolder', () => {
  it.each([
    ['en/baremetal/api-ref/grpc/Zone/get.md', 'baremetal'],
    ['en/baremetal/api-ref/v2/grpc/Zone/getZone.md', 'baremetal/v2'],
    ['ru/baremetal/api-ref/v2/Zone/getZone.md', 'baremetal/v2'],
    ['en/organization/idp/api-ref/User/get.md', 'organization-idp'],
    ['en/foundation-models/api-ref/v1alpha/Embeddings/embedding.md', 'foundation-models/v1alpha'],
    ['en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md', null],
  ])('%s → %s', (path, api) => {
    expect(apiFolder(path)).toBe(api);
  });
});

describe('apiQualifier', () => {
  it('is empty for the main API of a product, and names what sets another apart', () => {
    expect(apiQualifier('en/datasphere/api-ref/Project/delete.md', 'datasphere')).toBe('');
    expect(apiQualifier('en/datasphere/api-ref/v1/Project/delete.md', 'datasphere')).toBe('v1');
    expect(apiQualifier('en/organization/idp/api-ref/User/get.md', 'organization')).toBe('idp');
  });
});
