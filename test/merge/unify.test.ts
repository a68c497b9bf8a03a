import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/pipeline.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { docsPage } from '../helpers/fixtures.ts';

const LEGACY_GRPC = 'en/_api-ref-grpc/managed-redis/api-ref/grpc/backup_service.md';
const GRPC = 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md';
const LEGACY_REST = 'ru/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md';

describe('one type documented under several ids', () => {
  it('joins a message named without its package with the product\'s one full name of it', async () => {
    const { ir } = await buildIr({ docsDir: docsTree([[LEGACY_GRPC, docsPage(LEGACY_GRPC)], [GRPC, docsPage(GRPC)]]) });
    const get = ir.services.find((service) => service.name === 'BackupService')?.methods.find((method) => method.name === 'Get');
    expect(get?.response).toBe('yandex.cloud.mdb.redis.v1.Backup');
    expect(Object.keys(ir.types).filter((id) => id.endsWith('.Backup'))).toEqual(['yandex.cloud.mdb.redis.v1.Backup']);
  });

  it('joins the anonymous objects of a legacy REST page with the messages of the gRPC page of the same method', async () => {
    const { ir } = await buildIr({ docsDir: docsTree([[LEGACY_REST, docsPage(LEGACY_REST)], [GRPC, docsPage(GRPC)]]) });
    expect(Object.keys(ir.types).filter((id) => id.startsWith('managed-redis.'))).toEqual([]);
    const backup = ir.types['yandex.cloud.mdb.redis.v1.Backup'];
    expect(backup?.kind === 'message' && backup.fields.find((field) => field.jsonName === 'folderId')?.description).toEqual({
      en: 'Required field. ID of the folder that the backup belongs to.',
      ru: 'Идентификатор каталога, которому принадлежит резервная копия.',
    });
  });
});
