import { describe, expect, it } from 'vitest';
import { replaceJsonString } from '../../../generator/diff/bump/edit-version.ts';

const path = ['package', 'version'];

describe('replaceJsonString', () => {
  it('changes only the value at the path, not a same-named key elsewhere', () => {
    const text = '{"version": "9.9.9", "targets": [{"package": {"version": "8.8.8"}}], "package": {\n  "name": "a\\"b",\n  "version": "0.1.0"\n}}';
    expect(replaceJsonString(text, path, '0.2.0')).toBe(text.replace('"0.1.0"', '"0.2.0"'));
  });

  it('skips keys and values holding quotes, braces and backslashes', () => {
    const text = '{"package": {"description": "a {\\"version\\": \\"x\\"} \\\\", "version": "1.0.0"}}';
    expect(replaceJsonString(text, path, '2.0.0')).toBe(text.replace('"1.0.0"', '"2.0.0"'));
  });

  it('null where the key is missing or not a string, or the text is cut', () => {
    expect(replaceJsonString('{"package": {"name": "a"}}', path, '1.0.0')).toBeNull();
    expect(replaceJsonString('{"package": {"version": 1}}', path, '1.0.0')).toBeNull();
    expect(replaceJsonString('{"package": {"version": "1.0', path, '1.0.0')).toBeNull();
  });

  it('is linear on a long run of escapes', () => {
    const text = `{"package": {"a": "${'\\\\'.repeat(200_000)}", "version": "1.0.0"}}`;
    const started = performance.now();
    expect(replaceJsonString(text, path, '1.0.1')).toContain('"version": "1.0.1"');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
