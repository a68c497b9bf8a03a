import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { docsPage, FIXTURES } from '../helpers/fixtures.ts';

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

describe('a link to a section on another page', () => {
  const LEGACY = 'en/logging/api-ref/grpc/log_reading_service.md';
  const levelPage = [
    '# Cloud Logging Service, gRPC: LogLevelService.Get',
    '',
    '## gRPC request',
    '',
    '**rpc Get ([GetLogLevelRequest](#yandex.cloud.logging.v1.GetLogLevelRequest)) returns ([LogLevel](#yandex.cloud.logging.v1.LogLevel))**',
    '',
    '## GetLogLevelRequest {#yandex.cloud.logging.v1.GetLogLevelRequest}',
    '',
    '#|\n||Field | Description ||\n|| name | **string** ||\n|#',
    '',
    '## LogLevel {#yandex.cloud.logging.v1.LogLevel}',
    '',
    '#|\n||Field | Description ||\n|| level | enum **Level**\n\n- `TRACE`: Trace.\n- `ERROR`: Error. ||\n|#',
    '',
  ].join('\n');

  it('resolves to the one documented type whose full name ends the same way', async () => {
    const survey = new TextDecoder().decode(readFileSync(join(FIXTURES, 'survey/docs', LEGACY)));
    const { ir } = await buildIr({ docsDir: docsTree([[LEGACY, survey], ['en/logging/api-ref/grpc/LogLevel/get.md', levelPage]]) });
    const entry = ir.types['logging.LogEntry'];
    const level = entry?.kind === 'message' ? entry.fields.find((field) => field.jsonName === 'level')?.type : undefined;
    expect(level).toEqual({ ref: 'yandex.cloud.logging.v1.LogLevel.Level' });
    expect(ir.types['logging.LogLevel.Level']).toBeUndefined();
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.code === 'undocumented-type')).toEqual([]);
  });
});

describe('copies of one message on a legacy REST page', () => {
  it('are one type where they are documented alike, and stay apart where their limits differ', async () => {
    const GET = 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md';
    const { ir } = await buildIr({ docsDir: docsTree([[GET, docsPage(GET)]]) });
    const config = (version: string, set: string) => {
      const holder = ir.types[`managed-redis.ClusterService.Get.Response.config.${version}`];
      const field = holder?.kind === 'message' ? holder.fields.find((candidate) => candidate.jsonName === set) : undefined;
      return field && 'ref' in field.type ? field.type.ref : undefined;
    };
    expect(config('redisConfig50', 'effectiveConfig')).toBe(config('redisConfig50', 'userConfig'));
    expect(config('redisConfig50', 'userConfig')).toBe(config('redisConfig50', 'defaultConfig'));
    expect(config('redisConfig50', 'effectiveConfig')).not.toBe(config('redisConfig70', 'effectiveConfig'));
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('conflicting-'))).toEqual([]);
  });
});

describe('the name of one type that stands in several places', () => {
  const GET = 'en/_api-ref/mdb/redis/api-ref/Cluster/get.md';

  it('fits every field that holds it, on a real page', async () => {
    const { ir } = await buildIr({ docsDir: docsTree([[GET, docsPage(GET)]]) });
    const holders = Object.values(ir.types).flatMap((type) => (type.kind === 'message' ? type.fields : []));
    const nameOf = (jsonName: string) => [...new Set(holders.filter((field) => field.jsonName === jsonName && 'ref' in field.type).map((field) => ir.types[(field.type as { ref: string }).ref]?.name))];
    expect(nameOf('clientOutputBufferLimitNormal')).toEqual(nameOf('clientOutputBufferLimitPubsub'));
    for (const name of [...nameOf('clientOutputBufferLimitNormal'), ...nameOf('effectiveConfig'), ...nameOf('userConfig')]) {
      expect(name).not.toMatch(/Pubsub$|Normal$|^Effective|^User|^Default/);
    }
  });

  it.each([
    ['alike copies join under the words their names begin with', 'bufferLimitNormal', 'bufferLimitPubsub', ['BufferLimit']],
    ['alike copies join under the words their names end with', 'userSettings', 'defaultSettings', ['Settings']],
    ['alike copies whose names share no word stay apart', 'hardCap', 'quota', ['HardCap', 'Quota']],
  ])('%s', (_name, a, b, want) => {
    const row = (jsonName: string) => `${jsonName} | **object**<br><p>Limits.</p>\n${jsonName}.<br>hardLimit | **string** (int64)<br><p>Hard limit.</p>`;
    const text = ['# Managed Service for Redis API, REST: Cluster.get', '', '## HTTP request', '', '```', 'GET https://{{ api-host-mdb }}/managed-redis/v1/clusters/{clusterId}', '```', '', '## Response {#yandex.cloud.mdb.redis.v1.Cluster}', '', 'Field | Description', '--- | ---', row(a), row(b), ''].join('\n');
    return buildIr({ docsDir: docsTree([['en/_api-ref/mdb/redis/api-ref/Cluster/get.md', text]]) }).then(({ ir }) => {
      const names = Object.values(ir.types).filter((type) => type.kind === 'message' && type.fields.some((field) => field.jsonName === 'hardLimit')).map((type) => type.name).sort();
      expect(names).toEqual(want);
    });
  });
});
