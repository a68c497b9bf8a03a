import { configFromFlags, configOptions, oneOf, parseCommandArgs } from '../options.ts';
import { writeConfigVersion } from '../../config/config.ts';
import { bumpVersion, type Level } from '../../diff/semver.ts';
import { type Command, UsageError } from '../command.ts';
import { compareSides, sideOptions } from './diff.ts';

export const bumpCommand: Command = {
  name: 'bump',
  summary: [
    "Set the generated package's version (package.version in apiref.config.json) from the API changes",
    'and print it: breaking → major, additions → minor, docs-only → patch; below 1.0.0 one place lower',
    '(breaking → minor, the rest → patch). The level comes from the diff of the sides (as for',
    'apiref diff: by default the committed snapshot against the docs) or from --level.',
    'Run apiref generate afterwards to write the new version into the package.',
  ].join('\n'),
  usage: 'apiref bump [<old>] [<new>] [--level major|minor|patch] [--dry-run] [--allow-empty] [--verbose|--quiet] [--config FILE] [--docs DIR] [--out DIR]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...configOptions, ...sideOptions, level: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      { min: 0, max: 2 },
    );
    if (values.level !== undefined && positionals.length > 0) throw new UsageError('give either --level or the sides to compare, not both');
    const config = await configFromFlags(io.cwd, values);
    const forced = values.level === undefined ? null : oneOf<Level>('level', values.level, ['major', 'minor', 'patch'], 'patch');
    let level: Level;
    let why: string;
    if (forced) {
      [level, why] = [forced, '--level'];
    } else {
      const report = await compareSides(positionals, config, io, values);
      level = report.level;
      why = `${report.counts.breaking} breaking, ${report.counts['non-breaking']} non-breaking, ${report.counts['docs-only']} docs-only`;
    }
    const next = bumpVersion(config.version, level);
    if (next !== config.version && !values['dry-run']) await writeConfigVersion(config, next, io.cwd);
    io.stderr.write(`apiref bump: ${config.version} → ${next} (${level}: ${why})${values['dry-run'] ? ' [dry run]' : ''}\n`);
    io.stdout.write(`${next}\n`);
    return 0;
  },
};
