import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';
import { type ApirefConfig, ConfigError, loadConfig } from '../config/config.ts';

/** The flags every workflow command shares; they override the config file. */
export const configOptions = {
  docs: { type: 'string' },
  out: { type: 'string' },
  config: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs` with its errors and a wrong number of operands reported as bad usage. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, operands: { min: number; max: number }) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: operands.max > 0 });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const count = parsed.positionals.length;
  if (count < operands.min || count > operands.max) {
    throw new UsageError(count > operands.max ? `unexpected argument '${parsed.positionals[operands.max]}'` : 'missing argument');
  }
  return parsed;
}

/** One of a flag's allowed values, or bad usage naming them. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
}

export async function configFromFlags(
  cwd: string,
  values: { docs?: string | undefined; out?: string | undefined; config?: string | undefined },
): Promise<ApirefConfig> {
  try {
    const config = await loadConfig(cwd, { docs: values.docs, out: values.out, config: values.config });
    return config;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** The config of a command that reads the docs folder, which must exist. */
export async function configWithDocs(
  cwd: string,
  values: { docs?: string | undefined; out?: string | undefined; config?: string | undefined },
): Promise<ApirefConfig> {
  const config = await configFromFlags(cwd, values);
  const info = await stat(config.docs).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`no docs folder at ${path.relative(cwd, config.docs) || '.'}`);
  return config;
}
