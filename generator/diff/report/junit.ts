import type { Lang } from '../../model/ir.ts';
import { type Change, severities } from '../change.ts';
import { catalogs } from './catalog.ts';
import { type DiffReport, locationOf, messageOf, placeOf } from './report.ts';

/**
 * A JUnit XML report, for CI systems that show test results: one suite per severity, one
 * test case per change; a breaking change fails, an accepted one is skipped with its reason.
 */
export function formatJunit(report: DiffReport, lang: Lang): string {
  const catalog = catalogs[lang];
  const failures = report.counts.breaking - report.accepted;
  const suites = severities.map((severity) => {
    const changes = report.changes.filter((change) => change.severity === severity);
    const failed = severity === 'breaking' ? failures : 0;
    const skipped = severity === 'breaking' ? report.accepted : 0;
    const cases = changes.map((change) => testCase(report, change, messageOf(catalog, change), catalog.accepted));
    return [
      `  <testsuite name="${xml(`apiref diff: ${catalog.heading[severity]}`)}" tests="${changes.length}" failures="${failed}" skipped="${skipped}" errors="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(`apiref diff ${report.old} → ${report.new}`)}" tests="${report.changes.length}" failures="${failures}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function testCase(report: DiffReport, change: Change, message: string, accepted: (reason: string) => string): string {
  const place = placeOf(report, change);
  const attributes = `classname="${xml(change.service ?? change.product ?? 'apiref')}" name="${xml(`[${change.rule}] ${locationOf(change)}`)}"${place ? fileAttributes(place) : ''}`;
  const detail = [message, change.route, place, ...change.affected].filter((part) => part !== null).join('\n');
  if (change.severity === 'breaking' && change.accepted !== null) return `    <testcase ${attributes}><skipped message="${xml(accepted(change.accepted))}"/></testcase>`;
  if (change.severity === 'breaking') return `    <testcase ${attributes}><failure type="${change.rule}" message="${xml(message)}">${xml(detail)}</failure></testcase>`;
  return `    <testcase ${attributes}><system-out>${xml(detail)}</system-out></testcase>`;
}

/** `docs/en/a.md:12` → ` file="docs/en/a.md" line="12"`, as JUnit readers take them. */
function fileAttributes(place: string): string {
  const colon = place.lastIndexOf(':');
  return ` file="${xml(place.slice(0, colon))}" line="${place.slice(colon + 1)}"`;
}

/** Text for an XML attribute or element; characters XML 1.0 cannot hold become U+FFFD. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
