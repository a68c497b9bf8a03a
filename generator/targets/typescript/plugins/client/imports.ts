import type { ImportDeclarationStructure } from 'ts-morph';
import { tsMorph } from '../../ts-morph.ts';

/** Runtime types a client module may refer to, each imported as `$<Name>` from its module. */
const RUNTIME_TYPES = {
  GrpcMethod: '../runtime/client.js',
  Int64Input: '../runtime/int64.js',
  Int64Shape: '../runtime/int64.js',
  PageFields: '../runtime/pagination.js',
  RestCall: '../runtime/request.js',
  TypedOperation: '../runtime/operation.js',
} as const;

export type RuntimeType = keyof typeof RUNTIME_TYPES;

/** What a client module's code refers to: the product's types and the runtime's. */
export interface ClientImports {
  readonly types: Set<string>;
  readonly runtime: Set<RuntimeType>;
}

export function clientImports(): ClientImports {
  return { types: new Set(), runtime: new Set() };
}

/** One type-only import per runtime module, names sorted (`import type { X as $X } …`). */
export function runtimeTypeImports(used: ReadonlySet<RuntimeType>): ImportDeclarationStructure[] {
  const byModule = new Map<string, string[]>();
  for (const name of [...used].sort()) {
    const module = RUNTIME_TYPES[name];
    byModule.get(module)?.push(name) ?? byModule.set(module, [name]);
  }
  return [...byModule.keys()].sort().map((moduleSpecifier) => ({
    kind: tsMorph().StructureKind.ImportDeclaration,
    isTypeOnly: true,
    moduleSpecifier,
    namedImports: (byModule.get(moduleSpecifier) as string[]).map((name) => ({ name, alias: `$${name}` })),
  }));
}
