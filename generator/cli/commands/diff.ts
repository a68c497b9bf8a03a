import { stat } from 'node:fs/promises';
import path from 'node:path';
import { configFromFlags, configOptions, oneOf, parseCommandArgs } from '../options.ts';
import { diffIr } from '../../diff/diff-ir.ts';
import { formatJson } from '../../diff/report/json.ts';
import { formatMarkdown } from '../../diff/report/markdown.ts';
import { type DiffReport, makeReport } from '../../diff/report/report.ts';
import { formatText } from '../../diff/report/text.ts';
import { loadSides, type Side, SideError } from '../../pipeline/load-side.ts';
import type { ApirefConfig } from '../../config/config.ts';
import type { Diagnostic, Lang } from '../../model/ir.ts';
import { type Command, type CommandIo, UsageError } from '../command.ts';
import { type DiagnosticFlags, PlaceFormatter, reportDiagnostics } from '../diagnostics.ts';

const formats = { text: formatText, markdown: formatMarkdown, json: formatJson } as const;
const failOn = ['none', 'breaking', 'any'] as const;

/** The flags `diff` and `bump` share for reading the two sides. */
export const sideOptions = {
  'allow-empty': { type: 'boolean' },
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean' },
} as const;

export interface SideFlags extends DiagnosticFlags {
  'allow-empty'?: boolean | undefined;
}

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
    'A side with no methods is an error (a wrong --docs, as docs/en for docs) unless --allow-empty.',
    'Contradictions between the pages of either side (conflicting-*, field-set-differs) go to stderr',
    'as apiref generate prints them; --verbose lists each, --quiet none.',
  ].join('\n'),
  usage:
    'apiref diff [<old>] [<new>] [--format text|markdown|json] [--lang en|ru] [--fail-on none|breaking|any] [--allow-empty] [--verbose|--quiet] [--config FILE] [--docs DIR] [--out DIR]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...configOptions, ...sideOptions, format: { type: 'string' }, lang: { type: 'string' }, 'fail-on': { type: 'string' } },
      { min: 0, max: 2 },
    );
    const format = oneOf('format', values.format, ['text', 'markdown', 'json'] as const, 'text');
    const lang = oneOf<Lang>('lang', values.lang, ['en', 'ru'], 'en');
    const failure = oneOf('fail-on', values['fail-on'], failOn, 'none');
    const config = await configFromFlags(io.cwd, values);
    const report = await compareSides(positionals, config, io, values);
    io.stdout.write(formats[format](report, lang));
    return failureCode(failure, report, io);
  },
};

/** Exit 1 when `--fail-on` is met, saying on stderr why, so that a CI log shows the reason. */
function failureCode(failure: (typeof failOn)[number], report: DiffReport, io: CommandIo): number {
  const count = failure === 'breaking' ? report.counts.breaking : failure === 'any' ? report.changes.length : 0;
  if (count === 0) return 0;
  const what = failure === 'breaking' ? `breaking change${count === 1 ? '' : 's'}` : `change${count === 1 ? '' : 's'}`;
  io.stderr.write(`apiref diff: --fail-on ${failure}: ${count} ${what} from ${report.old} to ${report.new} (exit 1)\n`);
  return 1;
}

/** Loads both sides, reports their contradictions and diffs them; shared with `bump`. */
export async function compareSides(operands: readonly string[], config: ApirefConfig, io: CommandIo, flags: SideFlags): Promise<DiffReport> {
  let sides: [Side, Side];
  try {
    sides = await loadSides(operands, config, io.cwd);
  } catch (error) {
    if (error instanceof SideError) throw new UsageError(error.message);
    throw error;
  }
  const [before, after] = sides;
  for (const [role, side] of [['old', before], ['new', after]] as const) {
    if (!flags['allow-empty']) requireMethods(role, side);
    await reportSide(role, side, config, io, flags);
  }
  return makeReport(before.label, after.label, diffIr(before.ir, after.ir));
}

/** A side without methods is nearly always a wrong path; diffing it would call everything added or removed. */
function requireMethods(role: 'old' | 'new', side: Side): void {
  if (side.ir.services.some((service) => service.methods.length > 0)) return;
  const found = side.ir.sources.length === 0 ? 'no pages' : `${side.ir.sources.length} page(s) but no method`;
  throw new UsageError(`the ${role} side ${side.label} holds no API methods (${found}); check the path (the docs root holds en/ and ru/), or pass --allow-empty to compare an empty side`);
}

/** Diagnostics that say two pages disagree: the diff compares what the merge kept, so the reader must know. */
export function isContradiction(diagnostic: Diagnostic): boolean {
  return diagnostic.code.startsWith('conflicting-') || diagnostic.code === 'field-set-differs';
}

async function reportSide(role: 'old' | 'new', side: Side, config: ApirefConfig, io: CommandIo, flags: SideFlags): Promise<void> {
  const errors = side.ir.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) io.stderr.write(`apiref: ${side.label}: the model has ${errors} error diagnostic(s); run apiref ir on it to see them\n`);
  const contradictions = side.ir.diagnostics.filter(isContradiction);
  if (contradictions.length === 0 || flags.quiet) return;
  io.stderr.write(`apiref: the ${role} side ${side.label} has ${contradictions.length} contradiction(s) between pages; the diff compares what the merge kept:\n`);
  await reportDiagnostics(io, contradictions, new PlaceFormatter(await docsRootOf(side, config, io.cwd), io.cwd), { verbose: flags.verbose });
}

/** Where a side's page paths start: the folder it names, else (a model file, a revision) the config's docs. */
async function docsRootOf(side: Side, config: ApirefConfig, cwd: string): Promise<string> {
  const folder = path.resolve(cwd, side.label);
  return (await stat(folder).catch(() => null))?.isDirectory() ? folder : config.docs;
}
