// Run as `node openapi-to-types.mjs <document> <out.d.ts>`: openapi-typescript's types of one document.
import { register } from 'node:module';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

register('./typescript-api-hooks.mjs', import.meta.url);
const { default: openapiTS, astToString } = await import('openapi-typescript');
const [document, out] = process.argv.slice(2);
const ast = await openapiTS(pathToFileURL(document));
writeFileSync(out, astToString(ast));
