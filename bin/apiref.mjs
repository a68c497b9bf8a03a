#!/usr/bin/env node
// The CLI runs from its build (dist/, made by `npm run build`, which `npm ci` runs as
// `prepare`), so that no TypeScript is transpiled at run time.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('apiref: the CLI is not built: run `npm run build` (npm ci does it) in the apiref folder\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
