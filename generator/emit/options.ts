import { readFileSync } from 'node:fs';

export interface EmitOptions {
  /** npm name of the generated package. */
  packageName: string;
  version: string;
  /** Default values of the `{{ api-host* }}` placeholders, written into the package. */
  hosts: Record<string, string>;
  /** Told about what the model has that the emitters had to leave out or guess (dangling references, unplaced types). */
  onWarning?: ((message: string) => void) | undefined;
}

export const DEFAULT_PACKAGE_NAME = '@apiref/yandex-cloud';
export const DEFAULT_VERSION = '0.1.0';

/** The published hosts of Yandex Cloud (the docs' presets), as kept beside this file. */
export function defaultHosts(): Record<string, string> {
  const table = JSON.parse(readFileSync(new URL('./hosts.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(table).filter((entry): entry is [string, string] => entry[0] !== 'about' && typeof entry[1] === 'string'),
  );
}

export function withDefaults(options: Partial<EmitOptions> = {}): EmitOptions {
  return {
    packageName: options.packageName ?? DEFAULT_PACKAGE_NAME,
    version: options.version ?? DEFAULT_VERSION,
    hosts: options.hosts ?? defaultHosts(),
    onWarning: options.onWarning,
  };
}
