import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createFromBuffer, type Formatter } from '@dprint/formatter';
import { wrapComments } from './wrap-comments.ts';

/** The line width of the generated TypeScript: what a reader's editor shows without scrolling. */
export const LINE_WIDTH = 100;

/**
 * dprint's TypeScript plugin (the formatter of `deno fmt`), set to the printer's style: two
 * spaces, single quotes, semicolons, declarations and names in the order they were emitted.
 * Its wasm runs synchronously and gives the same bytes for the same text on every machine.
 */
const PLUGIN_CONFIG = {
  quoteStyle: 'alwaysSingle',
  'module.sortImportDeclarations': 'maintain',
  'module.sortExportDeclarations': 'maintain',
  'importDeclaration.sortNamedImports': 'maintain',
  'exportDeclaration.sortNamedExports': 'maintain',
};

let formatter: Formatter | undefined;

function dprint(): Formatter {
  if (!formatter) {
    // Resolved beside this module, also when it runs bundled in dist/.
    const wasm = createRequire(import.meta.url).resolve('@dprint/typescript/plugin.wasm');
    formatter = createFromBuffer(readFileSync(wasm));
    formatter.setConfig({ lineWidth: LINE_WIDTH, indentWidth: 2, useTabs: false, newLineKind: 'lf' }, PLUGIN_CONFIG);
  }
  return formatter;
}

/**
 * A generated TypeScript file formatted to the line width: code by dprint, then the comment
 * lines it leaves long rewrapped. Text dprint cannot parse is a bug of an emitter; it is
 * kept as printed and `warn` told, so the package is still written.
 */
export function formatSource(path: string, text: string, warn: (message: string) => void): string {
  let code: string;
  try {
    code = dprint().formatText({ filePath: path, fileText: text });
  } catch (error) {
    warn(`${path} could not be formatted, written as printed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    code = text;
  }
  return wrapComments(code, LINE_WIDTH);
}
