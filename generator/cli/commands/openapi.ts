import path from 'node:path';
import { ConfigError, type ApirefConfig } from '../../config/config.ts';
import { writeFileAtomic } from '../../io/atomic-file.ts';
import { buildModel } from '../../pipeline/build-model.ts';
import { isRestBound } from '../../targets/openapi/document.ts';
import type { OpenApiOptions } from '../../targets/openapi/options.ts';
import { openapiTarget } from '../../targets/openapi/target.ts';
import { type Command, UsageError } from '../command.ts';
import { countBySeverity, diagnosticOptions, PlaceFormatter, reportDiagnostics, reportEmitWarnings } from '../diagnostics.ts';
import { configOptions, configWithDocs, oneOf, parseCommandArgs } from '../options.ts';
import { progressLine } from '../progress.ts';
import { checkOutputFolder, writeOutputFolder } from '../output-folder.ts';
import { requireMethods } from '../require-methods.ts';

export const openapiCommand: Command = {
  name: 'openapi',
  summary: [
    'Print the REST methods of a docs tree as an OpenAPI 3.1 document; diagnostics go to stderr.',
    'Reads the docs as generate does (config globs, products, hosts, cache); the config\'s "openapi"',
    'target entry gives the defaults of --format and --split. --split product writes one document',
    'per product into the --out folder, as generate writes its folder (all or nothing, a manifest,',
    'never a folder apiref did not make). Exit 1 if any diagnostic is an error, 2 on bad usage',
    '(as docs with no method page) or a refused output folder.',
  ].join('\n'),
  usage: 'apiref openapi [--docs DIR] [--out FILE|DIR] [--format json|yaml] [--split none|product] [--config FILE] [--no-cache] [--verbose | --quiet] [--report FILE]',
  async run(argv, io) {
    const flags = { ...configOptions, ...diagnosticOptions, format: { type: 'string' }, split: { type: 'string' }, 'no-cache': { type: 'boolean' } } as const;
    const { values } = parseCommandArgs(argv, flags, { min: 0, max: 0 });
    // --out names the document here, not the config's output folder.
    const config = await configWithDocs(io.cwd, { docs: values.docs, config: values.config });
    const configured = configuredOptions(config);
    const options: OpenApiOptions = {
      ...configured,
      format: oneOf('format', values.format, ['json', 'yaml'], configured.format),
      split: oneOf('split', values.split, ['none', 'product'], configured.split),
    };
    if (options.split === 'product' && values.out === undefined) throw new UsageError('--split product writes one document per product: give the folder with --out DIR');

    const folder = options.split === 'product' ? { dir: path.resolve(io.cwd, values.out!), keep: [], docs: config.docs } : null;
    if (folder) await checkOutputFolder(folder, io);

    const progress = progressLine(io.stderr, 'apiref openapi: pages', !values.quiet);
    const { ir, stats } = await buildModel(config, { useCache: !values['no-cache'], onProgress: progress.update }).finally(progress.end);
    await requireMethods(config.docs, stats, ir, io);
    await reportDiagnostics(io, ir.diagnostics, new PlaceFormatter(config.docs, io.cwd), values);
    const warnings: string[] = [];
    const files = openapiTarget.emit(ir, { options, packageName: config.packageName, version: config.version, hosts: config.hosts, warn: (message) => warnings.push(message) });
    reportEmitWarnings(io, 'openapi', warnings, values);
    const grpcOnly = ir.services.reduce((count, service) => count + service.methods.filter((method) => !isRestBound(method)).length, 0);
    if (grpcOnly > 0) io.stderr.write(`apiref openapi: ${grpcOnly} gRPC-only method(s) are not operations (listed in x-grpc-only-methods)\n`);

    if (folder) {
      await writeOutputFolder(folder, new Map(files.map((file) => [path.basename(file.path), file.contents])), io, 'openapi');
    } else if (values.out === undefined) {
      io.stdout.write(files[0]!.contents);
    } else {
      await writeFileAtomic(path.resolve(io.cwd, values.out), files[0]!.contents);
    }
    return countBySeverity(ir.diagnostics).error > 0 ? 1 : 0;
  },
};

/** The options of the config's `openapi` target entry, where it has one; a bad one is the config's error. */
function configuredOptions(config: ApirefConfig): OpenApiOptions {
  const entry = config.targets.find((target) => target.name === openapiTarget.name);
  try {
    return openapiTarget.parseOptions(entry?.options ?? {});
  } catch (error) {
    throw new ConfigError(`target '${openapiTarget.name}': ${(error as Error).message}`);
  }
}
