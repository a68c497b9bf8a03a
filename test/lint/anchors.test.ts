import { describe, expect, it } from 'vitest';
import { readLinks, slugOf } from '../../generator/lint/anchors.ts';

describe('readLinks', () => {
  const table = [
    { given: '## Backup {#yandex.cloud.mdb.redis.v1.Backup}', anchors: ['yandex.cloud.mdb.redis.v1.Backup'], slugs: ['backup'], links: [] },
    { given: '## HTTP request {#https-request}\n### Query parameters', anchors: ['https-request'], slugs: ['http-request', 'query-parameters'], links: [] },
    { given: '<a name="calls"></a>text <a id="x1" href="#calls">see</a>', anchors: ['calls', 'x1'], slugs: [], links: [{ target: '#calls', line: 1, column: 43 }] },
    { given: 'id | **string**<br>See [List](#List) and [Op](./operation_service#Get "title").', anchors: [], slugs: [], links: [{ target: '#List', line: 1, column: 31 }, { target: './operation_service#Get', line: 1, column: 47 }] },
    { given: 'x\n```\n[in code](#not-a-link)\n## Not a heading\n```\n[after](#after)', anchors: [], slugs: [], links: [{ target: '#after', line: 6, column: 9 }] },
    { given: '[no anchor](other.md) [off site](https://example.com/a#b)', anchors: [], slugs: [], links: [{ target: 'https://example.com/a#b', line: 1, column: 34 }] },
  ];
  it.each(table)('$given', ({ given, anchors, slugs, links }) => {
    const page = readLinks(given.split('\n'));
    expect([...page.anchors]).toEqual(anchors);
    expect([...page.slugs]).toEqual(slugs);
    expect(page.links).toEqual(links);
  });

  it('reads an unclosed `<a` and a long line in linear time', () => {
    const started = performance.now();
    readLinks(['<a '.repeat(50_000) + '[x](#y'.repeat(50_000)]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('slugOf', () => {
  const table = [
    { given: 'Query parameters', want: 'query-parameters' },
    { given: 'Calls `DatabaseService`', want: 'calls-databaseservice' },
    { given: 'Вызовы DatabaseService', want: 'вызовы-databaseservice' },
    { given: '[operation.Operation](#op) (response)', want: 'operationoperation-response' },
  ];
  it.each(table)('$given → $want', ({ given, want }) => expect(slugOf(given)).toBe(want));
});
