import { afterAll, describe, expect, test } from 'vitest';
import { emitPackage } from '../../../../generator/targets/typescript/index.ts';
import { buildPackage, removeTemporaryFolders } from '../helpers/generated-package.ts';
import { field, message, method, model, ref, service, str } from '../fixtures/build.ts';

afterAll(removeTemporaryFolders);

describe('types per product', () => {
  test('a reference to an undescribed type becomes unknown, with a warning', () => {
    const warnings: string[] = [];
    const dangling = model(
      [service('p.v1.ThingService', 'things', [method('Get', 'p.v1.GetThingRequest', 'p.v1.Thing')])],
      [message('p.v1.GetThingRequest', [field('id', str)]), message('p.v1.Thing', [field('part', ref('p.v1.Missing'))])],
    );
    const emitted = emitPackage(dangling, { onWarning: (text) => warnings.push(text) });
    expect(emitted.find((file) => file.path === 'src/things/types.ts')?.contents).toContain('part?: unknown;');
    expect(warnings).toEqual(['things: type p.v1.Missing is referenced but not described; it is typed as unknown']);
  });

  test('a type no method reaches goes to the product of its package, or is reported', () => {
    const warnings: string[] = [];
    const extra = model(
      [service('p.v1.ThingService', 'things', [method('Get', 'p.v1.GetThingRequest', 'p.v1.GetThingRequest')])],
      [message('p.v1.GetThingRequest', [field('id', str)]), message('p.v1.Orphan', []), message('q.Stray', [])],
    );
    const emitted = emitPackage(extra, { onWarning: (text) => warnings.push(text) });
    expect(emitted.find((file) => file.path === 'src/things/types.ts')?.contents).toContain('export interface Orphan');
    expect(warnings).toEqual(["type q.Stray is used by no method and belongs to no product's package; it is not emitted"]);
  });

  test('a product whose methods use only well-known types still makes a valid package', async () => {
    const bare = model([service('p.v1.PingService', 'ping', [method('Ping', 'google.protobuf.Empty', 'google.protobuf.Empty', { http: { verb: 'POST', host: '{{ api-host }}', path: '/ping', pathParams: [], queryParams: [], body: '*' } })])], []);
    const built = await buildPackage(bare);
    expect(built.warnings).toEqual([]);
    expect(built.diagnostics).toBe('');
  });
});
