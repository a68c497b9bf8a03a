import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../generator/lint/format/index.ts';
import { EMPTY, PLACES, REPORT } from './report.ts';

describe('lint formats', () => {
  const table = [
    {
      format: 'text',
      want: [
        'docs/en/a.md',
        '  12:3  error  conflicting-constraint  X.y: maxLength is 10 at docs/ru/a.md:10:1, 20 here; the first is kept',
        '      also: docs/ru/a.md:10:4 (other language)',
        '',
        'docs/ru/b.md',
        '  5:1  warning  unread-constraint  X.z: constraint-like sentence no phrase rule reads: "a | b, 100% long."',
        '',
        '1 error, 1 warning on 2 pages',
        '',
      ],
      empty: 'no findings\n',
    },
    {
      format: 'markdown',
      want: [
        '# apiref lint: 1 error, 1 warning on 2 pages',
        '',
        '## `docs/en/a.md`',
        '',
        '| Line:col | Level | Rule | Finding | Other places |',
        '| --- | --- | --- | --- | --- |',
        '| 12:3 | error | conflicting-constraint | X.y: maxLength is 10 at docs/ru/a.md:10:1, 20 here; the first is kept | `docs/ru/a.md:10:4 (other language)` |',
        '',
        '## `docs/ru/b.md`',
        '',
        '| Line:col | Level | Rule | Finding | Other places |',
        '| --- | --- | --- | --- | --- |',
        '| 5:1 | warning | unread-constraint | X.z: constraint-like sentence no phrase rule reads: "a \\| b, 100% long." |  |',
        '',
      ],
      empty: '# apiref lint: no findings\n',
    },
    {
      format: 'github',
      want: [
        '::error file=docs/en/a.md,line=12,col=3,title=apiref lint conflicting-constraint::X.y: maxLength is 10 at docs/ru/a.md:10:1, 20 here; the first is kept%0Aalso: docs/ru/a.md:10:4 (other language)',
        '::warning file=docs/ru/b.md,line=5,col=1,title=apiref lint unread-constraint::X.z: constraint-like sentence no phrase rule reads: "a | b, 100%25 long."',
        '',
      ],
      empty: '',
    },
  ] as const;
  it.each(table)('$format', ({ format, want, empty }) => {
    expect(FORMATS[format](REPORT, PLACES)).toBe(want.join('\n'));
    expect(FORMATS[format](EMPTY, PLACES)).toBe(empty);
  });

  it('json', () => {
    expect(JSON.parse(FORMATS.json(REPORT, PLACES))).toEqual({
      apirefLint: 1,
      counts: { error: 1, warning: 1 },
      pages: [
        {
          source: 'en/a.md',
          findings: [
            {
              rule: 'conflicting-constraint',
              level: 'error',
              place: 'docs/en/a.md:12:3',
              line: 12,
              column: 3,
              message: 'X.y: maxLength is 10 at docs/ru/a.md:10:1, 20 here; the first is kept',
              others: [{ place: 'docs/ru/a.md:10:4', relation: 'other language' }],
            },
          ],
        },
        {
          source: 'ru/b.md',
          findings: [{ rule: 'unread-constraint', level: 'warning', place: 'docs/ru/b.md:5:1', line: 5, column: 1, message: 'X.z: constraint-like sentence no phrase rule reads: "a | b, 100% long."', others: [] }],
        },
      ],
    });
    expect(JSON.parse(FORMATS.json(EMPTY, PLACES))).toEqual({ apirefLint: 1, counts: { error: 0, warning: 0 }, pages: [] });
  });

  it('github escapes what ends a property in a file name', () => {
    const report = { ...EMPTY, pages: [{ source: 'en/a,b:c.md', findings: [{ ...REPORT.pages[0]!.findings[0]!, place: { source: 'en/a,b:c.md', line: 1, column: 1 }, others: [] }] }] };
    expect(FORMATS.github(report, PLACES)).toMatch(/^::error file=docs\/en\/a%2Cb%3Ac\.md,line=1,col=1,/);
  });
});
