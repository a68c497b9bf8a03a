import { configFromFlags, configOptions, oneOf, parseCommandArgs } from '../options.ts';
import { formatGithub } from '../../diff/report/github.ts';
import { formatJson } from '../../diff/report/json.ts';
import { formatJunit } from '../../diff/report/junit.ts';
import { formatMarkdown } from '../../diff/report/markdown.ts';
import { type DiffReport, unacceptedBreaking } from '../../diff/report/report.ts';
import { formatText } from '../../diff/report/text.ts';
import type { Lang } from '../../model/ir.ts';
import { type Command, type CommandIo, UsageError } from '../command.ts';
import { ACCEPT_FILE } from '../../diff/policy-file.ts';
import { compareSides, sideOptions } from './sides.ts';

const formats = { text: formatText, markdown: formatMarkdown, json: formatJson, github: formatGithub, junit: formatJunit } as const;
const formatNames = Object.keys(formats) as Array<keyof typeof formats>;
const failOn = ['none', 'breaking', 'warning', 'any'] as const;

export const diffCommand: Command = {
  name: 'diff',
  summary: [
    'Classify the API changes between two versions of the docs (breaking, warning, non-breaking or',
    'docs-only) and the semver level they imply. A side is a docs folder, a model JSON file (apiref ir output,',
    'generated/apiref.ir.json), or git:<rev>[:<path>] (a docs folder or model file at a revision).',
    'The sides read as in git diff: `apiref diff <old> <new>`; `apiref diff <old>` compares <old> with',
    'the working docs (--docs, or the config\'s docs folder), so `apiref diff git:HEAD~1` shows what the',
    'last commit changed; `apiref diff` alone compares the committed snapshot (<out>/apiref.ir.json)',
    'with the docs.',
    'A side with no methods is an error (a wrong --docs, as docs/en for docs) unless --allow-empty.',
    'Contradictions between the pages of either side (conflicting-*, field-set-differs) go to stderr',
    'as apiref generate prints them; --verbose lists each, --quiet none.',
    'Levels as oasdiff: breaking (error), warning (breaks some clients, e.g. a new response enum value),',
    'non-breaking and docs-only (info). The generated package\'s exports are compared too: a renamed',
    'export, or one moved to another module, is breaking whatever the model says.',
    `--accept FILE (default ${ACCEPT_FILE} beside the config): {"accept": [{"rule", "location", "reason"}],`,
    '"severities": {"<rule>": "<severity>"}}; an accepted breaking change is reported, not failed on.',
    '--format github prints workflow annotations, junit a JUnit XML report; --report-url URL is linked',
    'from a markdown comment cut to GitHub\'s size. --fail-on breaking|warning|any exits 1, saying why.',
    'Exit 0 done, 1 --fail-on met, 2 bad usage or input (a malformed side), 3 apiref itself failed.',
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
    let report: DiffReport;
    try {
      report = await compareSides(positionals, config, io, values);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      return internalError(error, io);
    }
    io.stdout.write(formats[format](report, lang));
    return failureCode(failure, report, io);
  },
};

/**
 * Exit 1 means "--fail-on met" to a CI job (the shipped workflow reads it as breaking), so a
 * failure of apiref itself must not exit 1: it exits 3, with what went wrong.
 */
function internalError(error: unknown, io: CommandIo): number {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`apiref diff: failed, which says nothing about the API (exit 3):\n${text}\n`);
  return 3;
}

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

