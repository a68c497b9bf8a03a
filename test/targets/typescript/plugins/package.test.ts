import { describe, expect, test } from 'vitest';
import { emitPackage } from '../../../../generator/targets/typescript/index.ts';
import { cloudModel } from '../fixtures/cloud-model.ts';

const files = emitPackage(cloudModel);
const byPath = new Map(files.map((file) => [file.path, file.contents]));

describe('package files', () => {
  test('package.json: no dependencies, side-effect free, one export per product with types', () => {
    const manifest = JSON.parse(byPath.get('package.json') as string) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: '@apiref/yandex-cloud', version: '0.1.0', type: 'module', sideEffects: false, scripts: { build: 'tsc -p .' } });
    expect(manifest['dependencies']).toBeUndefined();
    expect(manifest['exports']).toMatchObject({
      '.': { types: './dist/index.d.ts', import: './dist/index.js' },
      './managed-redis': { types: './dist/managed-redis/index.d.ts', import: './dist/managed-redis/index.js' },
      './compute': { types: './dist/compute/index.d.ts', import: './dist/compute/index.js' },
    });
    expect(manifest['files']).toEqual(['dist', 'README.md']);
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
    expect(readme).toContain('for await (const item of client.listAll({ folderId: \'…\' }))');
  });
});
