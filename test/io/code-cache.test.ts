import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireWithCodeCache } from '../../generator/io/code-cache.ts';

let root: string;
let entry: string;
const compile = (Module as unknown as { prototype: { _compile: unknown } }).prototype._compile;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'apiref-code-cache-'));
  mkdirSync(join(root, 'pkg'));
  writeFileSync(join(root, 'pkg', 'index.js'), "const part = require('./part.js');\nexports.answer = part.value * 2;\nexports.folder = __dirname;\n");
  writeFileSync(join(root, 'pkg', 'part.js'), 'exports.value = 21;\n');
  entry = join(root, 'pkg', 'index.js');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Each load compiles again, as a new process would. */
function load(dir: string | undefined): { answer: number; folder: string } {
  const cache = createRequire(import.meta.url).cache;
  for (const file of Object.keys(cache)) if (file.startsWith(root)) delete cache[file];
  return requireWithCodeCache(entry, import.meta.url, dir) as { answer: number; folder: string };
}

/**
 * A load in a new process: within one, V8 compiles a source it has met from its own memory and
 * never looks at the entry (so never rejects it).
 */
function loadElsewhere(dir: string): number {
  const module = fileURLToPath(new URL('../../generator/io/code-cache.ts', import.meta.url));
  const script = `import(${JSON.stringify(module)}).then((m) => console.log(m.requireWithCodeCache(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}, ${JSON.stringify(dir)}).answer))`;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' }));
}

const entries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.v8')).sort();

describe('requireWithCodeCache', () => {
  it('without a folder, requires the package and writes nothing', () => {
    expect(load(undefined)).toEqual({ answer: 42, folder: join(root, 'pkg') });
    expect(readdirSync(root)).toEqual(['pkg']);
  });

  it('keeps one entry per compiled file, and reads them back untouched', () => {
    const dir = join(root, 'compiled');
    expect(load(dir).answer).toBe(42);
    const written = entries(dir);
    expect(written).toHaveLength(2);
    const bytes = written.map((name) => readFileSync(join(dir, name)));
    expect(loadElsewhere(dir)).toBe(42);
    expect(entries(dir)).toEqual(written);
    expect(written.map((name) => readFileSync(join(dir, name)))).toEqual(bytes);
  });

  it('writes an entry again where V8 rejects it', () => {
    const dir = join(root, 'compiled');
    load(dir);
    for (const name of entries(dir)) writeFileSync(join(dir, name), 'not code');
    expect(loadElsewhere(dir)).toBe(42);
    for (const name of entries(dir)) expect(readFileSync(join(dir, name), 'utf8')).not.toBe('not code');
  });

  it('misses when a file changes, and removes the entries it no longer uses, not other files', () => {
    const dir = join(root, 'compiled');
    load(dir);
    const before = entries(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(root, 'pkg', 'part.js'), 'exports.value = 20;\n');
    expect(load(dir).answer).toBe(40);
    const after = entries(dir);
    expect(after).toHaveLength(2);
    expect(after.filter((name) => before.includes(name))).toHaveLength(1);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('loads when the folder cannot be made, and leaves the loader as it was, also after a failing package', () => {
    writeFileSync(join(root, 'taken'), '');
    expect(load(join(root, 'taken')).answer).toBe(42);
    writeFileSync(join(root, 'pkg', 'part.js'), "throw new Error('broken package');\n");
    expect(() => load(join(root, 'compiled'))).toThrow('broken package');
    expect((Module as unknown as { prototype: { _compile: unknown } }).prototype._compile).toBe(compile);
  });
});
