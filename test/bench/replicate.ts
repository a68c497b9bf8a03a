import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Copies the shipped pages into a temporary docs root as many times as it takes to reach
 * `target` pages, each copy under its own product folder so the copies stay distinct pages.
 */
export function replicateDocs(docsDir: string, target: number): { root: string; pages: number; bytes: number } {
  const root = mkdtempSync(join(tmpdir(), 'apiref-bench-'));
  const pages = readdirSync(docsDir, { recursive: true })
    .map(String)
    .filter((path) => /^(en|ru)\/.+\.md$/.test(path.replace(/\\/g, '/')));
  let count = 0;
  let bytes = 0;
  for (let copy = 0; count < target; copy++) {
    for (const path of pages) {
      const [lang, ...rest] = path.split(/[\\/]/);
      cpSync(join(docsDir, path), join(root, lang ?? 'en', `copy${copy}`, ...rest));
      bytes += statSync(join(docsDir, path)).size;
      count++;
    }
  }
  return { root, pages: count, bytes };
}
