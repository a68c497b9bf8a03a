import { configFromFlags, configOptions, oneOf, parseCommandArgs } from '../options.ts';
import { isSemver } from '../../config/version.ts';
import { releasedVersion } from '../../diff/bump/released.ts';
import { setConfigVersion } from '../../diff/bump/write-version.ts';
import { bumpPart, bumpVersion, laterVersion, type Level } from '../../diff/semver.ts';
import { type Command, UsageError } from '../command.ts';
import { compareSides, sideOptions } from './sides.ts';

export const bumpCommand: Command = {
  name: 'bump',
  summary: [
    "Set the generated package's version (package.version in apiref.config.json) from the API changes",
    'and print it. The version bumped from is the last release\'s: the one in <out>/package.json, which',
    'apiref generate wrote beside the snapshot (the config\'s version before the first generate), so a',
    're-run computes the same version and changes nothing.',
    'From 1.0.0: breaking → major, warnings and additions → minor, docs-only → patch. Below 1.0.0 one',
    'place lower: breaking → minor, anything else → patch. The level comes from the diff of the sides',
    '(as for apiref diff: by default the committed snapshot against the docs; the package\'s exports',
    'count too) or from --level, which bumps that part as npm version does (0.1.0 --level minor → 0.2.0).',
    '--set X.Y.Z sets the version outright (the way to 1.0.0). The config file keeps its formatting.',
    'Run apiref generate afterwards to write the new version into the package.',
  ].join('\n'),
  usage:
    'apiref bump [<old>] [<new>] [--level major|minor|patch | --set X.Y.Z] [--dry-run] [--allow-empty] [--accept FILE] [--verbose|--quiet] [--config FILE] [--docs DIR] [--out DIR]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { ...configOptions, ...sideOptions, level: { type: 'string' }, set: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      { min: 0, max: 2 },
    );
    const given = [values.level !== undefined, values.set !== undefined, positionals.length > 0].filter(Boolean).length;
    if (given > 1) throw new UsageError('give one of --level, --set or the sides to compare');
    if (values.set !== undefined && !isSemver(values.set)) throw new UsageError(`--set must be a semantic version MAJOR.MINOR.PATCH (got '${values.set}')`);
    const config = await configFromFlags(io.cwd, values);
    const released = await releasedVersion(config, io.cwd);
    let next: string;
    let why: string;
    if (values.set !== undefined) {
      [next, why] = [values.set, '--set'];
    } else if (values.level !== undefined) {
      const part = oneOf<Exclude<Level, 'none'>>('level', values.level, ['major', 'minor', 'patch'], 'patch');
      [next, why] = [bumpPart(released.version, part), `--level ${part}`];
    } else {
      const report = await compareSides(positionals, config, io, values);
      next = bumpVersion(released.version, report.level);
      const counts = `${report.counts.breaking} breaking, ${report.counts.warning} warnings, ${report.counts['non-breaking']} non-breaking, ${report.counts['docs-only']} docs-only`;
      why = `${report.level}: ${counts}`;
    }
    if (values.set === undefined && laterVersion(next, config.version) !== next) {
      // The config is ahead of the release (an earlier --set or a larger bump not yet generated): keep it.
      [next, why] = [config.version, `${why}; the config's ${config.version} is already later`];
    }
    if (next !== config.version && !values['dry-run']) await setConfigVersion(config, next, io.cwd);
    const state = values['dry-run'] ? ' [dry run]' : '';
    io.stderr.write(`apiref bump: ${released.version} (${released.from}) → ${next} (${why})${state}\n`);
    io.stdout.write(`${next}\n`);
    return 0;
  },
};
