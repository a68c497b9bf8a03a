import { join } from 'node:path';
import type { Target } from '../target.ts';
import { emitPackage, folderCache } from './index.ts';
import { keepTsMorphCodeIn } from './ts-morph.ts';

export interface TypescriptTargetOptions {
  repository?: string;
}

/** The typed, validated SDK package: the folder's root is the package's root. */
export const typescriptTarget: Target<TypescriptTargetOptions> = {
  name: 'typescript',
  summary: 'the TypeScript SDK package (types, validators, clients), at the root of the output folder',
  parseOptions: parseTypescriptOptions,
  emit: (ir, context) => {
    keepTsMorphCodeIn(codeCacheDir(context.cacheDir));
    return emitPackage(ir, {
      packageName: context.packageName,
      version: context.version,
      hosts: { ...context.hosts },
      repository: context.options.repository,
      onWarning: context.warn,
      cache: context.cacheDir === undefined ? undefined : folderCache(context.cacheDir),
    });
  },
};

/** ts-morph's compiled code, beside the module entries (which are the folder's own `.json` files). */
const codeCacheDir = (cacheDir: string | undefined): string | undefined => (cacheDir === undefined ? undefined : join(cacheDir, 'compiled'));

/** `{"name": "typescript", "repository": "github:acme/cloud-sdk"}`: the package's repository field. */
function parseTypescriptOptions(raw: Readonly<Record<string, unknown>>): TypescriptTargetOptions {
  const unknown = Object.keys(raw).find((key) => key !== 'repository');
  if (unknown !== undefined) throw new Error(`the typescript target takes only 'repository' (got '${unknown}')`);
  const repository = raw['repository'];
  if (repository === undefined) return {};
  if (typeof repository !== 'string' || repository.trim() === '') throw new Error("the typescript target's 'repository' must be a non-empty string (a git URL or github:owner/repo)");
  return { repository };
}
