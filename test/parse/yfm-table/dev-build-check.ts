// Run by dev-build.test.ts under `--conditions=development`, where micromark
// asserts its own invariants (non-empty tokens, balanced events, linked
// chunks). Parses every fixture, every docs/ page with a table and the
// broken-input soups; prints what failed and exits non-zero.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { soup } from './soup.ts';
import { parse } from './tree.ts';

const here = new URL('.', import.meta.url).pathname;
const docs = join(here, '../../../docs');

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const inputs: Array<[string, string]> = [
  ...markdownFiles(join(here, 'fixtures')).map((path): [string, string] => [path, readFileSync(path, 'utf8')]),
  ...markdownFiles(docs).map((path): [string, string] => [path, readFileSync(path, 'utf8')]).filter(([, text]) => text.includes('#|')),
  ...Array.from({ length: 2000 }, (_, seed): [string, string] => [`soup ${seed}`, soup(seed)]),
];

const failures: string[] = [];
for (const [name, text] of inputs) {
  try {
    parse(text);
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
  }
}
console.log(JSON.stringify({ parsed: inputs.length, failures }));
process.exitCode = failures.length > 0 ? 1 : 0;
