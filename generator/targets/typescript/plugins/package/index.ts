import type { ExportDeclarationStructure } from 'ts-morph';
import { tsMorph } from '../../ts-morph.ts';
import { writeDocComment } from '../../docs.ts';
import type { EmitPlugin, GeneratedFile } from '../../plugin.ts';
import { licenseText, packageJson, tsconfigJson } from './manifest.ts';
import { readme } from './readme.ts';

/**
 * What makes the modules a package: an index per product re-exporting whatever modules the
 * other plugins wrote for it, the root index, package.json, tsconfig.json and README.md.
 */
export const packagePlugin: EmitPlugin = {
  name: 'package',
  moduleInputs: 'paths',
  emitModule({ module: product, files, printer }) {
    // The shared module is reached through the products that re-export it, not by a subpath of its own.
    if (product.isShared) return [];
    const path = `src/${product.directory}/index.ts`;
    const modules = files.map((file) => `./${file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.ts$/, '.js')}`).sort();
    return [
      {
        path,
        contents: printer.print(path, {
          statements: modules.map((moduleSpecifier): ExportDeclarationStructure => ({ kind: tsMorph().StructureKind.ExportDeclaration, moduleSpecifier })),
        }),
      },
    ];
  },
  emitPackage({ products, printer, options }) {
    const rootPath = 'src/index.ts';
    const root: GeneratedFile = {
      path: rootPath,
      contents: printer.print(rootPath, {
        statements: [
          {
            kind: tsMorph().StructureKind.ExportDeclaration,
            moduleSpecifier: './runtime/index.js',
            leadingTrivia: (writer) =>
              writeDocComment(
                writer,
                `The shared part of ${options.packageName}: errors, options and validation types. The clients are in the product modules (\`${options.packageName}/<product>\`).`,
              ),
          },
          { kind: tsMorph().StructureKind.ExportDeclaration, moduleSpecifier: './hosts.js', namedExports: ['defaultHosts'] },
        ],
      }),
    };
    return [
      root,
      { path: 'LICENSE', contents: licenseText(options) },
      { path: 'package.json', contents: packageJson(options, products) },
      { path: 'tsconfig.json', contents: tsconfigJson() },
      { path: 'README.md', contents: readme(options, products) },
    ];
  },
};
