// Run as `node openapi-to-types.mjs <document> <out.d.ts> [<document> <out.d.ts>…]`:
// openapi-typescript's types of each document, in one process.
import { register } from 'node:module';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

register('./typescript-api-hooks.mjs', import.meta.url);
const { default: openapiTS, astToString } = await import('openapi-typescript');
const args = process.argv.slice(2);
for (let i = 0; i + 1 < args.length; i += 2) {
  writeFileSync(args[i + 1], astToString(await openapiTS(pathToFileURL(args[i]))));
}
