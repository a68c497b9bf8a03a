import type { ApirefConfig } from '../config/config.ts';
import { emitPackage } from '../targets/typescript/index.ts';
import { serializeIr } from '../model/serialize.ts';
import { buildModel, type BuildModelOptions, type ModelBuild } from './build-model.ts';
import { SNAPSHOT_FILE } from './load-side.ts';

export interface OutputBuild extends ModelBuild {
  /** The whole output folder: the emitted package plus the model snapshot. */
  files: Map<string, string>;
  /** What the emitters had to leave out or guess. */
  emitWarnings: string[];
}

/**
 * What `generate` writes and `check` compares: the package the emitters make from the
 * model, and the model itself as `apiref.ir.json`, the snapshot later diffs start from.
 */
export async function buildOutput(config: ApirefConfig, options: BuildModelOptions = {}): Promise<OutputBuild> {
  const model = await buildModel(config, options);
  const emitWarnings: string[] = [];
  const emitted = emitPackage(model.ir, {
    packageName: config.packageName,
    version: config.version,
    hosts: config.hosts,
    onWarning: (message) => emitWarnings.push(message),
  });
  const files = new Map<string, string>(emitted.map((file) => [file.path, file.contents]));
  if (files.has(SNAPSHOT_FILE)) throw new Error(`the emitters wrote ${SNAPSHOT_FILE}, which is the model snapshot's name`);
  files.set(SNAPSHOT_FILE, serializeIr(model.ir));
  return { ...model, files, emitWarnings };
}
