/**
 * The validators as users run them: compiled from the emitted package and imported by its
 * package name. The hand-made model supplies what the shipped pages lack (a required
 * oneof, int64 bounds beyond 2^53, maps of messages, a recursive message).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackage, consumerOf, importFrom, removeTemporaryFolders } from '../helpers/generated-package.ts';
import { cloudModel } from '../fixtures/cloud-model.ts';

afterAll(removeTemporaryFolders);

interface Issue {
  path: string;
  code: string;
  message: string;
}
type Result = { ok: true; value: unknown } | { ok: false; issues: Issue[] };
type Validator = ((value: unknown) => Result) & { '~standard': { version: number; validate(value: unknown): unknown } };
type Validators = Record<string, Validator>;

let redis: Validators;
let compute: Validators;

beforeAll(async () => {
  const built = await buildPackage(cloudModel);
  expect(built.diagnostics).toBe('');
  const consumer = consumerOf(built.dir);
  redis = await importFrom<Validators>(consumer, '@apiref/yandex-cloud/managed-redis');
  compute = await importFrom<Validators>(consumer, '@apiref/yandex-cloud/compute');
});

const issuesOf = (result: Result) => (result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]));

describe('oneofs', () => {
  test.each([
    ['one member set', { weeklyMaintenanceWindow: { day: 'MON', hour: '3' } }, []],
    ['two members set', { anytime: {}, weeklyMaintenanceWindow: {} }, [['', 'oneof']]],
    ['none set, but the oneof is required', {}, [['', 'required']]],
    ['null counts as unset', { anytime: {}, weeklyMaintenanceWindow: null }, [['weeklyMaintenanceWindow', 'type']]],
  ])('required oneof: %s', (_name, value, want) => expect(issuesOf(redis.validateMaintenanceWindow?.(value) as Result)).toEqual(want));

  test('an optional oneof may be empty but not doubled', () => {
    expect(issuesOf(compute.validateDisk?.({}) as Result)).toEqual([]);
    expect(issuesOf(compute.validateDisk?.({ sourceImageId: 'i', sourceSnapshotId: 's' }) as Result)).toEqual([['', 'oneof']]);
  });
});

describe('int64 as decimal strings, bounds compared exactly', () => {
  test.each([
    ['4194304', []],
    ['28587302322176', []],
    ['4194303', [['size', 'minimum']]],
    ['28587302322177', [['size', 'maximum']]],
    ['9223372036854775808', [['size', 'int64']]],
    ['12.5', [['size', 'int64']]],
    [4194304, [['size', 'type']]],
  ])('UpdateDiskRequest.size = %j', (size, want) => {
    expect(issuesOf(compute.validateUpdateDiskRequest?.({ diskId: 'd', size }) as Result)).toEqual(want);
  });
});

describe('bytes', () => {
  test.each([
    ['aGVsbA==', []],
    ['aGVsbG8=', [['payload', 'max_length']]],
    ['not base64!', [['payload', 'base64']]],
  ])('FieldMatch.payload (at most 4 bytes) = %j', (payload, want) => {
    expect(issuesOf(compute.validateFieldMatch?.({ field: 'f', payload }) as Result)).toEqual(want);
  });
});

describe('nested arrays, maps and recursion', () => {
  test('array items, counts, maps of messages and map keys, with exact paths', () => {
    const result = compute.validateFieldMatch?.({
      field: 'x',
      groups: ['ok', 'toolong', 7],
      matrix: [{ cells: [1, 2] }, { cells: [1, 2.5, 3, 4, 5] }],
      nested: { 'a.b': { cells: ['x'] }, plain: { cells: [] } },
      counters: { hits: '12', misses: 3 },
    }) as Result;
    expect(issuesOf(result)).toEqual([
      ['groups[1]', 'max_length'],
      ['groups[2]', 'type'],
      ['matrix[1].cells', 'max_items'],
      ['matrix[1].cells[1]', 'integer'],
      ['counters.misses', 'type'],
      ['nested["a.b"].cells[0]', 'type'],
    ]);
  });

  test('map keys declared as integers must read as integers', () => {
    expect(issuesOf(compute.validateDisk?.({ partitionSizes: { '1': '10', two: '20' } }) as Result)).toEqual([['partitionSizes.two', 'map_key']]);
  });

  test('a recursive message is checked to any depth', () => {
    const deep = { allOf: [{ not: { anyOf: [{ match: { field: 'a', limit: 9 } }] } }] };
    expect(issuesOf(compute.validateFilter?.(deep) as Result)).toEqual([['allOf[0].not.anyOf[0].match.limit', 'maximum']]);
    expect(issuesOf(compute.validateFilter?.({ allOf: Array.from({ length: 11 }, () => ({ match: { field: 'f' } })) }) as Result)).toEqual([['allOf', 'max_items']]);
  });

  test('a cyclic object is reported, not overflowed', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['not'] = cyclic;
    expect(issuesOf(compute.validateFilter?.(cyclic) as Result)).toEqual([['', 'invalid']]);
  });
});

describe('the IR v1.1 keys: value sets, Duration bounds, map key and value limits', () => {
  const match = (extra: Record<string, unknown>) => issuesOf(compute.validateFieldMatch?.({ field: 'f', ...extra }) as Result);

  test.each([
    ['an int64 in the set', { gpus: '2' }, []],
    ['an int64 between the bounds but not in the set', { gpus: '3' }, [['gpus', 'allowed_values']]],
    ['an int32 in the set', { port: 4 }, []],
    ['an int32 not in the set', { port: 3 }, [['port', 'allowed_values']]],
    ['a string in the set', { mode: 'rw' }, []],
    ['a string not in the set', { mode: 'RW' }, [['mode', 'allowed_values']]],
    ['a Duration within its bounds', { grace: '86400s' }, []],
    ['a Duration in fractions of a second within its bounds', { grace: '1.5s' }, []],
    ['a Duration below its minimum', { grace: '0.999999999s' }, [['grace', 'minimum']]],
    ['a Duration above its maximum', { grace: '86400.000000001s' }, [['grace', 'maximum']]],
    ['map keys and values within their limits', { tags: { env: '1', 'a-b': '22' } }, []],
    ['a map key too long', { tags: { toolong: '1' } }, [['tags.toolong', 'map_key']]],
    ['a map key off its pattern', { tags: { '9x': '1' } }, [['tags["9x"]', 'map_key']]],
    ['an empty map key', { tags: { '': '1' } }, [['tags[""]', 'map_key'], ['tags[""]', 'map_key']]],
    ['a map value too long and off its pattern', { tags: { env: 'abcd' } }, [['tags.env', 'max_length'], ['tags.env', 'pattern']]],
    ['more entries than the map holds', { tags: { a: '1', b: '2', c: '3', d: '4' } }, [['tags', 'max_items']]],
  ])('%s', (_name, extra, want) => {
    expect(match(extra)).toEqual(want);
  });

  test('a value set says what it allows', () => {
    const result = compute.validateFieldMatch?.({ field: 'f', gpus: '3' }) as Result;
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual(['must be one of 0, 1, 2, 4']);
  });
});

describe('contracts of every validator', () => {
  test('never throws, whatever it is given', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('no'); }, has: () => { throw new Error('no'); } });
    for (const validate of Object.entries(compute).filter(([name]) => name.startsWith('validate')).map(([, fn]) => fn)) {
      for (const input of [undefined, null, 0, 'x', [], () => 1, Symbol('s'), throwing, { field: { deeply: [null] } }]) {
        expect(() => validate(input)).not.toThrow();
      }
    }
  });

  test('never changes its input, and hands the same object back', () => {
    const request = Object.freeze({ diskId: 'd', labels: Object.freeze({ env: 'prod' }), size: '4194304', extra: 'unknown fields pass' });
    const result = compute.validateUpdateDiskRequest?.(request) as Result;
    expect(result).toEqual({ ok: true, value: request });
    expect(result.ok && result.value).toBe(request);
  });

  test('is a Standard Schema v1', () => {
    const standard = redis.validateBackup?.['~standard'];
    expect(standard?.version).toBe(1);
    expect(standard?.validate({ id: 'b', folderId: 'f', createdAt: 'soon', sourceClusterId: 'c', startedAt: '2024-01-01T00:00:00Z' })).toEqual({
      issues: [{ message: expect.stringContaining('RFC 3339'), path: ['createdAt'] }],
    });
  });
});
