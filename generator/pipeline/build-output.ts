import { join } from 'node:path';
import { type ApirefConfig, ConfigError } from '../config/config.ts';
import type { AnyTarget } from '../targets/target.ts';
import { loadTarget, TARGET_NAMES } from '../targets/registry.ts';
import { buildModel, type BuildModelOptions, type ModelBuild } from './build-model.ts';

export interface OutputBuild extends ModelBuild {
  /** The whole output folder: every configured target's files. */
  files: Map<string, string>;
  /** What the targets had to leave out or guess. */
  emitWarnings: string[];
  /** Milliseconds the targets took. */
  emitMs: number;
}

/**
 * What `generate` writes and `check` compares: the files of every target the config
 * names (by default the TypeScript package and the model snapshot `apiref.ir.json`).
 */
export async function buildOutput(config: ApirefConfig, options: BuildModelOptions = {}): Promise<OutputBuild> {
  const targets = await resolveTargets(config);
  const model = await buildModel(config, options);
  const emitWarnings: string[] = [];
  const emitting = performance.now();
  const files = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const { target, options: targetOptions } of targets) {
    const emitted = target.emit(model.ir, {
      options: targetOptions,
      packageName: config.packageName,
      version: config.version,
      hosts: config.hosts,
      warn: (message) => emitWarnings.push(message),
      ...(options.useCache !== false && config.cache ? { cacheDir: join(config.cache, 'targets', target.name) } : {}),
    });
    for (const file of emitted) {
      const owner = owners.get(file.path);
      if (owner !== undefined) throw new Error(`the ${target.name} and ${owner} targets both write ${file.path}`);
      owners.set(file.path, target.name);
      files.set(file.path, file.contents);
    }
  }
  return { ...model, files, emitWarnings, emitMs: performance.now() - emitting };
}

/** The config's targets with their options checked, before any page is read. */
export async function resolveTargets(config: ApirefConfig): Promise<{ target: AnyTarget; options: unknown }[]> {
  const resolved = [];
  for (const entry of config.targets) {
    const target = await loadTarget(entry.name);
    if (!target) throw new ConfigError(`unknown target '${entry.name}' (apiref has ${TARGET_NAMES.join(', ')})`);
    try {
      resolved.push({ target, options: target.parseOptions(entry.options) as unknown });
    } catch (error) {
      throw new ConfigError(`target '${entry.name}': ${(error as Error).message}`);
    }
  }
  return resolved;
}
