/**
 * Parse trees of large pages kept between runs. The reference's largest pages (up to 2 MiB)
 * take seconds to parse, and an edit touches one of their ~100 chunks: with each chunk's tree
 * kept, a run after the edit parses that chunk alone and reads the others back (a 2 MiB page:
 * 4.5 s to parse, 0.15 s to read). A page's trees are one file, named by its path, holding
 * exactly the chunks the page has now, deflated; the folder is named by the extractor's
 * fingerprint, as the page store is, so a tree is never read by another parser.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import type { RootContent } from 'mdast';
import type { KeptChunks } from '../parse/processor.ts';
import { replaceFileSync } from './atomic-file.ts';

/** Below this a page parses in a fraction of a second, and keeping its trees would only cost disk. */
export const KEPT_TREE_MIN_BYTES = 128 * 1024;
/** What the folder may hold; the least recently used pages go first past it (the whole reference needs ~100 MB). */
export const KEPT_TREES_BUDGET_BYTES = 512 * 1024 * 1024;
const FORMAT = 1;
const FOLDER = /^apiref-trees-([0-9a-f]{16})$/;
/** A page's file, or one a killed run left half-written beside it. */
const ENTRY = /^[0-9a-f]{32}\.trees(?:\.\d+-[0-9a-f]{8}\.tmp)?$/;

interface TreeFile {
  apirefTrees: typeof FORMAT;
  path: string;
  chunks: Record<string, readonly RootContent[]>;
}

export const keptTreesFolder = (cacheDir: string, fingerprint: string): string => join(cacheDir, `apiref-trees-${fingerprint}`);

/** The kept trees of one folder, for the pages a thread extracts. */
export class KeptTrees {
  constructor(
    readonly dir: string,
    readonly minBytes = KEPT_TREE_MIN_BYTES,
  ) {}

  /** The chunks of a large page as last kept, to be kept again as it is now (`save`); undefined for a small page. */
  forPage(path: string, text: string): PageTrees | undefined {
    return text.length >= this.minBytes ? new PageTrees(join(this.dir, entryName(path)), path) : undefined;
  }
}

export class PageTrees implements KeptChunks {
  readonly #kept: Map<string, readonly RootContent[]>;
  readonly #now = new Map<string, readonly RootContent[]>();
  /** `get` and `add` meet each chunk's text in turn: hashed once. */
  readonly #keys = new Map<string, string>();
  #changed = false;

  constructor(
    readonly file: string,
    readonly path: string,
  ) {
    this.#kept = readTreeFile(file, path);
  }

  get(text: string): readonly RootContent[] | undefined {
    const key = this.#keyOf(text);
    const found = this.#kept.get(key);
    if (found !== undefined) this.#now.set(key, found);
    return found;
  }

  add(text: string, children: readonly RootContent[]): void {
    const key = this.#keyOf(text);
    if (!this.#kept.has(key)) this.#changed = true;
    this.#now.set(key, children);
  }

  #keyOf(text: string): string {
    let key = this.#keys.get(text);
    if (key === undefined) this.#keys.set(text, (key = chunkKey(text)));
    return key;
  }

  /** Writes the page's chunks where they differ from those kept, else marks the file used; best-effort. */
  save(): void {
    try {
      if (this.#changed || this.#now.size !== this.#kept.size) {
        mkdirSync(dirname(this.file), { recursive: true });
        const content: TreeFile = { apirefTrees: FORMAT, path: this.path, chunks: Object.fromEntries(this.#now) };
        replaceFileSync(this.file, deflateSync(JSON.stringify(content), { level: 1 }));
      } else if (this.#kept.size > 0) utimesSync(this.file, new Date(), new Date());
    } catch {
      // Not kept: the next run that extracts this page parses it whole, nothing more.
    }
  }
}

/**
 * Removes the tree folders of other fingerprints and, past the budget, the least recently used
 * page files of this one; only names this module gives are touched. Best-effort.
 */
export function pruneKeptTrees(cacheDir: string, fingerprint: string, budget = KEPT_TREES_BUDGET_BYTES): void {
  try {
    for (const name of readdirSync(cacheDir)) {
      const match = FOLDER.exec(name);
      if (match === null || match[1] === fingerprint) continue;
      removeEntries(join(cacheDir, name), 0);
      rmSafely(join(cacheDir, name));
    }
    removeEntries(keptTreesFolder(cacheDir, fingerprint), budget);
  } catch {
    // Left for the next run.
  }
}

function removeEntries(dir: string, budget: number): void {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => ENTRY.test(name));
  } catch {
    return;
  }
  const entries = names.flatMap((name) => {
    const info = statSync(join(dir, name), { throwIfNoEntry: false });
    return info === undefined ? [] : [{ name, size: info.size, mtimeMs: info.mtimeMs }];
  });
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  for (const entry of entries.sort((a, b) => a.mtimeMs - b.mtimeMs)) {
    if (total <= budget) break;
    rmSync(join(dir, entry.name), { force: true });
    total -= entry.size;
  }
}

/** A folder that holds files of someone else's stays. */
function rmSafely(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty: what is left is not ours.
  }
}

const entryName = (path: string): string => `${createHash('sha256').update(path).digest('hex').slice(0, 32)}.trees`;
const chunkKey = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** A page's kept chunks by key; none where the file is missing, damaged, of another format or of another page. */
function readTreeFile(file: string, path: string): Map<string, readonly RootContent[]> {
  try {
    const parsed = JSON.parse(inflateSync(readFileSync(file)).toString('utf8')) as Partial<TreeFile> | null;
    if (parsed?.apirefTrees !== FORMAT || parsed.path !== path || typeof parsed.chunks !== 'object' || parsed.chunks === null) return new Map();
    return new Map(Object.entries(parsed.chunks).filter(([, children]) => Array.isArray(children)));
  } catch {
    return new Map();
  }
}
