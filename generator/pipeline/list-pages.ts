import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { selector } from '../config/glob.ts';

const LANGUAGES = new Set(['en', 'ru']);

/** Every markdown page under `en/` and `ru/` of a docs root, as sorted `/`-separated relative paths. */
export async function listPages(docsDir: string, include: readonly string[] = [], exclude: readonly string[] = []): Promise<string[]> {
  const entries = await readdir(docsDir, { recursive: true, withFileTypes: true });
  const selected = selector(include, exclude);
  const pages: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const path = join(entry.parentPath, entry.name).slice(docsDir.length).replace(/\\/g, '/').replace(/^\/+/, '');
    if (!LANGUAGES.has(path.split('/')[0] ?? '')) continue;
    if (selected(path)) pages.push(path);
  }
  return pages.sort();
}
