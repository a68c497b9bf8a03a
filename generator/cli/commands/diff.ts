import { configFromFlags, configOptions, oneOf, parseCommandArgs } from '../options.ts';
import { diffIr } from '../../diff/diff-ir.ts';
import { formatJson } from '../../diff/report/json.ts';
import { formatMarkdown } from '../../diff/report/markdown.ts';
import { type DiffReport, makeReport } from '../../diff/report/report.ts';
import { formatText } from '../../diff/report/text.ts';
import { loadSides, SideError } from '../../pipeline/load-side.ts';
import type { Lang } from '../../model/ir.ts';
import { type Command, type CommandIo, UsageError } from '../command.ts';

const formats = { text: formatText, markdown: formatMarkdown, json: formatJson } as const;
const failOn = ['none', 'breaking', 'any'] as const;

export const diffCommand: Command = {
  name: 'diff',
  summary: [
    'Classify the API changes between two versions of the docs: breaking, non-breaking or docs-only,',
    'and the semver level they imply. A side is a docs folder, a model JSON file (apiref ir output,',
    'generated/apiref.ir.json), or git:<rev>[:<path>] (a docs folder or model file at a revision).',
    'The sides read as in git diff: `apiref diff <old> <new>`; `apiref diff <old>` compares <old> with',
    'the working docs (--docs, or the config\'s docs folder), so `apiref diff git:HEAD~1` shows what the',
    'last commit changed; `apiref diff` alone compares the committed snapshot (<out>/apiref.ir.json)',
    'with the docs.',
  ].join('\n'),
  usage:
    'apiref diff [<old>] [<new>] [--format text|markdown|json] [--lang en|ru] [--fail-on none|breaking|any] [--config FILE] [--docs DIR] [--out DIR]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...configOptions, format: { type: 'string' }, lang: { type: 'string' }, 'fail-on': { type: 'string' } },
      { min: 0, max: 2 },
    );
    const format = oneOf('format', values.format, ['text', 'markdown', 'json'] as const, 'text');
    const lang = oneOf<Lang>('lang', values.lang, ['en', 'ru'], 'en');
    const failure = oneOf('fail-on', values['fail-on'], failOn, 'none');
    const config = await configFromFlags(io.cwd, values);
    const report = await compareSides(positionals, config, io);
    io.stdout.write(formats[format](report, lang));
    if (failure === 'breaking') return report.counts.breaking > 0 ? 1 : 0;
    if (failure === 'any') return report.changes.length > 0 ? 1 : 0;
    return 0;
  },
};

/** Loads both sides and diffs them; shared with `bump`. */
export async function compareSides(
  operands: readonly string[],
  config: Parameters<typeof loadSides>[1],
  io: CommandIo,
): Promise<DiffReport> {
  try {
    const [before, after] = await loadSides(operands, config, io.cwd);
    for (const side of [before, after]) {
      const errors = side.ir.diagnostics.filter((d) => d.severity === 'error').length;
      if (errors > 0) io.stderr.write(`apiref: ${side.label}: the model has ${errors} error diagnostic(s); run apiref ir on it to see them\n`);
    }
    return makeReport(before.label, after.label, diffIr(before.ir, after.ir));
  } catch (error) {
    if (error instanceof SideError) throw new UsageError(error.message);
    throw error;
  }
}
