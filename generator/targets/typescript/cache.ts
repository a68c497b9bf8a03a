/**
 * Each plugin's files of a module (and what emitting them warned) kept under the hash of
 * everything that emitting them reads: the part of the module's slice of the model the plugin
 * reads, the options and the emitter's own code. After one page changes, only the files whose
 * inputs changed are printed again: a method's new description re-prints its product's client,
 * not its types or validators.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { replaceFileSync } from '../../io/atomic-file.ts';
import { APIREF_ROOT, packageFolderAbove, readManifest } from '../../paths.ts';
import type { LocalizedText, TypeDef } from '../../model/ir.ts';
import type { GeneratedFile } from '../target.ts';
import type { ProductModel } from './model/product.ts';
import type { EmitOptions } from './options.ts';
import type { EmitPlugin } from './plugin.ts';

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

/** What a module's files may depend on, hashed once per module and shared by its plugins' keys. */
export interface ModuleDigests {
  /** The options, the module's name and folder, and the emitter's code. */
  readonly header: string;
  readonly types: string;
  /** The types without their words (descriptions of types, fields and values). */
  readonly shapes: string;
  readonly services: string;
}

/**
 * The digests of a module's slice of the model. Type `sources` are left out (no emitter reads
 * them, and a page whose lines shift would otherwise touch every product reaching its types);
 * method sources are kept, since they become `@see` links.
 */
export function moduleDigests(module: ProductModel, options: EmitOptions): ModuleDigests {
  const header = emitterHash(options).update(JSON.stringify([module.product, module.directory, module.isShared]));
  const services = createHash('sha256');
  for (const service of module.services) {
    services.update(JSON.stringify([service.className, service.methods.map((method) => [method.memberName, method.allName]), service.service]));
  }
  const types = createHash('sha256');
  const shapes = createHash('sha256');
  for (const type of module.types) {
    const head = JSON.stringify([type.name, type.validatorName, type.shared]);
    const { shape, words } = definitionTexts(type.def);
    shapes.update(head).update(shape);
    types.update(head).update(shape).update(words);
  }
  return { header: header.digest('hex'), types: types.digest('hex'), shapes: shapes.digest('hex'), services: services.digest('hex') };
}

/** A type's definition as hashed, its shape apart from its words, `sources` left out; the modules that reach a shared type share its texts. */
const definitionCache = new WeakMap<TypeDef, { shape: string; words: string }>();

function definitionTexts(type: TypeDef): { shape: string; words: string } {
  let texts = definitionCache.get(type);
  if (texts === undefined) {
    const words: LocalizedText[] = [];
    const shape = JSON.stringify(type, (key, value: unknown) => {
      if (key === 'sources') return undefined;
      if (key !== 'description') return value;
      words.push(value as LocalizedText);
      return undefined;
    });
    texts = { shape, words: JSON.stringify(words) };
    definitionCache.set(type, texts);
  }
  return texts;
}

/**
 * The key of one plugin's files of a module: the digests of what the plugin says it reads (see
 * `EmitPlugin.moduleInputs`) and the paths of the files the plugins before it wrote.
 */
export function moduleKey(plugin: Pick<EmitPlugin, 'name' | 'moduleInputs'>, digests: ModuleDigests, earlierPaths: readonly string[]): string {
  const inputs = plugin.moduleInputs ?? 'module';
  const hash = createHash('sha256').update(`module\0${plugin.name}\0${digests.header}\0`);
  if (inputs === 'shapes') hash.update(digests.shapes);
  else if (inputs !== 'paths') hash.update(digests.types);
  if (inputs === 'module') hash.update(digests.services);
  return hash.update(JSON.stringify(earlierPaths)).digest('hex');
}

/**
 * The key of one plugin's package-level files. They are a function of the options and, unless
 * the plugin says they read only the options, of the modules (whose keys cover their slices
 * of the model); so a warm run prints and formats nothing.
 */
export function packageKey(plugin: string, moduleKeys: Iterable<string>, options: EmitOptions): string {
  const hash = emitterHash(options).update(`package\0${plugin}\0`);
  for (const key of moduleKeys) hash.update(key);
  return hash.digest('hex');
}

/** A hash begun with what every file's bytes depend on: the emitter's code and the options that reach the package. */
function emitterHash(options: EmitOptions): Hash {
  return createHash('sha256')
    .update(emitterFingerprint())
    .update(JSON.stringify([options.packageName, options.version, options.hosts, options.repository ?? null]));
}

let fingerprint: string | undefined;

/**
 * The hash of the emitter's sources (this folder, the runtime copied into the package included,
 * and the model helpers; read from the source tree, which the build leaves beside dist/) and
 * of the printing packages' versions.
 */
function emitterFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  for (const root of EMITTER_SOURCES.map((folder) => join(APIREF_ROOT, folder))) {
    for (const path of sourceFiles(root)) hash.update(relative(APIREF_ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  for (const name of PRINTING_PACKAGES) hash.update(`${name}@${installedVersion(name)}\0`);
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** The folders whose code decides a module's bytes: the emitter, and the model helpers it walks the model with. */
const EMITTER_SOURCES = ['generator/targets/typescript', 'generator/model'];

/** The packages that print and format the files: a new version may print other bytes. */
const PRINTING_PACKAGES = ['ts-morph', '@dprint/formatter', '@dprint/typescript'];

/** A dependency's version, from the package.json above its entry point (some export no `./package.json`). */
function installedVersion(name: string): string {
  const folder = packageFolderAbove(dirname(createRequire(import.meta.url).resolve(name)), name);
  return (folder === null ? undefined : readManifest(join(folder, 'package.json'))?.version) ?? 'unknown';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|js|json)$/.test(entry.name) ? [join(dir, entry.name)] : []));
}

/**
 * A cache in a folder, one JSON file per module, written atomically; entries a run did not use
 * are removed. Like the page store, it is best-effort: an unreadable or malformed entry is a
 * miss, an unwritable folder only means the next run prints again.
 */
export function folderCache(dir: string): ModuleCache {
  return {
    get(key) {
      try {
        const entry = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as unknown;
        return isCachedModule(entry) ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, entry) {
      try {
        mkdirSync(dir, { recursive: true });
        replaceFileSync(join(dir, `${key}.json`), JSON.stringify(entry));
      } catch {
        // Not kept (the folder is not one, or the disk is full): the next run prints the module again.
      }
    },
    retain(keys) {
      try {
        for (const name of readdirSync(dir)) if (name.endsWith('.json') && !keys.has(name.slice(0, -'.json'.length))) rmSync(join(dir, name), { force: true });
      } catch {
        // Nothing to prune, or not ours to prune: the entries stay misses for other keys.
      }
    },
  };
}

function isCachedModule(value: unknown): value is CachedModule {
  if (typeof value !== 'object' || value === null) return false;
  const { files, warnings } = value as Record<string, unknown>;
  return (
    Array.isArray(files) &&
    files.every((file: unknown) => typeof file === 'object' && file !== null && typeof (file as GeneratedFile).path === 'string' && typeof (file as GeneratedFile).contents === 'string') &&
    Array.isArray(warnings) &&
    warnings.every((warning: unknown) => typeof warning === 'string')
  );
}
