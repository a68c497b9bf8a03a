/**
 * What the emitted JSDoc claims must be true of the docs it comes from: "Protobuf:" only with
 * a real protobuf name, "Starts an Operation" only where the call starts one, and a gRPC-only
 * call's note naming what the transport is actually given.
 */
import { Project, type SourceFile } from 'ts-morph';
import { beforeAll, describe, expect, test } from 'vitest';
import { isProtobufName } from '../../../../generator/targets/typescript/docs.ts';
import { emitPackage } from '../../../../generator/targets/typescript/index.ts';
import { docsModel } from '../helpers/models.ts';

let files: Map<string, string>;
const project = new Project({ useInMemoryFileSystem: true });
const source = (path: string): SourceFile => project.getSourceFile(path) ?? project.createSourceFile(path, files.get(path) ?? '');
/** A doc comment's text with its line wrapping undone (the formatter wraps comments at 100 columns). */
const unwrapped = (docs: { getInnerText(): string }[]) => docs.map((doc) => doc.getInnerText().replace(/[ \t]*\n[ \t]*(?=\S)/g, ' ')).join('\n');
const classDoc = (path: string, name: string) => unwrapped(source(path).getClassOrThrow(name).getJsDocs());
const methodDoc = (path: string, className: string, method: string) => unwrapped(source(path).getClassOrThrow(className).getMethodOrThrow(method).getJsDocs());

beforeAll(async () => {
  files = new Map(emitPackage(await docsModel()).map((file) => [file.path, file.contents]));
});

describe('isProtobufName', () => {
  test.each([
    ['yandex.cloud.mdb.redis.v1.Backup', 'managed-redis', true],
    ['yandex.cloud.mdb.redis.v1.Backup.BackupType', 'managed-redis', true],
    ['yandex.cloud.operation.OperationService', 'managed-redis', true],
    ['managed-redis.ClusterService.Get.Response.config.access', 'managed-redis', false],
    ['managed-redis.OperationService', 'managed-redis', false],
    ['compute.InstanceService.GetSerialPortOutput.Request', 'compute', false],
    ['lockbox.Secret', 'other', false],
  ])('%s (product %s): %s', (id, product, want) => expect(isProtobufName(id, product)).toBe(want));
});

describe('the JSDoc of the package made from docs/', () => {
  test('names a protobuf type only where the id is one', () => {
    const all = [...files.entries()].filter(([path]) => path.endsWith('.ts')).flatMap(([, text]) => [...text.matchAll(/Protobuf: `([^`]+)`/g)].map((match) => match[1] as string));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((id) => !id.startsWith('yandex.') && !id.startsWith('google.'))).toEqual([]);
    expect(classDoc('src/managed-redis/client.ts', 'OperationServiceClient')).not.toContain('Protobuf:');
  });

  test('says OperationService calls return an Operation that exists, and that create calls start one', () => {
    for (const method of ['get', 'cancel']) {
      const doc = methodDoc('src/managed-redis/client.ts', 'OperationServiceClient', method);
      expect(doc).not.toContain('Starts an Operation');
      expect(doc).toContain('Returns an Operation that already exists; this call starts none.');
    }
    expect(methodDoc('src/managed-clickhouse/client.ts', 'FormatSchemaServiceClient', 'create')).toContain('Starts an Operation.');
  });

  test('tells a gRPC-only call what service name its transport is given where the docs name no package', () => {
    expect(methodDoc('src/managed-clickhouse/client.ts', 'FormatSchemaServiceClient', 'get')).toContain(
      'The docs do not name this service\'s protobuf package, so the transport is called with `managed-clickhouse.FormatSchemaService` as the service and has to map it to the real one.',
    );
  });
});
