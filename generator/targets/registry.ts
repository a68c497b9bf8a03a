import type { AnyTarget } from './target.ts';

/**
 * Every output apiref can write, loaded on first use (the TypeScript target pulls in
 * ts-morph, which commands that emit nothing never pay for). A new target is one folder
 * and one line here.
 */
const TARGETS: Readonly<Record<string, () => Promise<AnyTarget>>> = {
  typescript: async () => (await import('./typescript/target.ts')).typescriptTarget,
  snapshot: async () => (await import('./snapshot/index.ts')).snapshotTarget,
  openapi: async () => (await import('./openapi/target.ts')).openapiTarget,
};

export const TARGET_NAMES: readonly string[] = Object.keys(TARGETS);

export async function loadTarget(name: string): Promise<AnyTarget | undefined> {
  return Object.hasOwn(TARGETS, name) ? TARGETS[name]!() : undefined;
}
