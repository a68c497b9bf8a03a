import type { EmitOptions } from '../../options.ts';
import type { ProductModel } from '../../model/product.ts';
import { GENERATED_HEADER } from '../../print.ts';

/** package.json: ESM, no dependencies, one export subpath per product, each with types. */
export function packageJson(options: EmitOptions, products: readonly ProductModel[]): string {
  const entry = (directory: string) => ({ types: `./dist/${directory}index.d.ts`, import: `./dist/${directory}index.js` });
  const exports: Record<string, unknown> = { '.': entry('') };
  for (const product of products) exports[`./${product.directory}`] = entry(`${product.directory}/`);
  exports['./package.json'] = './package.json';
  const manifest = {
    // JSON has no comments; npm leaves a "//" key alone.
    '//': GENERATED_HEADER,
    name: options.packageName,
    version: options.version,
    description: 'Typed, validated clients for the Yandex Cloud API, generated from its API reference. No dependencies; runs wherever fetch does.',
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=18' },
    types: './dist/index.d.ts',
    exports,
    files: ['dist', 'README.md'],
    scripts: { build: 'tsc -p .', prepack: 'npm run build' },
    devDependencies: { typescript: '>=5.5' },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** tsconfig.json: the strictest settings the package promises to compile under, for any runtime with fetch. */
export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM'],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noImplicitOverride: true,
      noFallthroughCasesInSwitch: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      declaration: true,
      rootDir: 'src',
      outDir: 'dist',
      skipLibCheck: true,
    },
    include: ['src'],
  };
  return `// ${GENERATED_HEADER}\n${JSON.stringify(config, null, 2)}\n`;
}
