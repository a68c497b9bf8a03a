import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { selector } from '../config/glob.ts';
import { DOCS_LANGUAGES } from '../model/docs-paths.ts';
import type { Diagnostic } from '../model/ir.ts';

/** A markdown page found under the docs root, not yet read. */
export interface PageFile {
  /** Relative to the docs root, `/`-separated; each segment is a name as it is on disk. */
  path: string;
  /** The file's real absolute path, inside the docs root: the only name it is read by. */
  file: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface WalkOptions {
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  /** Larger pages are not read (a diagnostic says so). */
  maxPageBytes: number;
}

export interface Walk {
  pages: PageFile[];
  /** What could not be read or was left out, and why; one per entry. */
  diagnostics: Diagnostic[];
}

/**
 * Every markdown page under `en/` and `ru/` of a docs root, sorted by path. Nothing outside
 * the root is ever read: names are never re-parsed into paths (a file named
 * `..\..\x.md` is one name), and a symbolic link is followed only where its target lies
 * inside the root. A folder or file that cannot be read, a link that leads out, a page over
 * the size limit or something that is not a regular file becomes a diagnostic, and the
 * walk goes on. The calls are synchronous, which halves the walk of a clone's tens of
 * thousands of entries; nothing else waits on this thread meanwhile (the workers run on theirs).
 */
export async function walkDocs(docsDir: string, options: WalkOptions): Promise<Walk> {
  const root = realpathSync(docsDir);
  const selected = selector(options.include ?? [], options.exclude ?? []);
  const walk: Walk = { pages: [], diagnostics: [] };
  const visited = new Set<string>();
  const warn = (where: string, code: string, message: string): void => {
    walk.diagnostics.push({ severity: 'warning', code, message, source: where, line: 1, column: 1 });
  };

  const visitFolder = (real: string, relative: string): void => {
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(real, { withFileTypes: true });
    } catch (error) {
      return warn(relative, 'unreadable-folder', `the folder cannot be read (${codeOf(error)}); its pages are left out`);
    }
    for (const entry of entries) visitEntry(entry, path.join(real, entry.name), `${relative}/${entry.name}`);
  };

  const visitEntry = (entry: Dirent, absolute: string, relative: string): void => {
    const isPage = entry.name.endsWith('.md');
    // Only a page, a folder or what may be either is looked at; images and the rest are not.
    if ((entry.isFile() || entry.isFIFO() || entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice()) && !isPage) return;
    // A folder's own entry says what it is; only pages (and links) are stat'ed.
    if (entry.isDirectory()) return visitFolder(absolute, relative);
    let real = absolute;
    if (entry.isSymbolicLink()) {
      const target = realPath(absolute);
      if (target === null) return isPage ? warn(relative, 'broken-link', 'the page is a symbolic link to nothing; left out') : undefined;
      if (!isInside(root, target)) return warn(relative, 'outside-docs', `a symbolic link to ${isPage ? 'a page' : 'a folder'} outside the docs folder; not followed`);
      real = target;
    }
    let info: Stats;
    try {
      info = statSync(real);
    } catch (error) {
      return isPage ? warn(relative, 'unreadable-page', `the page cannot be read (${codeOf(error)}); left out`) : undefined;
    }
    if (info.isDirectory()) return visitFolder(real, relative);
    if (!isPage || !selected(relative)) return;
    if (!info.isFile()) return warn(relative, 'not-a-file', 'named like a page but not a regular file (a device, socket or pipe); not read');
    if (info.size > options.maxPageBytes) {
      return warn(relative, 'page-too-large', `the page is ${megabytes(info.size)}, over the limit of ${megabytes(options.maxPageBytes)} (pages.maxBytes); not read`);
    }
    walk.pages.push({ path: relative, file: real, size: info.size, mtimeMs: info.mtimeMs, ino: info.ino });
  };

  for (const lang of DOCS_LANGUAGES) {
    const real = realPath(path.join(root, lang));
    if (real === null) continue;
    if (!isInside(root, real)) warn(lang, 'outside-docs', 'a symbolic link to a folder outside the docs folder; not followed');
    else if (statSync(real).isDirectory()) visitFolder(real, lang);
  }
  walk.pages.sort((a, b) => compareText(a.path, b.path));
  walk.diagnostics.sort((a, b) => compareText(a.source, b.source));
  return walk;
}

function realPath(file: string): string | null {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
