import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import type { PageExtract } from '../../generator/model/page.ts';
import { FIXTURES, seedManifest, trainingPage } from '../helpers/fixtures.ts';

const KIND_TO_LAYOUT: Record<string, string> = {
  grpc: 'grpc-method',
  'grpc-service-legacy': 'grpc-service-legacy',
  rest: 'rest-method',
  'rest-legacy': 'rest-method-legacy',
};

interface ExpectedPage {
  page: string;
  kind: string;
  methods: string[];
}

const expected: ExpectedPage[] = JSON.parse(readFileSync(join(FIXTURES, 'expected-methods.json'), 'utf8')).pages;

/** `yandex.cloud.mdb.redis.v1.BackupService.Get` → `BackupService.Get`. */
const serviceAndMethod = (id: string): string => id.split('.').slice(-2).join('.');
const documented = (page: PageExtract): string[] => page.services.flatMap((service) => service.methods.map((method) => `${service.name}.${method.name}`)).sort();

describe('every training page is recognised and yields the methods it documents', () => {
  it.each(expected.map((entry) => [entry.page, entry] as const))('%s', (path, entry) => {
    const page = extractPage(path, trainingPage(path));
    expect(page.source.layout).toBe(KIND_TO_LAYOUT[entry.kind]);
    expect(documented(page)).toEqual(entry.methods.map(serviceAndMethod).sort());
    expect(page.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
});

describe('every seed is recognised with its layout', () => {
  it.each(seedManifest().map((entry) => [entry.path, entry] as const))('%s', (path, entry) => {
    const page = extractPage(path, new Uint8Array(readFileSync(join(FIXTURES, 'seeds', entry.seed))));
    expect(page.source.layout).toBe(entry.layout);
    expect(page.services.flatMap((service) => service.methods).length).toBeGreaterThan(0);
    expect(page.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
});
