import { stat } from 'node:fs/promises';
import path from 'node:path';
import { diffIr } from '../../diff/diff-ir.ts';
import { bumpVersion } from '../../diff/semver.ts';
import { releasedVersion } from '../../diff/bump/released.ts';
import { ACCEPT_FILE, PolicyError, readPolicy } from '../../diff/policy-file.ts';
import { EMPTY_POLICY, type Policy, unusedEntries } from '../../diff/policy.ts';
import { type DiffReport, makeReport } from '../../diff/report/report.ts';
import { loadSides, type Side, SideError } from '../../pipeline/load-side.ts';
import type { ApirefConfig } from '../../config/config.ts';
import type { Diagnostic } from '../../model/ir.ts';
import { type CommandIo, UsageError } from '../command.ts';
import { type DiagnosticFlags, PlaceFormatter, reportDiagnostics } from '../diagnostics.ts';

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
    reportErrors(side, io);
  }
  if (!flags.quiet) await reportContradictions(before, after, config, io, flags);
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

function reportErrors(side: Side, io: CommandIo): void {
  const errors = side.ir.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) io.stderr.write(`apiref: ${side.label}: the model has ${errors} error diagnostic(s); run apiref ir on it to see them\n`);
}

/**
 * The contradictions of both sides, each once: those the two sides share, then those only
 * one side has (what the change brought in or resolved).
 */
async function reportContradictions(before: Side, after: Side, config: ApirefConfig, io: CommandIo, flags: SideFlags): Promise<void> {
  const key = (d: Diagnostic) => `${d.code}\u0000${d.source}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
  const [old, next] = [before.ir.diagnostics.filter(isContradiction), after.ir.diagnostics.filter(isContradiction)];
  const [inOld, inNew] = [new Set(old.map(key)), new Set(next.map(key))];
  const groups: Array<[string, Diagnostic[], Side]> = [
    ['both sides', next.filter((d) => inOld.has(key(d))), after],
    [`the old side ${before.label} only`, old.filter((d) => !inNew.has(key(d))), before],
    [`the new side ${after.label} only`, next.filter((d) => !inOld.has(key(d))), after],
  ];
  for (const [where, diagnostics, side] of groups) {
    if (diagnostics.length === 0) continue;
    io.stderr.write(`apiref: ${diagnostics.length} contradiction(s) between pages in ${where}; the diff compares what the merge kept:\n`);
    await reportDiagnostics(io, diagnostics, new PlaceFormatter(await docsRootOf(side, config, io.cwd), io.cwd), { verbose: flags.verbose });
  }
}

/** Where a side's page paths start: the folder it names, else (a model file, a revision) the config's docs. */
async function docsRootOf(side: Side, config: ApirefConfig, cwd: string): Promise<string> {
  const folder = path.resolve(cwd, side.label);
  return (await stat(folder).catch(() => null))?.isDirectory() ? folder : config.docs;
}
