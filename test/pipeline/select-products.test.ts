import { describe, expect, it } from 'vitest';
import { globToRegExp, selector } from '../../generator/config/glob.ts';
import { selectProducts } from '../../generator/pipeline/select-products.ts';
import type { DocsIr } from '../../generator/model/ir.ts';
import { field, message, method, model, ref } from '../diff/model.ts';

describe('globToRegExp', () => {
  it.each([
    ['managed-*', 'managed-redis', true],
    ['managed-*', 'compute', false],
    ['{compute,vpc}', 'vpc', true],
    ['en/**', 'en/managed-redis/api-ref/Cluster/get.md', true],
    ['**/grpc/**', 'en/managed-redis/api-ref/grpc/Cluster/get.md', true],
    ['en/*.md', 'en/a/b.md', false],
    ['a?c', 'abc', true],
    ['a.c', 'abc', false],
  ])('%s matches %s: %s', (glob, name, expected) => {
    expect(globToRegExp(glob).test(name)).toBe(expected);
  });

  it('selects by include, then exclude', () => {
    const select = selector(['managed-*'], ['managed-mysql']);
    expect(['managed-redis', 'managed-mysql', 'compute'].filter(select)).toEqual(['managed-redis']);
    expect(selector([], [])('anything')).toBe(true);
  });
});

describe('selectProducts', () => {
  const service = (product: string, request: string, response: string) => ({
    id: `${product}.S`, name: 'S', product, description: {},
    methods: [method('M', request, response, { sources: [`en/${product}/m.md:1`] })],
  });
  const ir: DocsIr = {
    ...model(
      [service('compute', 'c.Req', 'c.Resp'), service('vpc', 'v.Req', 'shared.Op')],
      [
        message('c.Req', [field('a')], { sources: ['en/compute/m.md:10'] }),
        message('c.Resp', [field('op', { type: ref('shared.Op') })], { sources: ['en/compute/m.md:20'] }),
        message('shared.Op', [], { sources: ['en/compute/m.md:30', 'en/vpc/m.md:30'] }),
        message('v.Req', [], { sources: ['en/vpc/m.md:5'] }),
      ],
    ),
    sources: ['compute', 'vpc', 'other'].map((p) => ({ path: `en/${p}/m.md`, lang: 'en' as const, layout: 'rest-method' as const, sha256: '0' })),
    diagnostics: [
      { severity: 'warning', code: 'x', message: 'm', source: 'en/compute/m.md', line: 1, column: 1 },
      { severity: 'warning', code: 'x', message: 'm', source: 'en/other/m.md', line: 1, column: 1 },
    ],
  };

  it('keeps the selected services, the types they reach, their pages and diagnostics', () => {
    const cut = selectProducts(ir, { include: ['vpc'], exclude: [] });
    expect(cut.services.map((s) => s.id)).toEqual(['vpc.S']);
    expect(Object.keys(cut.types)).toEqual(['shared.Op', 'v.Req']);
    expect(cut.sources.map((s) => s.path)).toEqual(['en/compute/m.md', 'en/vpc/m.md']);
    expect(cut.diagnostics.map((d) => d.source)).toEqual(['en/compute/m.md']);
  });

  it('is the model itself without globs', () => {
    expect(selectProducts(ir, { include: [], exclude: [] })).toBe(ir);
  });
});
