import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPageLayout } from '../../generator/extract/detect-layout.ts';
import { mayBeApiReference } from '../../generator/extract/scan.ts';
import { splitSections } from '../../generator/extract/sections.ts';
import { parseWhole } from '../../generator/parse/processor.ts';
import { DOCS, FIXTURES } from '../helpers/fixtures.ts';

describe('mayBeApiReference', () => {
  it('never turns away a page that a layout reads, on every real page', () => {
    let methodPages = 0;
    for (const root of [DOCS, FIXTURES]) {
      for (const path of readdirSync(root, { recursive: true }).map(String).filter((p) => p.endsWith('.md'))) {
        const text = readFileSync(join(root, path), 'utf8');
        if (!findPageLayout(splitSections(parseWhole(text)))) continue;
        methodPages++;
        expect(mayBeApiReference(text), path).toBe(true);
      }
    }
    expect(methodPages).toBeGreaterThan(150);
  });

  it.each([
    ['an rpc line', '**rpc Get ([GetRequest](#x)) returns ([Backup](#y))**', true],
    ['an HTTP request heading', '## HTTP request {#https-request}\n\n```\nGET https://x/v1/a\n```', true],
    ['a Russian one', '## HTTP-запрос {#https-request}', true],
    ['rpc with a Cyrillic р and с', '**rрс Get ([A](#a)) returns ([B](#b))**', true],
    ['HTTP with Cyrillic Н, Т and Р', '## НТТР request', true],
    ['rpc split by a zero-width space', '**r\u200bpc Get ([A](#a)) returns ([B](#b))**', true],
    ['a legacy method title whose request line was lost', '# Method list\nRetrieves the list of Subnet resources.', true],
    ['an include stub', '{% include notitle [get](../_api-ref/compute/api-ref/Disk/get.md) %}', false],
    ['a how-to with a sample request', '# Getting a disk\n\nSend a request:\n\n```\nGET https://compute.api.cloud.yandex.net/compute/v1/disks/<id>\n```\n', false],
    ['gRPC in prose', 'Use the gRPC API or the REST API.', false],
    ['an index page', '# Compute API\n\n* [Disk](Disk/index.md)\n* [Instance](Instance/index.md)', false],
  ])('%s: %s', (_name, text, expected) => {
    expect(mayBeApiReference(text)).toBe(expected);
  });

  it('takes time linear in the page on long runs of the letters it looks for', () => {
    const time = (n: number) => {
      const text = `## ${'HTTHTT'.repeat(n)}\n${'rp'.repeat(n)}`;
      const started = performance.now();
      for (let i = 0; i < 5; i++) mayBeApiReference(text);
      return performance.now() - started;
    };
    time(20_000);
    expect(time(200_000)).toBeLessThan(time(20_000) * 40);
  });
});
