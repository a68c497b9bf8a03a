import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes pages into a fresh temporary docs root, in the order given. */
export function docsTree(pages: Iterable<readonly [string, Uint8Array | string]>): string {
  const root = mkdtempSync(join(tmpdir(), 'apiref-docs-'));
  for (const [path, content] of pages) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
