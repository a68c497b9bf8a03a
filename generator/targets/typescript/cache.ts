/**
 * A module's files (and what emitting them warned) kept under the hash of everything that
 * emitting it reads: its slice of the model, the options and the emitter's own code. After
 * one page changes, only the modules whose slice changed are printed again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { APIREF_ROOT } from '../../paths.ts';
import type { GeneratedFile } from '../target.ts';
import type { ProductModel } from './model/product.ts';
import type { EmitOptions } from './options.ts';

export interface CachedModule {
  readonly files: readonly GeneratedFile[];
  readonly warnings: readonly string[];
}

export interface ModuleCache {
  get(key: string): CachedModule | undefined;
  set(key: string, entry: CachedModule): void;
  /** Called once per emit with the keys it used: the rest are stale. */
  retain(keys: ReadonlySet<string>): void;
}

/**
 * The key of a module. Type `sources` are left out (no emitter reads them, and a page whose
 * lines shift would otherwise touch every product reaching its types); method sources are
 * kept, since they become `@see` links.
 */
export function moduleKey(module: ProductModel, options: EmitOptions): string {
  const hash = createHash('sha256');
  hash.update(emitterFingerprint());
  hash.update(JSON.stringify([options.packageName, options.version, options.hosts, options.repository ?? null]));
  hash.update(JSON.stringify([module.product, module.directory, module.isShared]));
  for (const service of module.services) {
    hash.update(JSON.stringify([service.className, service.methods.map((method) => [method.memberName, method.allName]), service.service]));
  }
  for (const type of module.types) {
    const { sources: _sources, ...def } = type.def;
    hash.update(JSON.stringify([type.name, type.validatorName, type.shared, def]));
  }
  return hash.digest('hex');
}

let fingerprint: string | undefined;

/**
 * The hash of the emitter's sources (this folder, the runtime copied into the package included;
 * read from the source tree, which the build leaves beside dist/) and of ts-morph's version.
 */
function emitterFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const root = join(APIREF_ROOT, 'generator/targets/typescript');
  const hash = createHash('sha256');
  for (const path of sourceFiles(root)) hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  const tsMorph = join(dirname(createRequire(import.meta.url).resolve('ts-morph')), '../package.json');
  hash.update((JSON.parse(readFileSync(tsMorph, 'utf8')) as { version: string }).version);
  fingerprint = hash.digest('hex');
  return fingerprint;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|js|json)$/.test(entry.name) ? [join(dir, entry.name)] : []));
}

/** A cache in a folder, one JSON file per module, written atomically; entries a run did not use are removed. */
export function folderCache(dir: string): ModuleCache {
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as CachedModule;
      } catch {
        return undefined;
      }
    },
    set(key, entry) {
      mkdirSync(dir, { recursive: true });
      const temporary = join(dir, `${key}.${process.pid}.tmp`);
      writeFileSync(temporary, JSON.stringify(entry));
      renameSync(temporary, join(dir, `${key}.json`));
    },
    retain(keys) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) if (!keys.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name), { force: true });
    },
  };
}
