import { describe, expect, it } from 'vitest';
import { docsFolder, docsTree, languageOfPath, packageProduct, pageProduct, restProduct } from '../../generator/model/docs-paths.ts';

describe('product names in paths and packages', () => {
  it.each([
    ['en/_api-ref-grpc/ai/stt/api-ref/grpc/stt_service.md', 'ai-stt'],
    ['en/_api-ref/mdb/redis/api-ref/Cluster/get.md', 'mdb-redis'],
    ['en/functions/triggers/api-ref/grpc/Trigger/get.md', 'functions-triggers'],
    ['en/managed-redis/api-ref/Cluster/listBackups.md', 'managed-redis'],
  ])('the docs folder of %s is %s', (path, want) => expect(docsFolder(path)).toBe(want));

  it.each([
    ['/managed-redis/v1/clusters/{clusterId}/backups', 'managed-redis'],
    ['/mdb/sqlserver/v1alpha/clusters/{clusterId}', 'mdb-sqlserver'],
    ['/speech/stt/v2/longRunningRecognize', 'speech-stt'],
    ['/compute/v1/instances/{instanceId}:attachDisk', 'compute'],
  ])('the REST path %s names %s', (path, want) => expect(restProduct(path)).toBe(want));

  it.each([
    ['yandex.cloud.dataproc.v1', 'dataproc'],
    ['yandex.cloud.mdb.sqlserver.v1alpha', 'mdb-sqlserver'],
    ['speechkit.stt.v3', null],
  ])('the package %s names %s', (pkg, want) => expect(packageProduct(pkg)).toBe(want));

  it.each([
    ['en/managed-redis/api-ref/grpc/Cluster/listBackups.md', null, 'managed-redis'],
    ['en/_api-ref-grpc/managed-redis/api-ref/grpc/backup_service.md', null, 'managed-redis'],
    ['ru/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md', '/managed-redis/v1/clusters/{clusterId}/backups', 'managed-redis'],
    ['en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md', null, 'mdb-redis'],
    ['en/compute/api-ref/Instance/get.md', '/compute/v1/instances/{instanceId}', 'compute'],
  ])('the product of %s (REST path %s) is %s', (path, restPath, want) => expect(pageProduct(path, restPath)).toBe(want));
});

describe('trees and languages of paths', () => {
  it.each([
    ['en/_api-ref/mdb/redis/api-ref/Cluster/get.md', 'legacy-rest'],
    ['ru/_api-ref-grpc/ai/stt/api-ref/grpc/stt_service.md', 'legacy-grpc'],
    ['en/managed-redis/api-ref/Cluster/get.md', 'current'],
    ['en/_api-ref-other/x/api-ref/y.md', 'current'],
  ])('%s is in the %s tree', (path, want) => expect(docsTree(path)).toBe(want));

  it.each([
    ['ru/compute/api-ref/Instance/get.md', 'ru'],
    ['en/compute/api-ref/Instance/get.md', 'en'],
    ['compute/ru/get.md', 'en'],
  ])('%s is filed as %s', (path, lang) => expect(languageOfPath(path)).toBe(lang));
});
