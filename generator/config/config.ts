import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic-file.ts';
import { defaultHosts } from './hosts.ts';
import { isSemver } from './version.ts';

export const CONFIG_FILE = 'apiref.config.json';

/** A run's settings, paths absolute: the config file's values under the command line's flags. */
export interface ApirefConfig {
  /** The file read, or null where there is none and the defaults apply. */
  configFile: string | null;
  docs: string;
  out: string;
  /** The page cache's folder; null turns the cache off. */
  cache: string | null;
  packageName: string;
  version: string;
  /** Globs over docs paths (`en/managed-redis/**`): which pages are read at all; and the limits of one page. */
  pages: Selection & PageLimits;
  /** Globs over product names (`managed-*`): which services the package gets. */
  products: Selection;
  /** `{{ api-host-* }}` placeholder → host, for the generated clients' defaults. */
  hosts: Record<string, string>;
  /** Top-level entries of `out` that generate keeps and check ignores (a build's output). */
  keep: string[];
  /** The outputs to write, in the config's order, each with its own (unchecked) options. */
  targets: TargetEntry[];
  /** `apiref lint`'s settings: a level per rule name (the lint checks the names). */
  lint: { rules: Record<string, LintLevel> };
}

export type LintLevel = 'error' | 'warning' | 'off';
const LINT_LEVELS: readonly string[] = ['error', 'warning', 'off'];

/** One entry of the config's `targets` list: a target's name and the rest of its keys. */
export interface TargetEntry {
  name: string;
  options: Record<string, unknown>;
}

export interface Selection {
  include: string[];
  exclude: string[];
}

export interface PageLimits {
  /** A larger page is not read (a warning says so). */
  maxBytes: number;
  /** A page that takes longer to read, per MiB begun, is abandoned (an error says so). */
  timeoutMs: number;
}

/** Flags that override the file; relative to the working directory. */
export interface ConfigOverrides {
  config?: string | undefined;
  docs?: string | undefined;
  out?: string | undefined;
}

/** A config file that cannot be used; the CLI reports it as bad usage (exit 2). */
export class ConfigError extends Error {}

export const DEFAULTS = {
  docs: 'docs',
  out: 'generated',
  cache: '.apiref-cache',
  packageName: '@apiref/yandex-cloud',
  version: '0.1.0',
  keep: ['dist', 'node_modules'],
  targets: ['typescript', 'snapshot'],
  maxPageBytes: 32 * 1024 * 1024,
  pageTimeoutMs: 30_000,
} as const;

const KEYS = new Set(['$schema', 'docs', 'out', 'cache', 'package', 'pages', 'products', 'hosts', 'keep', 'targets', 'lint']);

/**
 * Reads `--config FILE`, else `apiref.config.json` in the working directory if there is
 * one. Paths in the file are relative to the file; flags are relative to the working directory.
 */
export async function loadConfig(cwd: string, overrides: ConfigOverrides = {}): Promise<ApirefConfig> {
  const explicit = overrides.config !== undefined;
  const configFile = path.resolve(cwd, overrides.config ?? CONFIG_FILE);
  const raw = await readConfigFile(configFile, explicit);
  const base = raw === null ? cwd : path.dirname(configFile);
  const where = raw === null ? '' : `${path.relative(cwd, configFile) || CONFIG_FILE}: `;
  const file = raw ?? {};
  const check = <T>(ok: boolean, key: string, what: string, value: T): T => {
    if (!ok) throw new ConfigError(`${where}'${key}' must be ${what}`);
    return value;
  };
  const unknown = Object.keys(file).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) throw new ConfigError(`${where}unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')}`);

  const docs = check(file.docs === undefined || isText(file.docs), 'docs', 'a path', (file.docs as string | undefined) ?? DEFAULTS.docs);
  const out = check(file.out === undefined || isText(file.out), 'out', 'a path', (file.out as string | undefined) ?? DEFAULTS.out);
  const cache = check(
    file.cache === undefined || file.cache === false || isText(file.cache),
    'cache', 'a path or false', file.cache === false ? null : ((file.cache as string | undefined) ?? DEFAULTS.cache),
  );
  const pkg = check(file.package === undefined || isObject(file.package), 'package', 'an object', (file.package ?? {}) as Record<string, unknown>);
  const packageName = check(pkg.name === undefined || isText(pkg.name), 'package.name', 'a string', (pkg.name as string | undefined) ?? DEFAULTS.packageName);
  const version = (pkg.version as string | undefined) ?? DEFAULTS.version;
  check(typeof version === 'string' && isSemver(version), 'package.version', 'a semantic version (MAJOR.MINOR.PATCH)', null);
  const keep = check(file.keep === undefined || isTextList(file.keep), 'keep', 'a list of names', (file.keep as string[] | undefined) ?? [...DEFAULTS.keep]);

  return {
    configFile: raw === null ? null : configFile,
    docs: path.resolve(overrides.docs !== undefined ? cwd : base, overrides.docs ?? docs),
    out: path.resolve(overrides.out !== undefined ? cwd : base, overrides.out ?? out),
    cache: cache === null ? null : path.resolve(base, cache),
    packageName,
    version,
    pages: { ...selection(file.pages, 'pages', check, ['maxBytes', 'timeoutMs']), ...pageLimits(file.pages, check) },
    products: selection(file.products, 'products', check),
    hosts: await hosts(file.hosts, base, check),
    keep,
    targets: targets(file.targets, check),
    lint: lint(file.lint, check),
  };
}

/** `{"rules": {"field-set-differs": "error"}}`: each rule's level. */
function lint(value: unknown, check: Check): ApirefConfig['lint'] {
  const object = check(value === undefined || isObject(value), 'lint', 'an object with "rules"', (value ?? {}) as Record<string, unknown>);
  check(Object.keys(object).every((key) => key === 'rules'), 'lint', 'an object with only "rules"', null);
  const rules = check(object.rules === undefined || isObject(object.rules), 'lint.rules', 'an object of rule names to levels', (object.rules ?? {}) as Record<string, unknown>);
  for (const [name, level] of Object.entries(rules)) {
    check(typeof level === 'string' && LINT_LEVELS.includes(level), `lint.rules.${name}`, `one of ${LINT_LEVELS.join(', ')}`, null);
  }
  return { rules: rules as Record<string, LintLevel> };
}

/** `["typescript", {"name": "openapi", "format": "yaml"}]`: names, or objects with a name and options. */
function targets(value: unknown, check: Check): TargetEntry[] {
  const list = check(value === undefined || Array.isArray(value), 'targets', 'a list of target names or {"name": …} objects', (value ?? DEFAULTS.targets) as unknown[]);
  const entries = list.map((entry, index) => {
    if (isText(entry)) return { name: entry, options: {} };
    const object = check(isObject(entry) && isText(entry.name), `targets[${index}]`, 'a target name or an object with a "name"', entry as Record<string, unknown>);
    const { name, ...options } = object;
    return { name: name as string, options };
  });
  const names = entries.map((entry) => entry.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  check(repeated === undefined, 'targets', `a list naming each target once ('${repeated}' is repeated)`, null);
  return entries;
}

type Check = <T>(ok: boolean, key: string, what: string, value: T) => T;

function selection(value: unknown, key: string, check: Check, otherKeys: readonly string[] = []): Selection {
  const object = check(value === undefined || isObject(value), key, 'an object with include and exclude lists', (value ?? {}) as Record<string, unknown>);
  const list = (name: 'include' | 'exclude') =>
    check(object[name] === undefined || isTextList(object[name]), `${key}.${name}`, 'a list of globs', (object[name] as string[] | undefined) ?? []);
  const known = ['include', 'exclude', ...otherKeys];
  const extra = Object.keys(object).filter((k) => !known.includes(k));
  check(extra.length === 0, key, `an object with only ${known.join(', ')}`, null);
  return { include: list('include'), exclude: list('exclude') };
}

function pageLimits(value: unknown, check: Check): PageLimits {
  const object = (isObject(value) ? value : {}) as Record<string, unknown>;
  const positive = (name: 'maxBytes' | 'timeoutMs', fallback: number): number =>
    check(object[name] === undefined || (Number.isInteger(object[name]) && (object[name] as number) > 0), `pages.${name}`, 'a positive whole number', (object[name] as number | undefined) ?? fallback);
  return { maxBytes: positive('maxBytes', DEFAULTS.maxPageBytes), timeoutMs: positive('timeoutMs', DEFAULTS.pageTimeoutMs) };
}

/** An object is merged over the default table; a string names a JSON file that replaces it. */
async function hosts(value: unknown, base: string, check: Check): Promise<Record<string, string>> {
  if (value === undefined) return defaultHosts();
  if (isText(value)) {
    const file = path.resolve(base, value);
    let table: unknown;
    try {
      table = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`hosts file ${value}: ${(error as Error).message}`);
    }
    return check(isHostTable(table), 'hosts', `a JSON object of strings (in ${value})`, table as Record<string, string>);
  }
  return check(isHostTable(value), 'hosts', 'a file name or an object of strings', { ...defaultHosts(), ...(value as Record<string, string>) });
}

async function readConfigFile(file: string, explicit: boolean): Promise<Record<string, unknown> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return null;
    throw new ConfigError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(parsed)) throw new ConfigError(`${file}: must hold a JSON object`);
  return parsed;
}

/**
 * Sets `package.version` in the config file (creating the file where there is none),
 * keeping the other keys as they are; written atomically.
 */
export async function writeConfigVersion(config: ApirefConfig, version: string, cwd: string): Promise<string> {
  const file = config.configFile ?? path.resolve(cwd, CONFIG_FILE);
  const raw = (await readConfigFile(file, false)) ?? {};
  const pkg = isObject(raw.package) ? raw.package : {};
  raw.package = { ...pkg, version };
  await writeFileAtomic(file, JSON.stringify(raw, null, 2) + '\n');
  return file;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isHostTable = (value: unknown): boolean => isObject(value) && Object.values(value).every(isText);
