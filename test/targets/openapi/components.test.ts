import { describe, expect, it } from 'vitest';
import { componentNames } from '../../../generator/targets/openapi/components.ts';
import { enumType, field, message, ref, str, text } from '../typescript/fixtures/build.ts';
import { contextOf } from './helpers/context.ts';

describe('componentNames', () => {
  it('names a component by its type id; one with characters OpenAPI refuses gets them replaced, after the ids that need no change', () => {
    const names = componentNames(['yandex.cloud.mdb.redis.v1.Backup', 'managed-redis.ListBackups.Response', 'x.A B', 'x.A_B', 'x.A/B']);
    expect(Object.fromEntries(names)).toEqual({
      'yandex.cloud.mdb.redis.v1.Backup': 'yandex.cloud.mdb.redis.v1.Backup',
      'managed-redis.ListBackups.Response': 'managed-redis.ListBackups.Response',
      'x.A_B': 'x.A_B',
      'x.A B': 'x.A_B_2',
      'x.A/B': 'x.A_B_3',
    });
  });
});

describe('Components', () => {
  it('holds exactly the types referred to and what they reach, sorted by name', () => {
    const { context } = contextOf([
      message('x.Disk', [field('status', ref('x.Disk.Status'), { description: text() }), field('zone', ref('x.Zone'), { description: text() })]),
      enumType('x.Disk.Status', ['READY']),
      message('x.Zone', [field('id', str, { description: text() })]),
      message('x.Unused', []),
    ]);
    expect(context.ref('x.Disk')).toEqual({ $ref: '#/components/schemas/x.Disk' });
    expect(Object.keys(context.schemas())).toEqual(['x.Disk', 'x.Disk.Status', 'x.Zone']);
  });

  it('writes a well-known type named by id inline, as the JSON mapping does', () => {
    const { context } = contextOf();
    expect(context.ref('google.protobuf.Empty')).toEqual({ type: 'object' });
    expect(context.schemas()).toEqual({});
  });
});
