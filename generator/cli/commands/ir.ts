import { resolve } from 'node:path';
import { writeFileAtomic } from '../../io/atomic-file.ts';
import { serializeIr } from '../../model/serialize.ts';
import { buildIrWithConfig } from '../../pipeline/build-model.ts';
import type { Command } from '../command.ts';
import { countBySeverity, diagnosticOptions, PlaceFormatter, reportDiagnostics } from '../diagnostics.ts';
import { configOptions, configWithDocs, parseCommandArgs } from '../options.ts';
import { progressLine } from '../progress.ts';
import { requireMethods } from '../require-methods.ts';

export const irCommand: Command = {
  name: 'ir',
  summary: [
    'Print the docs-IR v1 model of a docs tree (JSON), every product; diagnostics go to stderr.',
    "The config's page globs, page limits and page cache apply. --out FILE is written atomically",
    '(a flushed temporary file renamed over). Exit 1 if a diagnostic is an error, 2 on bad usage',
    '(as docs with no method page).',
  ].join('\n'),
  usage: 'apiref ir [--docs DIR] [--out FILE] [--config FILE] [--no-cache] [--verbose | --quiet] [--report FILE]',
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      { docs: configOptions.docs, config: configOptions.config, out: { type: 'string' }, ...diagnosticOptions, 'no-cache': { type: 'boolean' } },
      { min: 0, max: 0 },
    );
    const config = await configWithDocs(io.cwd, { docs: values.docs, config: values.config });
    const progress = progressLine(io.stderr, 'apiref ir: pages', !values.quiet);
    const { ir, stats } = await buildIrWithConfig(config, { useCache: !values['no-cache'], onProgress: progress.update }).finally(progress.end);
    await requireMethods(config.docs, stats, ir, io);
    await reportDiagnostics(io, ir.diagnostics, new PlaceFormatter(config.docs, io.cwd), values, { command: 'ir', stats });
    const json = serializeIr(ir);
    if (values.out) await writeFileAtomic(resolve(io.cwd, values.out), json);
    else io.stdout.write(json);
    return countBySeverity(ir.diagnostics).error > 0 ? 1 : 0;
  },
};
