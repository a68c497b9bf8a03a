import { readdirSync } from 'node:fs';
import path from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../generator/config/config.ts';
import { resolveTargets } from '../../generator/pipeline/build-output.ts';
import { loadTarget, TARGET_NAMES } from '../../generator/targets/registry.ts';
import { SNAPSHOT_FILE } from '../../generator/targets/snapshot/index.ts';
import { cloudModel } from './typescript/fixtures/cloud-model.ts';

const TARGETS_DIR = new URL('../../generator/targets/', import.meta.url).pathname;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'apiref-targets-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const configWith = async (targets: unknown) => {
  await writeFile(path.join(dir, 'apiref.config.json'), JSON.stringify({ targets }));
  return loadConfig(dir);
};

describe('the target registry', () => {
  it('has one target per folder under generator/targets, named after its folder', async () => {
    const folders = readdirSync(TARGETS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...TARGET_NAMES].sort()).toEqual(folders.sort());
    for (const name of TARGET_NAMES) expect((await loadTarget(name))?.name).toBe(name);
  });

  it('knows no target by an inherited property name', async () => {
    expect(await loadTarget('constructor')).toBeUndefined();
  });

  it('writes the TypeScript package and the snapshot when the config names no targets', async () => {
    const resolved = await resolveTargets(await loadConfig(dir));
    expect(resolved.map((entry) => entry.target.name)).toEqual(['typescript', 'snapshot']);
  });

  it('takes names or {"name": …} objects, in the config’s order', async () => {
    const config = await configWith(['snapshot', { name: 'typescript' }]);
    expect(config.targets).toEqual([
      { name: 'snapshot', options: {} },
      { name: 'typescript', options: {} },
    ]);
  });

  it('refuses an unknown target, a repeated one and options a target does not take, naming them', async () => {
    await expect(resolveTargets(await configWith(['typescript', 'swagger']))).rejects.toThrow(/unknown target 'swagger' \(apiref has typescript, snapshot/);
    await expect(configWith(['snapshot', 'snapshot'])).rejects.toThrow(/'snapshot' is repeated/);
    await expect(configWith([{ format: 'yaml' }])).rejects.toThrow(ConfigError);
    await expect(resolveTargets(await configWith([{ name: 'snapshot', pretty: true }]))).rejects.toThrow(/target 'snapshot': .*'pretty'/);
  });
});

describe('the snapshot target', () => {
  it('writes the model as apiref ir prints it', async () => {
    const snapshot = await loadTarget('snapshot');
    const files = snapshot!.emit(cloudModel, { options: {}, packageName: 'x', version: '1.0.0', hosts: {}, warn: () => undefined });
    expect(files).toEqual([{ path: SNAPSHOT_FILE, contents: JSON.stringify(cloudModel, null, 2) + '\n' }]);
  });
});
