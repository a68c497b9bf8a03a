import { stat } from 'node:fs/promises';
import path from 'node:path';
import { configFromFlags, configOptions, oneOf, parseCommandArgs } from '../options.ts';
import { diffIr } from '../../diff/diff-ir.ts';
import { bumpVersion } from '../../diff/semver.ts';
import { releasedVersion } from '../../diff/bump/released.ts';
import { ACCEPT_FILE, PolicyError, readPolicy } from '../../diff/policy-file.ts';
import { EMPTY_POLICY, type Policy, unusedEntries } from '../../diff/policy.ts';
import { formatGithub } from '../../diff/report/github.ts';
import { formatJson } from '../../diff/report/json.ts';
import { formatJunit } from '../../diff/report/junit.ts';
import { formatMarkdown } from '../../diff/report/markdown.ts';
import { type DiffReport, makeReport, unacceptedBreaking } from '../../diff/report/report.ts';
import { formatText } from '../../diff/report/text.ts';
import { loadSides, type Side, SideError } from '../../pipeline/load-side.ts';
import type { ApirefConfig } from '../../config/config.ts';
import type { Diagnostic, Lang } from '../../model/ir.ts';
import { type Command, type CommandIo, UsageError } from '../command.ts';
import { type DiagnosticFlags, PlaceFormatter, reportDiagnostics } from '../diagnostics.ts';

const formats = { text: formatText, markdown: formatMarkdown, json: formatJson, github: formatGithub, junit: formatJunit } as const;
const formatNames = Object.keys(formats) as Array<keyof typeof formats>;
const failOn = ['none', 'breaking', 'warning', 'any'] as const;

/** The flags `diff` and `bump` share for reading the two sides and judging their changes. */
export const sideOptions = {
  'allow-empty': { type: 'boolean' },
  accept: { type: 'string' },
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean' },
} as const;

export interface SideFlags extends DiagnosticFlags {
  'allow-empty'?: boolean | undefined;
  accept?: string | undefined;
  'report-url'?: string | undefined;
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
    'Levels as oasdiff: breaking (error), warning (breaks some clients, e.g. a new response enum value),',
    'non-breaking and docs-only (info). The generated package\'s exports are compared too: a renamed or',
    'removed export is breaking whatever the model says.',
    `--accept FILE (default ${ACCEPT_FILE} beside the config): {"accept": [{"rule", "location", "reason"}],`,
    '"severities": {"<rule>": "<severity>"}}; an accepted breaking change is reported, not failed on.',
    '--format github prints workflow annotations, junit a JUnit XML report; --report-url URL is linked',
    'from a markdown comment cut to GitHub\'s size. --fail-on breaking|warning|any exits 1, saying why.',
  ].join('\n'),
  usage:
    'apiref diff [<old>] [<new>] [--format text|markdown|json|github|junit] [--lang en|ru] [--fail-on none|breaking|warning|any] [--accept FILE] [--report-url URL] [--allow-empty] [--verbose|--quiet] [--config FILE] [--docs DIR] [--out DIR]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...configOptions, ...sideOptions, format: { type: 'string' }, lang: { type: 'string' }, 'fail-on': { type: 'string' }, 'report-url': { type: 'string' } },
      { min: 0, max: 2 },
    );
    const format = oneOf('format', values.format, formatNames, 'text');
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
  if (failure === 'none') return 0;
  const breaking = unacceptedBreaking(report);
  const counts: Array<[number, string]> = [[breaking, 'breaking change']];
  if (failure !== 'breaking') counts.push([report.counts.warning, 'warning']);
  if (failure === 'any') counts.push([report.changes.length - breaking - report.counts.warning, 'non-breaking or docs-only change']);
  const found = counts.filter(([count]) => count > 0);
  if (found.length === 0) return 0;
  const what = found.map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`).join(', ');
  const accepted = report.accepted > 0 ? ` (${report.accepted} accepted breaking not counted)` : '';
  io.stderr.write(`apiref diff: --fail-on ${failure}: ${what} from ${report.old} to ${report.new}${accepted} (exit 1)\n`);
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
  const policy = await policyOf(config, io.cwd, flags.accept);
  const released = await releasedVersion(config, io.cwd);
  const changes = diffIr(before.ir, after.ir);
  for (const entry of unusedEntries(changes, policy)) {
    io.stderr.write(`apiref: the accept file's entry [${entry.rule}] ${entry.location} matches no change; remove it\n`);
  }
  const docs = path.relative(io.cwd, config.docs).split(path.sep).join('/');
  return makeReport(before.label, after.label, changes, {
    policy,
    version: (level) => (level === 'none' ? null : { from: released.version, to: bumpVersion(released.version, level) }),
    placePrefix: docs === '' ? '' : `${docs}/`,
    fullReport: flags['report-url'] ?? null,
  });
}

/** The accept file: the one named, else `apiref.accept.json` beside the config if there is one. */
async function policyOf(config: ApirefConfig, cwd: string, named: string | undefined): Promise<Policy> {
  const file = named !== undefined ? path.resolve(cwd, named) : path.join(config.configFile ? path.dirname(config.configFile) : cwd, ACCEPT_FILE);
  try {
    return (await readPolicy(file, named !== undefined)) ?? EMPTY_POLICY;
  } catch (error) {
    if (error instanceof PolicyError) throw new UsageError(error.message);
    throw error;
  }
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
