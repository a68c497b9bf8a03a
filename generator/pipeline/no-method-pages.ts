import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuildStats } from './types.ts';

const LANGUAGES = new Set(['en', 'ru']);
/** The look around an empty docs folder stops after this many entries: a wrong --docs may be a home folder. */
const MAX_ENTRIES = 50_000;

/**
 * Why a docs folder gave no method page, in words that say what to do; null when it gave
 * some. Only run when the build found none, so the extra look at the folder costs nothing
 * on a good run. `shown` turns an absolute path into the one the user typed.
 */
export async function explainNoMethodPages(docsDir: string, stats: BuildStats, shown: (place: string) => string): Promise<string | null> {
  const methodPages = stats.pages - stats.pagesByLayout.other;
  if (methodPages > 0) return null;
  const where = shown(docsDir);
  const read = stats.pages + stats.skipped;
  if (read > 0) return `${where} holds ${read} markdown page(s) under en/ and ru/, none of them an API reference method page (one with an rpc line or an HTTP request line)`;
  const { pages, truncated } = await markdownFiles(docsDir);
  const count = `${pages.length}${truncated ? '+' : ''}`;
  const underLanguages = pages.filter((page) => LANGUAGES.has(page.split('/')[0]!)).length;
  if (underLanguages > 0) {
    return `${where}: none of its ${underLanguages}${truncated ? '+' : ''} page(s) under en/ and ru/ was read: the config's pages.include/pages.exclude leave them out, or they cannot be read`;
  }
  if (LANGUAGES.has(path.basename(docsDir)) && pages.length > 0) {
    return `${where} is a language folder (its pages are ${path.basename(docsDir)}/… pages): use --docs ${shown(path.dirname(docsDir))}`;
  }
  const nested = shallowestLanguageRoot(pages);
  if (nested !== null) {
    const depth = nested.split('/').length;
    return `${where} holds en/… or ru/… pages ${depth} level${depth > 1 ? 's' : ''} down: use --docs ${shown(path.join(docsDir, nested))}`;
  }
  if (pages.length > 0) return `${where} holds ${count} markdown page(s), none under en/ or ru/ (apiref reads ${where}/en/… and ${where}/ru/…)`;
  return `${where} holds no markdown page${truncated ? ' in its first entries' : ''}${(await isEmpty(docsDir)) ? ' (the folder is empty)' : ''}`;
}

/** The folder below the docs root (`/`-separated) nearest to it that has an en/ or ru/ folder of pages. */
function shallowestLanguageRoot(pages: readonly string[]): string | null {
  let best: string[] | null = null;
  for (const page of pages) {
    const parts = page.split('/');
    const at = parts.slice(1, -1).findIndex((part) => LANGUAGES.has(part)) + 1;
    if (at > 0 && (best === null || at < best.length)) best = parts.slice(0, at);
  }
  return best === null ? null : best.join('/');
}

/** The markdown files under a folder, breadth first, links not followed, up to `MAX_ENTRIES` entries looked at. */
async function markdownFiles(root: string): Promise<{ pages: string[]; truncated: boolean }> {
  const pages: string[] = [];
  const queue: string[] = [''];
  let seen = 0;
  for (let i = 0; i < queue.length; i++) {
    const relative = queue[i]!;
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, relative), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return { pages, truncated: true };
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) queue.push(child);
      else if (entry.isFile() && entry.name.endsWith('.md')) pages.push(child);
    }
  }
  return { pages, truncated: false };
}

async function isEmpty(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [])).length === 0;
}
