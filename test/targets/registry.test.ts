import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../generator/config/config.ts';
import { resolveTargets } from '../../generator/pipeline/build-output.ts';
import { loadTarget, TARGET_NAMES } from '../../generator/targets/registry.ts';
import { MANIFEST_FILE } from '../../generator/io/manifest.ts';
import { SNAPSHOT_FILE } from '../../generator/targets/snapshot/index.ts';
import { ROOT } from '../helpers/fixtures.ts';
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

/** A target that is in no folder of the checkout: it lists the methods, under a heading its config entry gives. */
const EXAMPLE_TARGET = `import type { Target } from '../target.ts';

export const exampleTarget: Target<{ heading: string }> = {
  name: 'example',
  summary: 'the methods, one a line',
  parseOptions: (raw) => {
    if (typeof raw.heading !== 'string') throw new Error("the example target needs a 'heading'");
    return { heading: raw.heading };
  },
  emit: (ir, context) => [
    { path: 'methods.txt', contents: [context.options.heading, ...ir.services.flatMap((service) => service.methods.map((method) => service.id + '.' + method.name))].join('\\n') + '\\n' },
  ],
};
`;

describe('a new target', () => {
  it('is its folder and one line of the registry: the config names it, generate writes its files', { timeout: 60_000 }, async () => {
    // A copy of the generator with the new folder and the one line, run from its source.
    for (const file of ['generator', 'package.json']) cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
    for (const link of ['node_modules', 'dist']) symlinkSync(path.join(ROOT, link), path.join(dir, link));
    mkdirSync(path.join(dir, 'generator/targets/example'));
    writeFileSync(path.join(dir, 'generator/targets/example/target.ts'), EXAMPLE_TARGET);
    const registry = path.join(dir, 'generator/targets/registry.ts');
    const before = readFileSync(registry, 'utf8');
    const line = "  example: async () => (await import('./example/target.ts')).exampleTarget,\n";
    const after = before.replace(/(const TARGETS[^\n]*\{\n)/, `$1${line}`);
    expect(after.length - before.length).toBe(line.length);
    writeFileSync(registry, after);

    const page = 'en/managed-postgresql/api-ref/Cluster/listBackups.md';
    cpSync(path.join(ROOT, 'docs', page), path.join(dir, 'docs', page));
    writeFileSync(path.join(dir, 'apiref.config.json'), JSON.stringify({ targets: [{ name: 'example', heading: 'Methods' }] }));
    const cli = path.join(dir, 'generator/cli/main.ts');
    const run = (args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', '-e', `import(${JSON.stringify(cli)}).then(async (m) => { process.exitCode = await m.main(${JSON.stringify(args)}); })`], { cwd: dir });
    await run(['generate', '--docs', 'docs', '--out', 'out', '--no-cache', '--quiet']);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual([MANIFEST_FILE, 'methods.txt']);
    expect(readFileSync(path.join(dir, 'out/methods.txt'), 'utf8')).toBe('Methods\nyandex.cloud.mdb.postgresql.v1.ClusterService.ListBackups\n');
  });
});
