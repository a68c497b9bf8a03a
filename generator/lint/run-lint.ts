import type { DocsIr } from '../model/ir.ts';
import type { PageExtract } from '../model/page.ts';
import { type Finding, Relations } from './finding.ts';
import { type LintRule, PageTexts } from './input.ts';
import type { Level } from './finding.ts';

export interface LintReport {
  /** Findings by page, pages in path order, each page's in line, column and rule order. */
  pages: { source: string; findings: Finding[] }[];
  counts: Record<Level, number>;
}

export interface LintSubject {
  ir: DocsIr;
  pages: readonly PageExtract[];
  docsDir: string;
  /** Every page the walk listed (docs paths), the targets a link may lead to. */
  listed: Iterable<string>;
}

/** Runs each rule at its level over one build of the docs. */
export async function runLint(subject: LintSubject, levels: ReadonlyMap<LintRule, Level>): Promise<LintReport> {
  const input = { ir: subject.ir, pages: subject.pages, relations: new Relations(subject.ir.sources), texts: new PageTexts(subject.docsDir, subject.listed) };
  const findings: Finding[] = [];
  for (const [rule, level] of levels) for (const draft of await rule.check(input)) findings.push({ ...draft, level });
  return reportOf(findings);
}

function reportOf(findings: Finding[]): LintReport {
  const byPage = new Map<string, Finding[]>();
  const counts: Record<Level, number> = { error: 0, warning: 0 };
  const seen = new Set<string>();
  for (const finding of findings.sort(compareFindings)) {
    // A page that documents a type twice states its sentences twice: one finding is enough.
    const key = `${finding.rule}\0${finding.place.source}:${finding.place.line}:${finding.place.column}\0${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts[finding.level]++;
    const list = byPage.get(finding.place.source);
    if (list) list.push(finding);
    else byPage.set(finding.place.source, [finding]);
  }
  return { pages: [...byPage].map(([source, list]) => ({ source, findings: list })), counts };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.place.source, b.place.source) || a.place.line - b.place.line || a.place.column - b.place.column || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}
