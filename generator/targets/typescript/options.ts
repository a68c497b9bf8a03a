import { defaultHosts } from '../../config/hosts.ts';
import type { ModuleCache } from './cache.ts';

export interface EmitOptions {
  /** npm name of the generated package. */
  packageName: string;
  version: string;
  /** Default values of the `{{ api-host* }}` placeholders, written into the package. */
  hosts: Record<string, string>;
  /** package.json's `repository`: where the package's source lives (`github:owner/repo`, a git URL); none when undefined. */
  repository?: string | undefined;
  /** Told about what the model has that the emitters had to leave out or guess (dangling references, unplaced types). */
  onWarning?: ((message: string) => void) | undefined;
  /** Where the files of unchanged modules are kept between runs; none re-emits every module. */
  cache?: ModuleCache | undefined;
}

export const DEFAULT_PACKAGE_NAME = '@apiref/yandex-cloud';
export const DEFAULT_VERSION = '0.1.0';

export function withDefaults(options: Partial<EmitOptions> = {}): EmitOptions {
  return {
    packageName: options.packageName ?? DEFAULT_PACKAGE_NAME,
    version: options.version ?? DEFAULT_VERSION,
    hosts: options.hosts ?? defaultHosts(),
    repository: options.repository,
    onWarning: options.onWarning,
    cache: options.cache,
  };
}
