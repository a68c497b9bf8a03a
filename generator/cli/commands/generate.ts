import path from 'node:path';
import { configOptions, configWithDocs, parseCommandArgs } from '../options.ts';
import { writeTreeAtomic } from '../../io/atomic-tree.ts';
import { buildOutput } from '../../pipeline/build-output.ts';
import { progressLine } from '../progress.ts';
import { countBySeverity, diagnosticOptions, PlaceFormatter, reportDiagnostics, reportEmitWarnings } from '../diagnostics.ts';
import { formatSummary } from '../summary.ts';
import type { Command, CommandIo } from '../command.ts';

/**
 * For the kill test only: when set to a number of milliseconds, generate waits that long
 * after the new output is written and before it is swapped in, having said so on stderr,
 * so that a test can kill it at exactly that point.
 */
export const PAUSE_BEFORE_SWAP_ENV = 'APIREF_TEST_PAUSE_BEFORE_SWAP_MS';

export const generateCommand: Command = {
  name: 'generate',
  summary: [
    'Regenerate the package and the model snapshot (apiref.ir.json) from the docs, all or nothing:',
    'the new output is built beside the old one and swapped in, so a failed run leaves the old one.',
    'Exit 0 done, 1 done with error diagnostics (or warnings under --strict), 2 bad usage.',
  ].join('\n'),
  usage: 'apiref generate [--docs DIR] [--out DIR] [--config FILE] [--strict] [--no-cache] [--verbose | --quiet] [--report FILE]',
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      { ...configOptions, ...diagnosticOptions, strict: { type: 'boolean' }, 'no-cache': { type: 'boolean' } },
      { min: 0, max: 0 },
    );
    const started = performance.now();
    const config = await configWithDocs(io.cwd, values);
    const progress = progressLine(io.stderr, 'apiref generate: pages', !values.quiet);
    const output = await buildOutput(config, { useCache: !values['no-cache'], onProgress: progress.update }).finally(progress.end);
    reportEmitWarnings(io, 'generate', output.emitWarnings, values);
    const writing = performance.now();
    await writeTreeAtomic(config.out, output.files, { keep: config.keep, beforeSwap: pauseForTest(io) });
    const times = { ...output.stats.times, emit: output.emitMs, write: performance.now() - writing };
    await reportDiagnostics(io, output.ir.diagnostics, new PlaceFormatter(config.docs, io.cwd), values, { command: 'generate', stats: { ...output.stats, times }, files: output.files.size, emitWarnings: output.emitWarnings });
    if (!values.quiet) io.stdout.write(
      formatSummary({
        ir: output.ir,
        stats: output.stats,
        files: output.files.size,
        out: path.relative(io.cwd, config.out) || '.',
        emitWarnings: output.emitWarnings.length,
        ms: performance.now() - started,
      }),
    );
    const counts = countBySeverity(output.ir.diagnostics);
    const warnings = counts.warning + output.emitWarnings.length;
    return counts.error > 0 || (values.strict && warnings > 0) ? 1 : 0;
  },
};

function pauseForTest(io: CommandIo): (() => Promise<void>) | undefined {
  const ms = Number(process.env[PAUSE_BEFORE_SWAP_ENV]);
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  return async () => {
    io.stderr.write(`apiref generate: paused before swap (${PAUSE_BEFORE_SWAP_ENV})\n`);
    await new Promise((resolve) => setTimeout(resolve, ms));
  };
}
