import type { Lang } from '../../model/ir.ts';
import type { Change } from '../change.ts';
import { catalogs } from './catalog.ts';
import { type DiffReport, locationOf, messageOf, placeOf } from './report.ts';

const COMMAND: Record<Change['severity'], 'error' | 'warning' | 'notice' | null> = {
  breaking: 'error',
  warning: 'warning',
  'non-breaking': 'notice',
  // Wording changes would drown the API changes in the pull request's file view.
  'docs-only': null,
};

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`): each API change
 * becomes an annotation on the page that documents it. An accepted breaking change is a notice.
 */
export function formatGithub(report: DiffReport, lang: Lang): string {
  const catalog = catalogs[lang];
  const lines: string[] = [];
  for (const change of report.changes) {
    const command = change.accepted !== null ? 'notice' : COMMAND[change.severity];
    if (command === null) continue;
    const properties = [...fileProperties(placeOf(report, change)), `title=${property(`apiref ${change.rule}`)}`];
    const tail = [locationOf(change), change.route, change.accepted !== null ? catalog.accepted(change.accepted) : null].filter((part) => part !== null);
    lines.push(`::${command} ${properties.join(',')}::${data(`${messageOf(catalog, change)} (${tail.join('; ')})`)}`);
  }
  lines.push(`::notice title=apiref diff::${data(`${catalog.summary(report.counts)}; ${catalog.level(report.level, report.version)}`)}`);
  return lines.join('\n') + '\n';
}

/** `en/a.md:12` → the annotation's `file` and `line` properties. */
function fileProperties(place: string | null): string[] {
  if (place === null) return [];
  const colon = place.lastIndexOf(':');
  return [`file=${property(place.slice(0, colon))}`, `line=${place.slice(colon + 1)}`];
}

/** The escapes the runner undoes (as actions/toolkit's command module writes them). */
function data(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
