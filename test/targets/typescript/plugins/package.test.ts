import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emitPackage } from '../../../../generator/targets/typescript/index.ts';
import { typescriptTarget } from '../../../../generator/targets/typescript/target.ts';
import { cloudModel } from '../fixtures/cloud-model.ts';

const files = emitPackage(cloudModel);
const byPath = new Map(files.map((file) => [file.path, file.contents]));

describe('package files', () => {
  test('package.json: no dependencies, side-effect free, one export per product with types', () => {
    const manifest = JSON.parse(byPath.get('package.json') as string) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: '@apiref/yandex-cloud', version: '0.1.0', type: 'module', sideEffects: false, scripts: { build: 'tsc -p .' } });
    expect(manifest['dependencies']).toBeUndefined();
    expect(manifest['exports']).toMatchObject({
      '.': { types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
      './managed-redis': { types: './dist/managed-redis/index.d.ts', import: './dist/managed-redis/index.js', default: './dist/managed-redis/index.js' },
      './compute': { types: './dist/compute/index.d.ts', import: './dist/compute/index.js', default: './dist/compute/index.js' },
    });
    expect(manifest['typesVersions']).toEqual({ '*': { compute: ['./dist/compute/index.d.ts'], 'managed-redis': ['./dist/managed-redis/index.d.ts'] } });
    expect(manifest['files']).toEqual(['dist', 'src', 'README.md', 'LICENSE']);
    expect(manifest['license']).toBe('MIT AND CC-BY-4.0');
    expect(manifest['repository']).toBeUndefined();
  });

  test('publishable: a prepack that only builds, TypeScript pinned to the version the generator tests with, maps on', () => {
    const manifest = JSON.parse(byPath.get('package.json') as string) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(manifest.scripts).toEqual({ build: 'tsc -p .', prepack: 'tsc -p .' });
    const tested = (JSON.parse(readFileSync(new URL('../../../../node_modules/typescript/package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(manifest.devDependencies).toEqual({ typescript: tested });
    expect(byPath.get('tsconfig.json')).toMatch(/"declarationMap": true,\n\s*"sourceMap": true/);
    expect(byPath.get('LICENSE')).toMatch(/MIT License[\s\S]*CC|Creative Commons Attribution 4\.0/);
  });

  test('the typescript target takes a repository for package.json, and nothing else', () => {
    const options = typescriptTarget.parseOptions({ repository: 'github:acme/cloud-sdk' });
    const emitted = typescriptTarget.emit(cloudModel, { options, packageName: '@acme/cloud', version: '1.0.0', hosts: {}, warn: () => undefined });
    const manifest = JSON.parse(emitted.find((file) => file.path === 'package.json')?.contents ?? '{}') as Record<string, unknown>;
    expect(manifest['repository']).toBe('github:acme/cloud-sdk');
    expect(() => typescriptTarget.parseOptions({ repo: 'x' })).toThrow(/takes only 'repository' \(got 'repo'\)/);
    expect(() => typescriptTarget.parseOptions({ repository: 7 })).toThrow(/must be a non-empty string/);
  });

  test('takes name, version and hosts from the options', () => {
    const custom = emitPackage(cloudModel, { packageName: '@acme/cloud', version: '2.3.4', hosts: { 'api-host-mdb': 'mdb.example.test' } });
    const manifest = JSON.parse(custom.find((file) => file.path === 'package.json')?.contents ?? '{}') as Record<string, unknown>;
    expect([manifest['name'], manifest['version']]).toEqual(['@acme/cloud', '2.3.4']);
    expect(custom.find((file) => file.path === 'src/hosts.ts')?.contents).toContain("'api-host-mdb': 'mdb.example.test',");
    expect(custom.find((file) => file.path === 'README.md')?.contents).toContain("from '@acme/cloud/managed-redis'");
  });

  test('the README lists every product, service and method, with an example built from the model', () => {
    const readme = byPath.get('README.md') as string;
    for (const name of ['### compute', '### managed-redis', '**ClusterServiceClient**', '**DiskServiceClient**', '`listBackups`, `listBackupsAll`', '`rescheduleMaintenance` | gRPC only']) {
      expect(readme).toContain(name);
    }
    expect(readme).toContain("const token = new IamTokenService(JSON.parse(await readFile('key.json', 'utf8')));");
    expect(readme).toContain("const operation = await clusters.create({ folderId: '…', name: '…', environment: 'PRODUCTION', configSpec: {} });");
    expect(readme).toContain('const cluster = await clusters.waitForOperation(operation);');
    expect(readme).toContain("for await (const item of clusters.listBackupsAll({ clusterId: '…' }))");
    for (const section of ['### Authentication', '### Enums: open in responses, strict in requests', '### Browsers (CORS)', 'Access-Control-Allow-Headers: authorization, content-type, x-client-request-id']) {
      expect(readme).toContain(section);
    }
  });
});
