import { PlaceFormatter } from '../../../generator/cli/diagnostics.ts';
import type { LintReport } from '../../../generator/lint/run-lint.ts';

/** Two pages, an error that names its other place and a warning whose text holds a `|` and a `%`. */
export const REPORT: LintReport = {
  pages: [
    {
      source: 'en/a.md',
      findings: [
        {
          rule: 'conflicting-constraint',
          level: 'error',
          place: { source: 'en/a.md', line: 12, column: 3 },
          others: [{ source: 'ru/a.md', line: 10, column: 4, relation: 'other language' }],
          message: 'X.y: maxLength is 10 at ru/a.md:10, 20 here; the first is kept',
        },
      ],
    },
    {
      source: 'ru/b.md',
      findings: [{ rule: 'unread-constraint', level: 'warning', place: { source: 'ru/b.md', line: 5, column: 1 }, others: [], message: 'X.z: constraint-like sentence no phrase rule reads: "a | b, 100% long."' }],
    },
  ],
  counts: { error: 1, warning: 1 },
};

export const EMPTY: LintReport = { pages: [], counts: { error: 0, warning: 0 } };

/** Places as seen from the folder above `docs/`. */
export const PLACES = new PlaceFormatter('/repo/docs', '/repo');
