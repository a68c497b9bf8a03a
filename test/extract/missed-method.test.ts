import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import type { PageExtract } from '../../generator/model/page.ts';
import { DOCS } from '../helpers/fixtures.ts';

const REST = 'en/managed-redis/api-ref/Backup/delete.md';
const GRPC = 'en/managed-postgresql/api-ref/grpc/Database/update.md';

function readEdited(path: string, find: string, replace: string): PageExtract {
  const text = readFileSync(join(DOCS, path), 'utf8');
  expect(text).toContain(find);
  return extractPage(path, new TextEncoder().encode(text.replace(find, replace)));
}

const methods = (page: PageExtract): number => page.services.reduce((sum, service) => sum + service.methods.length, 0);
const missed = (page: PageExtract) => page.diagnostics.find((diagnostic) => diagnostic.code === 'no-method-found');

describe('a page that looks like a method page and yields none says why', () => {
  it('a zero-width space in the HTTP request heading', () => {
    const page = readEdited(REST, '## HTTP request', '## HTTP re\u200bquest');
    expect(methods(page)).toBe(0);
    expect(missed(page)).toMatchObject({ severity: 'warning', line: 10, column: 1 });
    expect(missed(page)?.message).toContain('invisible or lookalike');
  });

  it('a Cyrillic lookalike in the HTTP request heading', () => {
    const page = readEdited(REST, '## HTTP request', '## HTTP rеquest');
    expect(methods(page)).toBe(0);
    expect(missed(page)?.message).toContain('invisible or lookalike');
  });

  // Found by the fuzz tier (adjacent lines swapped): the heading is code now, its parameter sections remain.
  it('the HTTP request heading moved into the request line\'s code block', () => {
    const page = readEdited(REST, '## HTTP request\n\n```\n', '\n```\n## HTTP request\n');
    expect(methods(page)).toBe(0);
    expect(missed(page)?.message).toMatch(/section documents a request, but no 'HTTP request' section holds the request line/);
  });

  // Found by the fuzz tier (the page cut short): the gRPC request section ends at `**rpc `.
  it('a page cut short in its rpc line', () => {
    const text = readFileSync(join(DOCS, GRPC), 'utf8');
    const cut = text.slice(0, text.indexOf('**rpc ') + '**rpc '.length);
    const page = extractPage(GRPC, new TextEncoder().encode(cut));
    expect(methods(page)).toBe(0);
    expect(missed(page)?.message).toMatch(/rpc line/);
  });

  it('a Cyrillic р in the rpc line', () => {
    const page = readEdited(GRPC, '**rpc Update', '**rрc Update');
    expect(methods(page)).toBe(0);
    expect(missed(page)).toMatchObject({ severity: 'warning', line: 12 });
  });

  it('a zero-width space in the rpc line', () => {
    const page = readEdited(GRPC, '**rpc Update', '**r\u200bpc Update');
    expect(methods(page)).toBe(0);
    expect(missed(page)?.message).toContain('rpc line');
  });

  it('the unedited pages yield their method with no such diagnostic', () => {
    for (const path of [REST, GRPC]) {
      const page = readEdited(path, '\n', '\n');
      expect(methods(page)).toBe(1);
      expect(missed(page)).toBeUndefined();
    }
  });
});

describe('a heading that an invisible character unmade', () => {
  it('a zero-width space between the hashes of the HTTP request heading', () => {
    const page = readEdited(REST, '## HTTP request', '#\u200b# HTTP request');
    expect(methods(page)).toBe(0);
    expect(missed(page)).toMatchObject({ severity: 'warning', line: 10 });
  });
});

describe('an anchor that an invisible character unmade', () => {
  it('a byte order mark inside the {#https-request} anchor', () => {
    const path = 'en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md';
    const page = readEdited(path, '{#https-request}', '{#https\ufeff-request}');
    expect(methods(page)).toBe(0);
    expect(missed(page)?.message).toContain('invisible or lookalike');
  });
});
