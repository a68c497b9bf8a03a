/**
 * Builds an emitted package the way its users get it: written to a temporary folder,
 * compiled there with the TypeScript compiler, and imported by its package name from a
 * separate consumer folder whose node_modules links to it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { emitPackage, type EmitOptions, type GeneratedFile } from '../../../../generator/targets/typescript/index.ts';
import type { DocsIr } from '../../../../generator/model/ir.ts';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const run = promisify(execFile);
const temporary: string[] = [];

function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** For `afterAll`: the packages and consumer folders the tests built. */
export function removeTemporaryFolders(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface BuiltPackage {
  dir: string;
  files: GeneratedFile[];
  warnings: string[];
  /** Compiler output; empty when the package compiled cleanly. */
  diagnostics: string;
}

export function writeFiles(dir: string, files: readonly GeneratedFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
}

export async function compile(dir: string): Promise<string> {
  try {
    await run(process.execPath, [TSC, '-p', dir], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}` || String(error);
  }
}

export async function buildPackage(ir: DocsIr, options: Partial<EmitOptions> = {}): Promise<BuiltPackage> {
  const warnings: string[] = [];
  const files = emitPackage(ir, { ...options, onWarning: (message) => warnings.push(message) });
  const dir = temporaryFolder('apiref-package-');
  writeFiles(dir, files);
  return { dir, files, warnings, diagnostics: await compile(dir) };
}

/** A folder outside the package with `node_modules/<name>` pointing at it, as after `npm install`. */
export function consumerOf(packageDir: string): string {
  const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string };
  const consumer = temporaryFolder('apiref-consumer-');
  mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
  symlinkSync(packageDir, join(consumer, 'node_modules', name), 'dir');
  return consumer;
}

/**
 * Type-checks `usage` (lines of a module) in a strict consumer project that imports the package
 * by name: the compiler's diagnostics, or '' when there are none.
 */
export async function typeCheckConsumer(packageDir: string, usage: readonly string[]): Promise<string> {
  const consumer = consumerOf(packageDir);
  writeFileSync(join(consumer, 'package.json'), '{ "type": "module" }');
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noEmit: true },
      include: ['usage.ts'],
    }),
  );
  writeFileSync(join(consumer, 'usage.ts'), usage.join('\n'));
  return compile(consumer);
}

/**
 * Imports `specifier` (a package name or subpath) as code in the consumer folder would: a
 * module there re-exports it, and Node resolves the name through the package's `exports`.
 */
export async function importFrom<T>(consumer: string, specifier: string): Promise<T> {
  const entry = join(consumer, `entry-${specifier.replace(/[^A-Za-z0-9]+/g, '-')}.mjs`);
  writeFileSync(entry, `export * from ${JSON.stringify(specifier)};\n`);
  return (await import(/* @vite-ignore */ pathToFileURL(entry).href)) as T;
}
