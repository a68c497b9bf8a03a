// openapi-typescript builds its output with the TypeScript compiler API and imports it as
// `typescript`. The repo's TypeScript is 7, the native compiler, which has no such API; ts-morph
// ships the last JavaScript compiler (6.0), whose API openapi-typescript's calls run on. So, for
// openapi-typescript alone, `typescript` resolves to ts-morph's copy.
const SHIM = new URL('./typescript-from-ts-morph.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'typescript' && context.parentURL?.includes('/node_modules/openapi-typescript/')) {
    return { url: SHIM, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
