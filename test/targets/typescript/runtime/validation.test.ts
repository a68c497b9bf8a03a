import { describe, expect, test } from 'vitest';
import * as v from '../../../../generator/targets/typescript/runtime/validation.ts';

describe('compareDecimal', () => {
  test.each([
    ['1000', '1000', 0],
    ['999', '1000', -1],
    ['1001', '1000', 1],
    ['-1', '0', -1],
    ['-0', '0', 0],
    ['0.5', '0.25', 1],
    ['007', '7', 0],
    ['-10', '-9', -1],
    ['9223372036854775808', '9223372036854775807', 1],
  ])('%s vs %s', (a, b, want) => {
    expect(Math.sign(v.compareDecimal(a, b))).toBe(want);
  });
});

describe('int64 and uint64 as decimal strings', () => {
  test.each([
    ['0', true],
    ['-9223372036854775808', true],
    ['9223372036854775807', true],
    ['9223372036854775808', false],
    ['-9223372036854775809', false],
    ['01', false],
    ['1.0', false],
    ['1e3', false],
    ['', false],
    [' 1', false],
  ])('int64 %j → %s', (value, ok) => {
    const issues: v.Issue[] = [];
    expect(v.int64(issues, '', 'n', value)).toBe(ok);
    expect(issues.length).toBe(ok ? 0 : 1);
  });

  test.each([
    ['18446744073709551615', true],
    ['18446744073709551616', false],
    ['-1', false],
  ])('uint64 %j → %s', (value, ok) => {
    expect(v.uint64([], '', 'n', value)).toBe(ok);
  });

  test('a number is a type error, not a format error', () => {
    const issues: v.Issue[] = [];
    v.int64(issues, 'page', 'size', 7);
    expect(issues).toEqual([{ path: 'page.size', code: 'type', message: 'expected string (int64), got number' }]);
  });
});

describe('timestamps and durations', () => {
  test.each([
    ['2024-01-31T12:00:00Z', true],
    ['2024-01-31T12:00:00.123456789+03:00', true],
    ['0001-01-01T00:00:00Z', true],
    ['2024-13-01T00:00:00Z', false],
    ['2024-01-31 12:00:00Z', false],
    ['2024-01-31T12:00:00', false],
    ['yesterday', false],
  ])('timestamp %j → %s', (value, ok) => {
    expect(v.timestamp([], '', 't', value)).toBe(ok);
  });

  test.each([
    ['1.5s', true],
    ['-3s', true],
    ['0.000000001s', true],
    ['1m', false],
    ['1.5', false],
  ])('duration %j → %s', (value, ok) => {
    expect(v.duration([], '', 'd', value)).toBe(ok);
  });
});

describe('lengths count characters, not UTF-16 units', () => {
  test('a string of 3 astral characters is 3 long', () => {
    const issues: v.Issue[] = [];
    v.maxLength(issues, '', 's', '😀😀😀', 3);
    v.minLength(issues, '', 's', '😀😀😀', 3);
    expect(issues).toEqual([]);
    v.maxLength(issues, '', 's', '😀😀😀😀', 3);
    expect(issues.map((issue) => issue.code)).toEqual(['max_length']);
  });
});

describe('paths', () => {
  test.each([
    ['', 'backups', 'backups'],
    ['backups', 0, 'backups[0]'],
    ['backups[0]', 'createdAt', 'backups[0].createdAt'],
    ['labels', 'env.name', 'labels["env.name"]'],
    ['labels', 'say "hi"]', 'labels["say \\"hi\\"]"]'],
  ] as const)('join(%j, %j) = %j', (path, key, want) => {
    expect(v.join(path, key)).toBe(want);
  });

  test.each([
    ['backups[0].createdAt', ['backups', 0, 'createdAt']],
    ['labels["env.name"]', ['labels', 'env.name']],
    ['labels["say \\"hi\\"]"].x', ['labels', 'say "hi"]', 'x']],
    ['', []],
  ] as const)('pathSegments(%j)', (path, want) => {
    expect(v.pathSegments(path)).toEqual(want);
  });
});

describe('createValidator', () => {
  const check: v.Check = (value, path, issues) => {
    if (!v.isRecord(value)) return v.notObject(issues, path, value);
    const child = v.own(value, 'child');
    if (child !== undefined) check(child, v.prop(path, 'child'), issues);
  };
  const validate = v.createValidator<{ child?: unknown }>(check);

  test('a cyclic value yields an issue instead of an exception', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['child'] = cyclic;
    const result = validate(cyclic);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('invalid');
  });

  test('a throwing getter yields an issue instead of an exception', () => {
    const hostile = Object.defineProperty({}, 'child', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(validate(hostile).ok).toBe(false);
  });

  const throwing = (thrown: () => unknown): object => Object.defineProperty({}, 'child', { enumerable: true, get: () => { throw thrown(); } });
  const throwingTraps = (): object =>
    new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } });

  test.each([
    ['an error whose own name getter throws', () => Object.defineProperty(new Error('boom'), 'name', { get: () => { throw new Error('name'); } })],
    ['an error whose name is a symbol', () => Object.defineProperty(new Error('boom'), 'name', { value: Symbol('x') })],
    ['a Proxy with a throwing getPrototypeOf trap', throwingTraps],
    ['undefined', () => undefined],
  ])('a getter that throws %s yields an issue, never an exception', (_, thrown) => {
    const result = validate(throwing(thrown));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('invalid');
    expect(validate['~standard'].validate(throwing(thrown))).toMatchObject({ issues: [{ path: [] }] });
  });

  test('a Proxy with throwing traps as the value itself gives a result, never an exception', () => {
    const hostile = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    expect(validate(hostile)).toMatchObject({ ok: false, issues: [{ code: 'invalid' }] });
    expect(typeof validate(throwingTraps()).ok).toBe('boolean');
  });

  test('is a Standard Schema v1 with paths as keys', () => {
    const standard = validate['~standard'];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe('apiref');
    expect(standard.validate({ child: { child: 3 } })).toEqual({ issues: [{ message: 'expected object, got number', path: ['child', 'child'] }] });
    const value = { child: {} };
    expect(standard.validate(value)).toEqual({ value });
  });
});
