import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIr } from '../../pipeline/build-ir.ts';
import { serializeIr } from '../../model/serialize.ts';
import { type Command, UsageError } from '../command.ts';
import { countBySeverity, formatDiagnostic } from '../diagnostics.ts';

export const irCommand: Command = {
  name: 'ir',
  summary: 'Print the docs-IR v1 model of a docs tree (JSON); diagnostics go to stderr.',
  usage: 'apiref ir [--docs DIR] [--out FILE]',
  async run(argv, io) {
    let values: { docs?: string; out?: string };
    try {
      ({ values } = parseArgs({ args: argv, options: { docs: { type: 'string' }, out: { type: 'string' } }, strict: true, allowPositionals: false }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { ir } = await buildIr({ docsDir: resolve(io.cwd, values.docs ?? 'docs') });
    for (const diagnostic of ir.diagnostics) io.stderr.write(formatDiagnostic(diagnostic) + '\n');
    const json = serializeIr(ir);
    if (values.out) await writeFile(resolve(io.cwd, values.out), json);
    else io.stdout.write(json);
    return countBySeverity(ir.diagnostics).error > 0 ? 1 : 0;
  },
};
