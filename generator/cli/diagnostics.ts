import path from 'node:path';
import { writeFileAtomic } from '../io/atomic-file.ts';
import type { Diagnostic, Severity } from '../model/ir.ts';
import type { CommandIo } from './command.ts';

/** How much of the diagnostics a run prints: `--verbose`, the default, or `--quiet`. */
export type Verbosity = 'verbose' | 'normal' | 'quiet';

/** The flags every command that reads docs takes for its diagnostics. */
export const diagnosticOptions = {
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean' },
  report: { type: 'string' },
} as const;

export interface DiagnosticFlags {
  verbose?: boolean | undefined;
  quiet?: boolean | undefined;
  report?: string | undefined;
}

/** Errors are always listed one by one, up to this many; the rest only counted. */
const LISTED_ERRORS = 50;
const PLACES_PER_CODE = 3;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

export function verbosityOf(flags: DiagnosticFlags): Verbosity {
  return flags.verbose ? 'verbose' : flags.quiet ? 'quiet' : 'normal';
}

/**
 * Turns docs paths into paths from where the user stands, in the location and in the
 * message text alike (`en/x.md:12` → `docs/en/x.md:12:1`), so that every place is one an
 * editor or terminal opens with a click.
 */
export class PlaceFormatter {
  readonly #prefix: string;

  constructor(docsDir: string, cwd: string) {
    const relative = path.relative(cwd, docsDir).split(path.sep).join('/');
    this.#prefix = relative === '' ? '' : `${relative}/`;
  }

  place(source: string, line: number, column: number): string {
    return `${this.#prefix}${source}:${line}:${column}`;
  }

  /** `path:line:col - severity code: message`, the form editors and CI annotators read. */
  format(diagnostic: Diagnostic): string {
    return `${this.place(diagnostic.source, diagnostic.line, diagnostic.column)} - ${diagnostic.severity} ${diagnostic.code}: ${this.message(diagnostic.message)}`;
  }

  message(text: string): string {
    // The run before `.md` is bounded, so a message full of `en/` costs linear time.
    return text.replace(/(?<![\w/.-])((?:en|ru)\/[^\s():,;'"`]{1,400}?\.md):(\d+)(?::(\d+))?/g, (_all, source: string, line: string, column?: string) => this.place(source, Number(line), Number(column ?? 1)));
  }
}

/**
 * Prints a run's diagnostics to stderr: every one with `--verbose`; by default the errors one
 * by one and the rest as a line per code (how many, and the first places); with `--quiet`
 * only the errors. With `--report FILE` all of them are also written there as JSON.
 */
export async function reportDiagnostics(
  io: CommandIo,
  diagnostics: readonly Diagnostic[],
  places: PlaceFormatter,
  flags: DiagnosticFlags,
  run: RunFacts = {},
): Promise<void> {
  const verbosity = verbosityOf(flags);
  const lines: string[] = [];
  if (verbosity === 'verbose') {
    for (const diagnostic of diagnostics) lines.push(places.format(diagnostic));
  } else {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    for (const diagnostic of errors.slice(0, LISTED_ERRORS)) lines.push(places.format(diagnostic));
    if (errors.length > LISTED_ERRORS) lines.push(`… and ${errors.length - LISTED_ERRORS} more errors (--verbose or --report FILE lists them all)`);
    if (verbosity === 'normal') lines.push(...byCode(diagnostics.filter((diagnostic) => diagnostic.severity !== 'error'), places));
  }
  if (lines.length > 0) io.stderr.write(lines.join('\n') + '\n');
  if (flags.report !== undefined) await writeReport(path.resolve(io.cwd, flags.report), diagnostics, places, run);
}

/** Emitter warnings shown by default; the rest are counted (they are model facts a target could not express, many alike). */
const LISTED_EMIT_WARNINGS = 3;

/**
 * A target's warnings (what it had to leave out or guess), as the diagnostics are shown: every
 * one with `--verbose`, the first few and a count by default, none with `--quiet`.
 */
export function reportEmitWarnings(io: CommandIo, command: string, warnings: readonly string[], flags: DiagnosticFlags): void {
  const verbosity = verbosityOf(flags);
  if (verbosity === 'quiet' || warnings.length === 0) return;
  const shown = verbosity === 'verbose' ? warnings : warnings.slice(0, LISTED_EMIT_WARNINGS);
  const lines = shown.map((warning) => `apiref ${command}: emitter warning: ${warning}`);
  if (shown.length < warnings.length) lines.push(`apiref ${command}: … and ${warnings.length - shown.length} more emitter warnings (--verbose or --report FILE lists them all)`);
  io.stderr.write(lines.join('\n') + '\n');
}

/** What the report says of the run besides its diagnostics: pages, stage times and the like. */
export type RunFacts = Record<string, unknown>;

/** `warning conflicting-constraint ×12: docs/en/a.md:3:1, … (+9 more)`, most severe codes first. */
function byCode(diagnostics: readonly Diagnostic[], places: PlaceFormatter): string[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.severity} ${diagnostic.code}`;
    const group = groups.get(key);
    if (group) group.push(diagnostic);
    else groups.set(key, [diagnostic]);
  }
  const rank = (key: string) => SEVERITIES.indexOf(key.slice(0, key.indexOf(' ')) as Severity);
  return [...groups]
    .sort(([a, listA], [b, listB]) => rank(a) - rank(b) || listB.length - listA.length || (a < b ? -1 : 1))
    .map(([key, list]) => {
      const shown = list.slice(0, PLACES_PER_CODE).map((d) => places.place(d.source, d.line, d.column));
      const more = list.length > PLACES_PER_CODE ? ` (+${list.length - PLACES_PER_CODE} more)` : '';
      const example = list.length === 1 ? `: ${places.message(list[0]!.message)}` : '';
      return `${key} ×${list.length}: ${shown.join(', ')}${more}${example}`;
    });
}

async function writeReport(file: string, diagnostics: readonly Diagnostic[], places: PlaceFormatter, run: RunFacts): Promise<void> {
  const report = {
    apirefReport: 1,
    run,
    counts: countBySeverity(diagnostics),
    diagnostics: diagnostics.map((diagnostic) => ({ ...diagnostic, place: places.place(diagnostic.source, diagnostic.line, diagnostic.column), message: places.message(diagnostic.message) })),
  };
  await writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
}
