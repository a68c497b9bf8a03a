import { describe, expect, it } from 'vitest';
import { detectLang, productOf } from '../../generator/extract/page-facts.ts';
import { parseMarkdown } from '../../generator/parse/processor.ts';

describe('page facts', () => {
  it.each([
    ['en/managed-redis/api-ref/grpc/Cluster/listBackups.md', null, 'managed-redis'],
    ['en/_api-ref-grpc/managed-redis/api-ref/grpc/backup_service.md', null, 'managed-redis'],
    ['ru/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md', '/managed-redis/v1/clusters/{clusterId}/backups', 'managed-redis'],
    ['en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md', null, 'mdb-redis'],
    ['en/compute/api-ref/Instance/get.md', '/compute/v1/instances/{instanceId}', 'compute'],
  ])('the product of %s (REST path %s) is %s', (path, restPath, want) => expect(productOf(path, restPath)).toBe(want));

  it.each([
    ['ru/x.md', '# Метод listBackups\nПолучает список доступных резервных копий.', 'ru'],
    ['ru/x.md', '# Managed Service for Redis API, REST: Cluster.ListBackups\n\nRetrieves the list of backups.', 'en'],
    ['en/x.md', '# Method get\nReturns the specified cluster with its hosts, settings and backup windows (кластер).', 'en'],
    ['ru/x.md', '```\nGET /x\n```', 'ru'],
  ])('the language of %s "%s" is %s', (path, text, want) => expect(detectLang(parseMarkdown(text), path)).toBe(want));
});
