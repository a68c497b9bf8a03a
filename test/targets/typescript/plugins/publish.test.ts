/**
 * The package as users get it: `npm pack` in a clean checkout (no install at pack time, the
 * pinned TypeScript from the project's own install), the tarball installed offline into a
 * fresh project, loaded with `require` and `import`, and type-checked under every module
 * resolution TypeScript has (node16, bundler, node10).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Project, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emitPackage } from '../../../../generator/targets/typescript/index.ts';
import { compile, writeFiles } from '../helpers/generated-package.ts';
import { docsModel } from '../helpers/models.ts';

const run = promisify(execFile);
const ROOT = new URL('../../../../', import.meta.url).pathname;
const NAME = '@apiref/yandex-cloud';
let work: string;
let consumer: string;

/** npm without the network: every test here must pass with the registry unreachable. */
function npm(args: string[], cwd: string) {
  return run('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'apiref-publish-'));
  // A clean checkout of a project that generated its package: the project's own install, no build.
  const checkout = join(work, 'checkout');
  mkdirSync(checkout);
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  writeFiles(join(checkout, 'generated'), emitPackage(await docsModel()));
  const { stdout } = await npm(['pack', '--json', '--pack-destination', work], join(checkout, 'generated'));
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{ filename: string }>;
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  await npm(['install', join(work, packed?.filename ?? 'missing.tgz')], consumer);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack and install', () => {
  test('the tarball installs into a fresh project with its build, maps, sources, LICENSE and no dependencies', () => {
    const installed = join(consumer, 'node_modules', NAME);
    for (const path of ['dist/index.js', 'dist/index.d.ts.map', 'dist/managed-redis/client.js.map', 'src/runtime/auth.ts', 'LICENSE', 'README.md']) {
      expect(existsSync(join(installed, path)), path).toBe(true);
    }
    expect(readdirSync(join(consumer, 'node_modules')).filter((entry) => !entry.startsWith('.'))).toEqual(['@apiref']);
  });

  test(`require() loads it on this Node (${process.version}), and so does import`, async () => {
    const script = [
      `const redis = require('${NAME}/managed-redis');`,
      `const root = require('${NAME}');`,
      "const client = new redis.ClusterServiceClient({ endpoint: 'http://127.0.0.1:9', token: null });",
      "console.log(typeof client.listBackupsAll, typeof root.ApiError, typeof root.IamTokenService, redis.Backup_BackupType.MANUAL);",
    ].join('\n');
    const required = await run(process.execPath, ['-e', script], { cwd: consumer });
    expect(required.stdout.trim()).toBe('function function function MANUAL');
    const imported = await run(process.execPath, ['--input-type=module', '-e', `import { ApiError } from '${NAME}'; import { validateBackup } from '${NAME}/managed-redis'; console.log(typeof ApiError, typeof validateBackup);`], { cwd: consumer });
    expect(imported.stdout.trim()).toBe('function function');
  });
});

const USAGE = [
  `import { ApiError, IamTokenService, type Int64Input } from '${NAME}';`,
  `import { ClusterServiceClient, type Backup } from '${NAME}/managed-redis';`,
  "const client = new ClusterServiceClient({ token: new IamTokenService({ id: 'k', service_account_id: 's', private_key: 'p' }) });",
  "export const page: Promise<{ backups?: Backup[] }> = client.listBackups({ clusterId: 'c1', pageSize: 10 });",
  'export const size: Int64Input = 10n;',
  'export const isApiError = (error: unknown): boolean => error instanceof ApiError;',
  '',
].join('\n');

describe('TypeScript consumers', () => {
  test.each([
    ['node16 (ESM)', { module: 'node16', moduleResolution: 'node16' }, 'module'],
    ['node16 resolution, CommonJS file that requires ESM (module node20)', { module: 'node20', moduleResolution: 'node16' }, 'commonjs'],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'module'],
  ])('%s type-checks', async (_name, options, type) => {
    const dir = consumerProject(type);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...strict, ...options }, include: ['usage.ts'] }));
    expect(await compile(dir)).toBe('');
  });

  test('node10 (no exports map: typesVersions) type-checks, with the last TypeScript that has node10', () => {
    const dir = consumerProject('commonjs');
    // ts-morph's Project brings that compiler with its own lib files.
    const { options } = ts.convertCompilerOptionsFromJson({ ...strict, module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' }, dir);
    const project = new Project({ compilerOptions: options });
    project.addSourceFileAtPath(join(dir, 'usage.ts'));
    const diagnostics = project.getPreEmitDiagnostics().map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, '\n'));
    expect(ts.versionMajorMinor).toBe('6.0');
    expect(diagnostics).toEqual([]);
  });
});

const strict = { target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: false };

function consumerProject(type: string): string {
  const dir = mkdtempSync(join(consumer, 'ts-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type }));
  writeFileSync(join(dir, 'usage.ts'), USAGE);
  return dir;
}
