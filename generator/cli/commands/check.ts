import path from 'node:path';
import { configOptions, configWithDocs, parseCommandArgs } from '../options.ts';
import { buildOutput } from '../../pipeline/build-output.ts';
import { progressLine } from '../progress.ts';
import { readTree } from '../../io/read-tree.ts';
import { formatManifest, MANIFEST_FILE } from '../../io/manifest.ts';
import { requireMethods } from '../require-methods.ts';
import type { Command } from '../command.ts';

export const checkCommand: Command = {
  name: 'check',
  summary: [
    'Regenerate in memory and compare with the output folder (the same flags and config as generate),',
    'its .apiref-manifest.json included. Exit 1 naming each stale, missing or extra file; 0 if the',
    'folder is up to date; 2 on bad usage (as docs with no method page).',
  ].join('\n'),
  usage: 'apiref check [--docs DIR] [--out DIR] [--config FILE] [--no-cache] [--quiet]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { ...configOptions, 'no-cache': { type: 'boolean' }, quiet: { type: 'boolean' } }, { min: 0, max: 0 });
    const config = await configWithDocs(io.cwd, values);
    const progress = progressLine(io.stderr, 'apiref check: pages', !values.quiet);
    const output = await buildOutput(config, { useCache: !values['no-cache'], onProgress: progress.update }).finally(progress.end);
    await requireMethods(config.docs, output.stats, output.ir, io);
    const expected = new Map<string, string>([...output.files, [MANIFEST_FILE, formatManifest(output.files.keys())]]);
    const onDisk = await readTree(config.out, config.keep);
    const out = path.relative(io.cwd, config.out) || '.';
    const problems: string[] = [];
    for (const [file, content] of [...expected].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const actual = onDisk.get(file);
      if (actual === undefined) problems.push(`missing: ${out}/${file}`);
      else if (!actual.equals(Buffer.from(content))) problems.push(`stale:   ${out}/${file}`);
    }
    for (const file of [...onDisk.keys()].sort()) if (!expected.has(file)) problems.push(`extra:   ${out}/${file}`);
    if (problems.length === 0) {
      io.stdout.write(`apiref check: ${out} is up to date (${expected.size} files)\n`);
      return 0;
    }
    io.stderr.write(problems.join('\n') + `\napiref check: ${out} does not match the docs (${problems.length} file(s)); run apiref generate\n`);
    return 1;
  },
};
