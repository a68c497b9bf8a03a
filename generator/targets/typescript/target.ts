import type { Target } from '../target.ts';
import { noOptions } from '../options.ts';
import { emitPackage } from './index.ts';

/** The typed, validated SDK package: the folder's root is the package's root. */
export const typescriptTarget: Target<Record<string, never>> = {
  name: 'typescript',
  summary: 'the TypeScript SDK package (types, validators, clients), at the root of the output folder',
  parseOptions: noOptions('typescript'),
  emit: (ir, context) =>
    emitPackage(ir, { packageName: context.packageName, version: context.version, hosts: { ...context.hosts }, onWarning: context.warn }),
};
