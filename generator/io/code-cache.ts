/**
 * V8's code cache for a large CommonJS package, kept in a folder of the user's cache: compiling
 * ts-morph and the TypeScript compiler under it costs ~0.25 s of every run that prints a
 * file, reading their compiled code back ~0.02 s. Node 20 has no compile cache of its own
 * (`module.enableCompileCache` came in 22), so the package's files are compiled, only while
 * it is required, the way Node's own loader did before it had one, with V8's cached data.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, Script } from 'node:vm';
import { replaceFileSync } from './atomic-file.ts';

/** The loader's hook every CommonJS file is compiled through (not in Node's types: it is internal, but stable since Node 0.x). */
interface CompilingModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

const ENTRY = /^[0-9a-f]{32}\.v8$/;

/**
 * `require(id)` from `from`, each file it compiles read from (or added to) the code cache in
 * `dir`; a plain require without a folder. An entry is named by the hash of the Node version,
 * the file's path and its source, so an upgrade or an edited file is a miss, never a wrong
 * compile; an entry V8 rejects is written again. The folder is the cache's own: the entries
 * this load did not use are removed. Reading and writing are best-effort: a broken folder
 * only means compiling.
 */
export function requireWithCodeCache(id: string, from: string, dir: string | undefined): unknown {
  const load = createRequire(from);
  if (dir === undefined) return load(id);
  const prototype = (Module as unknown as { prototype: CompilingModule }).prototype;
  const compile = prototype._compile;
  const used = new Set<string>();
  const fresh: { name: string; script: Script }[] = [];
  prototype._compile = function (this: CompilingModule, content: string, filename: string) {
    const name = `${createHash('sha256').update(`${process.version}\0${filename}\0`).update(content).digest('hex').slice(0, 32)}.v8`;
    used.add(name);
    const cachedData = readEntry(join(dir, name));
    const script = new Script(Module.wrap(content), { filename, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, ...(cachedData === undefined ? {} : { cachedData }) });
    if (cachedData === undefined || script.cachedDataRejected === true) fresh.push({ name, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  try {
    return load(id);
  } finally {
    prototype._compile = compile;
    keepEntries(dir, fresh, used);
  }
}

function readEntry(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function keepEntries(dir: string, fresh: readonly { name: string; script: Script }[], used: ReadonlySet<string>): void {
  try {
    if (fresh.length > 0) mkdirSync(dir, { recursive: true });
    for (const { name, script } of fresh) replaceFileSync(join(dir, name), script.createCachedData());
    if (used.size > 0) for (const name of readdirSync(dir)) if (ENTRY.test(name) && !used.has(name)) rmSync(join(dir, name), { force: true });
  } catch {
    // Not written or not pruned: the next run compiles those files again, nothing more.
  }
}
