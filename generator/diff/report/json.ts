import type { Lang } from '../../model/ir.ts';
import { type DiffReport, locationOf, messageOf, placeOf } from './report.ts';
import { catalogs } from './catalog.ts';

/**
 * The machine-readable report; its shape is `diff-report.schema.json` beside this file.
 * Keys come in a fixed order and changes in report order, so equal diffs print equal bytes.
 */
export function formatJson(report: DiffReport, lang: Lang): string {
  const catalog = catalogs[lang];
  const document = {
    apirefDiff: 2,
    old: report.old,
    new: report.new,
    level: report.level,
    version: report.version,
    summary: {
      breaking: report.counts.breaking,
      warning: report.counts.warning,
      nonBreaking: report.counts['non-breaking'],
      docsOnly: report.counts['docs-only'],
      accepted: report.accepted,
    },
    changes: report.changes.map((change) => ({
      ...change,
      location: locationOf(change),
      place: placeOf(report, change),
      message: messageOf(catalog, change),
    })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
