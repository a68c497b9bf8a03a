/** Real models for the emitter tests, built by the project's own pipeline from pages in the repo. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIr } from '../../../../generator/pipeline/build-ir.ts';
import type { DocsIr } from '../../../../generator/model/ir.ts';
import { docsTree } from '../../../helpers/docs-tree.ts';
import { DOCS, FIXTURES, trainingPage } from '../../../helpers/fixtures.ts';

/** The model of `docs/`, the package's default input. */
export async function docsModel(): Promise<DocsIr> {
  return (await buildIr({ docsDir: DOCS })).ir;
}

/** The model of the whole training corpus: the pages of `docs/` with the ones seeds shadowed put back. */
export async function trainingModel(): Promise<DocsIr> {
  const paths = readFileSync(join(FIXTURES, 'corpus-manifest.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cells) => cells[0] === 'train' && cells[1])
    .map((cells) => cells[1] as string);
  return (await buildIr({ docsDir: docsTree(paths.map((path) => [path, trainingPage(path)] as const)) })).ir;
}

/** The model of a few pages given as text, as the pipeline reads them. */
export async function pagesModel(pages: Record<string, string>): Promise<DocsIr> {
  return (await buildIr({ docsDir: docsTree(Object.entries(pages)) })).ir;
}

/** The model of the survey: real pages of other services, in every layout. */
export async function surveyModel(): Promise<DocsIr> {
  return (await buildIr({ docsDir: join(FIXTURES, 'survey/docs') })).ir;
}
