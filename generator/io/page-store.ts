import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PackedPage, PooledType, TypePool } from '../pipeline/packed-page.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { isPackedPage, isPooledType } from './page-store-shape.ts';

const FORMAT = 1;
/** A store file's name: `apiref-pages-<extractor fingerprint>.json`, so other files are never touched. */
const FILE = /^apiref-pages-([0-9a-f]{16})\.json$/;
/** An entry unused for this many saves is dropped: the store holds what recent runs read. */
const KEEP_GENERATIONS = 4;
/** A file modified this close to the store's writing may have changed after it was hashed. */
const RACY_MS = 2_000;

interface FileEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  key: string;
}

interface StoredPage {
  generation: number;
  page: PackedPage;
}

interface StoreFile {
  apirefPageStore: number;
  fingerprint: string;
  writtenAt: number;
  generation: number;
  files: Record<string, FileEntry>;
  pages: Record<string, StoredPage>;
  types: Record<string, PooledType>;
}

/** What a file's metadata must match for its last content key to be trusted unread. */
export interface FileStat {
  file: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * The page cache on disk: every page's packed extract by content key, the types they share
 * by content, and the size, mtime and inode each docs file had when it was last hashed (so a
 * warm run reads no unchanged page, as git's index does). One JSON file per extractor
 * fingerprint, read whole and written whole, atomically, only when a run learned something;
 * entries no recent run used are dropped then. A file or an entry of the wrong shape is a
 * miss, never an error; so is a file of another format or fingerprint.
 */
export class PageStore {
  readonly pool: TypePool = new Map();
  #files = new Map<string, FileEntry>();
  #pages = new Map<string, StoredPage>();
  #used = new Set<string>();
  #generation = 0;
  #writtenAt = 0;
  #changed = false;

  private constructor(
    readonly dir: string,
    readonly fingerprint: string,
  ) {}

  static async open(dir: string, fingerprint: string): Promise<PageStore> {
    const store = new PageStore(dir, fingerprint);
    const stored = await readStore(store.file);
    if (stored?.apirefPageStore === FORMAT && stored.fingerprint === fingerprint) store.#load(stored);
    return store;
  }

  get file(): string {
    return path.join(this.dir, `apiref-pages-${this.fingerprint}.json`);
  }

  /** The content key recorded for a file whose size, mtime and inode are unchanged, unless it was written too close to the store. */
  knownKey(stat: FileStat): string | undefined {
    const entry = this.#files.get(stat.file);
    if (!entry || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs || entry.ino !== stat.ino) return undefined;
    return stat.mtimeMs < this.#writtenAt - RACY_MS ? entry.key : undefined;
  }

  rememberFile(stat: FileStat, key: string): void {
    const entry = this.#files.get(stat.file);
    if (entry && entry.key === key && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs && entry.ino === stat.ino) return;
    this.#files.set(stat.file, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, key });
    this.#changed = true;
  }

  /** A stored page whose types are all in the pool, or undefined. */
  get(key: string): PackedPage | undefined {
    const stored = this.#pages.get(key);
    if (!stored || !stored.page.types.every(([type]) => this.pool.has(type))) return undefined;
    this.#used.add(key);
    return stored.page;
  }

  set(key: string, page: PackedPage, types: Iterable<[string, PooledType]>): void {
    for (const [typeKey, type] of types) this.pool.set(typeKey, type);
    this.#pages.set(key, { generation: this.#generation + 1, page });
    this.#used.add(key);
    this.#changed = true;
  }

  /** Writes the store if this run added to it; a failed write costs only a later parse. */
  async save(): Promise<void> {
    if (!this.#changed) return;
    const generation = this.#generation + 1;
    const pages: Record<string, StoredPage> = {};
    const types: Record<string, PooledType> = {};
    for (const [key, stored] of this.#pages) {
      const used = this.#used.has(key);
      if (!used && stored.generation <= generation - KEEP_GENERATIONS) continue;
      pages[key] = used ? { generation, page: stored.page } : stored;
      for (const [type] of stored.page.types) types[type] ??= this.pool.get(type)!;
    }
    const live = new Set(Object.keys(pages));
    const files = Object.fromEntries([...this.#files].filter(([, entry]) => live.has(entry.key)));
    const stored: StoreFile = { apirefPageStore: FORMAT, fingerprint: this.fingerprint, writtenAt: Date.now(), generation, files, pages, types };
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(stored));
      await this.#dropOtherFingerprints();
      this.#changed = false;
    } catch {
      // An unwritable cache folder only means the next run parses again.
    }
  }

  #load(stored: StoreFile): void {
    this.#generation = Number.isInteger(stored.generation) ? stored.generation : 0;
    this.#writtenAt = typeof stored.writtenAt === 'number' ? stored.writtenAt : 0;
    for (const [key, type] of Object.entries(stored.types ?? {})) if (isPooledType(type)) this.pool.set(key, type);
    for (const [key, entry] of Object.entries(stored.pages ?? {})) {
      if (entry && Number.isInteger(entry.generation) && isPackedPage(entry.page)) this.#pages.set(key, entry);
    }
    for (const [file, entry] of Object.entries(stored.files ?? {})) {
      if (entry && typeof entry.key === 'string' && typeof entry.size === 'number' && typeof entry.mtimeMs === 'number' && typeof entry.ino === 'number') this.#files.set(file, entry);
    }
  }

  async #dropOtherFingerprints(): Promise<void> {
    for (const name of await readdir(this.dir)) {
      const match = FILE.exec(name);
      if (match && match[1] !== this.fingerprint) await rm(path.join(this.dir, name), { force: true });
    }
  }
}

async function readStore(file: string): Promise<StoreFile | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as StoreFile) : null;
  } catch {
    return null;
  }
}
