import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsMorph } from '../../ts-morph.ts';
import { APIREF_ROOT } from '../../../../paths.ts';
import type { EmitPlugin, GeneratedFile } from '../../plugin.ts';
import { GENERATED_HEADER } from '../../print.ts';
import { exportedObjectConstant } from '../../property.ts';
import { stringLiteral } from '../../text.ts';

// Read from the source tree, also when apiref runs from its build: the runtime is copied as written.
const RUNTIME_DIR = pathToFileURL(join(APIREF_ROOT, 'generator/targets/typescript/runtime/'));

/**
 * `src/runtime/*.ts`: the code every product module shares (fetch transport, errors,
 * validation helpers, operation waiter), written and type-checked as ordinary TypeScript
 * beside the emitters and copied as is; and `src/hosts.ts`, the default host table.
 */
export const runtimePlugin: EmitPlugin = {
  name: 'runtime',
  packageInputs: 'options',
  emitPackage({ options, printer }) {
    const hostsPath = 'src/hosts.ts';
    const hosts: GeneratedFile = {
      path: hostsPath,
      contents: printer.print(hostsPath, {
        statements: [
          { kind: tsMorph().StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/hosts.js', namedImports: ['HostTable'] },
          exportedObjectConstant(
            'defaultHosts',
            {
              type: 'HostTable',
              docs: "Values of the `{{ api-host* }}` placeholders in the docs' request lines, as published. Override per client with `hosts` (or `endpoint`).",
            },
            Object.keys(options.hosts)
              .sort()
              .map((key) => ({ key, value: stringLiteral(options.hosts[key] as string) })),
          ),
        ],
      }),
    };
    const sdkPath = 'src/sdk.ts';
    const sdk: GeneratedFile = {
      path: sdkPath,
      contents: printer.print(sdkPath, {
        statements: [
          { kind: tsMorph().StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/trace.js', namedImports: ['SdkInfo'] },
          exportedObjectConstant('sdk', { type: 'SdkInfo', docs: 'What the clients say about the package in their requests.' }, [
            { key: 'userAgent', value: stringLiteral(`${options.packageName}/${options.version}`) },
          ]),
        ],
      }),
    };
    return [...runtimeFiles(), hosts, sdk];
  },
};

let cached: GeneratedFile[] | undefined;

function runtimeFiles(): GeneratedFile[] {
  cached ??= readdirSync(RUNTIME_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({
      path: `src/runtime/${name}`,
      contents: `// ${GENERATED_HEADER}\n${readFileSync(new URL(name, RUNTIME_DIR), 'utf8').replace(/\r\n/g, '\n')}`,
    }));
  return cached.map((file) => ({ ...file }));
}
