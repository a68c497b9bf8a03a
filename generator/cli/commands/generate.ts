import path from 'node:path';
import { configOptions, configWithDocs, parseCommandArgs } from '../options.ts';
import { buildOutput } from '../../pipeline/build-output.ts';
import { progressLine } from '../progress.ts';
import { countBySeverity, diagnosticOptions, PlaceFormatter, reportDiagnostics, reportEmitWarnings } from '../diagnostics.ts';
import { formatSummary } from '../summary.ts';
import { checkOutputFolder, writeOutputFolder } from '../output-folder.ts';
import { requireMethods } from '../require-methods.ts';
import type { Command } from '../command.ts';

export const generateCommand: Command = {
  name: 'generate',
  summary: [
    'Regenerate the package and the model snapshot (apiref.ir.json) from the docs, all or nothing:',
    'the new output is built beside the old one, flushed to the disk and swapped in, so a failed or',
    'killed run leaves the old one. Writes only into a folder apiref made (its .apiref-manifest.json',
    'lists what apiref wrote; everything else there is kept), never into the docs, the working',
    'directory or the project root; one run at a time per folder (a lock beside it).',
    'Exit 0 done, 1 done with error diagnostics (or warnings under --strict) or a failed write,',
    '2 bad usage or a refused output folder (nothing written).',
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
    const folder = { dir: config.out, keep: config.keep, docs: config.docs };
    await checkOutputFolder(folder, io);
    const progress = progressLine(io.stderr, 'apiref generate: pages', !values.quiet);
    const output = await buildOutput(config, { useCache: !values['no-cache'], onProgress: progress.update }).finally(progress.end);
    await requireMethods(config.docs, output.stats, output.ir, io);
    reportEmitWarnings(io, 'generate', output.emitWarnings, values);
    const writing = performance.now();
    await writeOutputFolder(folder, output.files, io, 'generate');
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
