import { describe, expect, test } from 'vitest';
import { int64ToWire, type Int64Shape } from '../../../../generator/targets/typescript/runtime/int64.ts';
import type { Issue } from '../../../../generator/targets/typescript/runtime/validation.ts';

const node: Int64Shape = {
  size: 'int64',
  limits: 'int64Map',
  child: { message: () => node },
  children: { message: () => node },
  byName: { message: () => node, map: true },
};

describe('int64ToWire', () => {
  test.each([
    ['a number', { size: 5 }, { size: '5' }],
    ['a bigint beyond 2^53', { size: 2n ** 60n }, { size: '1152921504606846976' }],
    ['a negative number', { size: -7 }, { size: '-7' }],
    ['a string stays as it is', { size: '12' }, { size: '12' }],
    ['every item of a list', { size: [1, '2', 3n] }, { size: ['1', '2', '3'] }],
    ['every value of a map', { limits: { a: 1, b: 2n } }, { limits: { a: '1', b: '2' } }],
    ['nested and recursive messages', { child: { size: 1, child: { size: 2 } } }, { child: { size: '1', child: { size: '2' } } }],
    ['lists and maps of messages', { children: [{ size: 1 }], byName: { x: { size: 2 } } }, { children: [{ size: '1' }], byName: { x: { size: '2' } } }],
    ['other fields untouched', { name: 7, size: 1 }, { name: 7, size: '1' }],
  ])('%s', (_name, given, want) => {
    const issues: Issue[] = [];
    expect(int64ToWire(given, node, '', issues)).toEqual(want);
    expect(issues).toEqual([]);
  });

  test('never changes the input, and returns it as is when nothing changes', () => {
    const input = { child: { size: 1 }, children: [{ size: '2' }] };
    const output = int64ToWire(input, node, '', []) as typeof input;
    expect(input.child.size).toBe(1);
    expect(output.children).toBe(input.children);
    const untouched = { size: '1' };
    expect(int64ToWire(untouched, node, '', [])).toBe(untouched);
  });

  test.each([
    ['beyond 2^53', { size: 2 ** 53 }, 'size'],
    ['a fraction', { children: [{ size: 1.5 }] }, 'children[0].size'],
    ['not a number', { byName: { k: { size: Number.NaN } } }, 'byName["k"].size'],
  ])('a number that is not a safe integer is an issue at its path: %s', (_name, given, path) => {
    const issues: Issue[] = [];
    int64ToWire(given, node, '', issues);
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[path, 'int64']]);
  });

  test('a map key named __proto__ stays an own key, and the prototype is untouched', () => {
    const given = JSON.parse('{"limits": {"__proto__": 5}}') as object;
    const output = int64ToWire(given, node, '', []) as { limits: Record<string, unknown> };
    expect(Object.getPrototypeOf(output.limits)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(output.limits, '__proto__')?.value).toBe('5');
  });
});
