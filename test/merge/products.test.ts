import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { docsPage } from '../helpers/fixtures.ts';

const LEGACY = 'en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md';
const CURRENT = 'en/managed-redis/api-ref/Cluster/listBackups.md';

/** The same pages with the REST path prefix renamed, as when a product's folder and its API path differ. */
const renamed = (path: string): string => new TextDecoder().decode(docsPage(path)).replaceAll('/managed-redis/v1/', '/redis-api/v1/');

describe('products', () => {
  it('files a legacy REST page under the docs folder that the current pages of its REST path live in', async () => {
    const { ir } = await buildIr({ docsDir: docsTree([[LEGACY, renamed(LEGACY)], [CURRENT, renamed(CURRENT)]]) });
    expect(ir.services.map((service) => [service.product, service.name])).toEqual([['managed-redis', 'ClusterService']]);
    expect(ir.services[0]?.methods[0]?.sources.map((ref) => ref.split(':')[0])).toEqual([LEGACY, CURRENT]);
  });

  it('takes the product of a legacy REST page from its REST path when no other page knows better', async () => {
    const { ir } = await buildIr({ docsDir: docsTree([[LEGACY, docsPage(LEGACY)]]) });
    expect(ir.services.map((service) => service.product)).toEqual(['managed-redis']);
  });

  it('files a legacy REST page whose REST path names the package under the docs folder of that package', async () => {
    const GRPC = 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md';
    const legacy = new TextDecoder().decode(docsPage(LEGACY)).replaceAll('/managed-redis/v1/', '/mdb/redis/v1/');
    const { ir } = await buildIr({ docsDir: docsTree([[LEGACY, legacy], [GRPC, docsPage(GRPC)]]) });
    expect(ir.services.map((service) => [service.product, service.id])).toEqual([['managed-redis', 'yandex.cloud.mdb.redis.v1.ClusterService']]);
    expect(ir.services[0]?.methods[0]?.http?.path).toBe('/mdb/redis/v1/clusters/{clusterId}/backups');
  });
});
