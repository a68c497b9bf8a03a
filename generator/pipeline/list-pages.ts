import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const LANGUAGES = new Set(['en', 'ru']);

/** Every markdown page under `en/` and `ru/` of a docs root, as sorted `/`-separated relative paths. */
export async function listPages(docsDir: string, include: readonly string[] = [], exclude: readonly string[] = []): Promise<string[]> {
  const entries = await readdir(docsDir, { recursive: true, withFileTypes: true });
  const includes = include.map(globToRegExp);
  const excludes = exclude.map(globToRegExp);
  const pages: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const path = join(entry.parentPath, entry.name).slice(docsDir.length).replace(/\\/g, '/').replace(/^\/+/, '');
    if (!LANGUAGES.has(path.split('/')[0] ?? '')) continue;
    if (includes.length > 0 && !includes.some((glob) => glob.test(path))) continue;
    if (excludes.some((glob) => glob.test(path))) continue;
    pages.push(path);
  }
  return pages.sort();
}

/** `**` crosses folders, `*` and `?` stay within one; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? '';
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
