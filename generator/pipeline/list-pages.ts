import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { selector } from '../config/glob.ts';

const LANGUAGES = new Set(['en', 'ru']);

/** Every markdown page under `en/` and `ru/` of a docs root, as sorted `/`-separated relative paths. */
export async function listPages(docsDir: string, include: readonly string[] = [], exclude: readonly string[] = []): Promise<string[]> {
  const entries = await readdir(docsDir, { recursive: true, withFileTypes: true });
  const selected = selector(include, exclude);
  const pages: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const path = relative(docsDir, join(entry.parentPath, entry.name)).replace(/\\/g, '/');
    if (!LANGUAGES.has(path.split('/')[0] ?? '')) continue;
    if (selected(path)) pages.push(path);
  }
  return pages.sort();
}
