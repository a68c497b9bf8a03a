import { beforeAll, describe, expect, it } from 'vitest';
import { LINE_WIDTH } from '../../../../generator/targets/typescript/format/format-source.ts';
import { emitPackage, type GeneratedFile } from '../../../../generator/targets/typescript/index.ts';
import { hostileModel } from '../fixtures/hostile-model.ts';
import { docsModel, surveyModel, trainingModel } from '../helpers/models.ts';

/** A string or template literal, or a run without spaces (a URL, a Markdown link): what no line break may split. */
const UNBREAKABLE = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|\S+/g;
/** Room for what must stay on a piece's line: a comment's ` * `, a quote's `,` or `);`. */
const MARGIN = 4;

/**
 * A line over the width is allowed only when one unbreakable piece on it could not fit on
 * a line of its own at that indentation: a formatter could not have done better.
 */
function isUnbreakable(line: string): boolean {
  const indent = line.length - line.trimStart().length;
  const longest = Math.max(...(line.match(UNBREAKABLE) ?? ['']).map((piece) => piece.length));
  return indent + longest + MARGIN > LINE_WIDTH;
}

function longLines(files: readonly GeneratedFile[]): string[] {
  return files
    .filter((file) => file.path.endsWith('.ts'))
    .flatMap((file) => file.contents.split('\n').map((line, index) => ({ line, where: `${file.path}:${index + 1}` })))
    .filter(({ line }) => line.length > LINE_WIDTH && !isUnbreakable(line))
    .map(({ line, where }) => `${where}: ${line}`);
}

describe('the generated TypeScript', () => {
  const packages: Record<string, GeneratedFile[]> = {};
  beforeAll(async () => {
    packages.docs = emitPackage(await docsModel());
    packages.survey = emitPackage(await surveyModel());
    packages.training = emitPackage(await trainingModel());
    packages.hostile = emitPackage(hostileModel);
  }, 240_000);

  it.each(['docs', 'survey', 'training', 'hostile'])('of the %s model has no line over 100 columns a break could shorten', (name) => {
    expect(longLines(packages[name]!)).toEqual([]);
  });

  it('lists imported names one a line when the import does not fit', () => {
    const imports = packages.docs!.filter((file) => file.path.endsWith('.ts')).flatMap((file) => file.contents.match(/^import [^;]*;$/gm) ?? []);
    const wrapped = imports.filter((statement) => statement.includes('\n'));
    expect(wrapped.length).toBeGreaterThan(0);
    for (const statement of wrapped) {
      for (const line of statement.split('\n').slice(1, -1)) expect(line).toMatch(/^ {2}(?:type )?[\w$]+(?: as [\w$]+)?,$/);
    }
  });

  it('is the same bytes on every run', { timeout: 180_000 }, async () => {
    expect(emitPackage(await docsModel())).toEqual(packages.docs);
  });
});
