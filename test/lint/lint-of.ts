import { join } from 'node:path';
import type { Level } from '../../generator/lint/finding.ts';
import type { LintRule } from '../../generator/lint/input.ts';
import { type LintReport, runLint } from '../../generator/lint/run-lint.ts';
import type { DocsIr } from '../../generator/model/ir.ts';
import type { PageExtract } from '../../generator/model/page.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { walkDocs } from '../../generator/pipeline/walk-docs.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

/** The training pages that disagree with each other (see its README). */
export const LINT_DOCS = join(FIXTURES, 'lint/docs');
export const SURVEY2_DOCS = join(FIXTURES, 'survey2/docs');

export interface Built {
  docsDir: string;
  ir: DocsIr;
  pages: readonly PageExtract[];
  listed: string[];
}

/** One build of a docs tree (or the pages of it that `include` names), with the page extracts. */
export async function build(docsDir: string, include: string[] = []): Promise<Built> {
  let pages: readonly PageExtract[] = [];
  const { ir } = await buildIr({ docsDir, include, workers: 1, onPages: (read) => (pages = read) });
  const walk = await walkDocs(docsDir, { include, maxPageBytes: 32 * 1024 * 1024 });
  return { docsDir, ir, pages, listed: walk.pages.map((page) => page.path) };
}

/** The findings of the given rules, each at its own level. */
export function lint(built: Built, rules: readonly LintRule[]): Promise<LintReport> {
  return runLint(built, new Map(rules.map((rule) => [rule, rule.level as Level])));
}

/** Every finding of a report, flat, with its page. */
export const findingsOf = (report: LintReport) => report.pages.flatMap((page) => page.findings);
