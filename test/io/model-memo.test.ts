import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readModelMemo, saveModelMemo } from '../../generator/io/model-memo.ts';
import type { DocsIr } from '../../generator/model/ir.ts';

const BUILD = '0123456789abcdef0123';
const OTHER = 'fedcba9876543210fedc';
const ir: DocsIr = { irVersion: 1, sources: [], services: [], types: {}, diagnostics: [] };
const memo = { pages: new Map([['en/a/api-ref/grpc/A/get.md', 'key-a']]), ir };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'apiref-memo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the model memo', () => {
  it('gives back the model and pages saved by the same build, and nothing to another', async () => {
    await saveModelMemo(dir, BUILD, memo);
    expect(await readModelMemo(dir, BUILD)).toEqual(memo);
    expect(await readModelMemo(dir, OTHER)).toBeNull();
  });

  it('replaces the files of other builds, and only those', async () => {
    await saveModelMemo(dir, OTHER, memo);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'apiref-model-notes.json'), 'mine too');
    await saveModelMemo(dir, BUILD, memo);
    expect(readdirSync(dir).sort()).toEqual(['apiref-model-0123456789abcdef.json', 'apiref-model-notes.json', 'notes.txt']);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['not a model', (text: string) => text.replace('"irVersion":1', '"irVersion":2')],
    ['pages of the wrong shape', (text: string) => text.replace('"key-a"', '7')],
  ])('is a miss where the file is %s', async (_name, spoil) => {
    await saveModelMemo(dir, BUILD, memo);
    const file = join(dir, 'apiref-model-0123456789abcdef.json');
    writeFileSync(file, spoil(readFileSync(file, 'utf8')));
    expect(await readModelMemo(dir, BUILD)).toBeNull();
  });
});
