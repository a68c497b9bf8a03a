import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PackedPage, PooledType, TypePool } from '../pipeline/packed-page.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { isPackedPage, isPooledType } from './page-store-shape.ts';

const FORMAT = 1;
/**
 * A store file's name: `apiref-pages-<extractor fingerprint>.json`, and its journal's
 * `apiref-pages-<fingerprint>-<journal id>.journal`, so other files are never touched.
 */
const FILE = /^apiref-pages-([0-9a-f]{16})(?:\.json|-([0-9a-f]{8})\.journal)$/;
/** The journal is folded into the store file when it grows past this share of it, or this many saves. */
const JOURNAL_SHARE = 0.25;
const JOURNAL_RECORDS = 16;
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
  /** The id of the journal that continues this file. */
  journal: string;
  files: Record<string, FileEntry>;
  pages: Record<string, StoredPage>;
  types: Record<string, PooledType>;
}

/**
 * One save appended to the journal: what the run learned, and which entries it did not use
 * (every other entry counts as used in that generation) or dropped.
 */
interface JournalRecord {
  generation: number;
  writtenAt: number;
  files: Record<string, FileEntry>;
  pages: Record<string, PackedPage>;
  types: Record<string, PooledType>;
  unused: string[];
  dropped: string[];
}

/** The journal continuing the store file: its id, and how much it holds against the file's size. */
interface Journal {
  id: string;
  bytes: number;
  records: number;
  storeBytes: number;
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
 * fingerprint, written whole and atomically, and a journal beside it that a save appends
 * what it learned to (after one page changed, a few kilobytes, not the whole reference's
 * extracts again); the journal is folded into a new file when it grows, and entries no
 * recent run used are dropped. A file, a journal record or an entry of the wrong shape is a
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
  /** What this run learned, for the journal. */
  #newFiles = new Set<string>();
  #newPages = new Set<string>();
  #newTypes = new Set<string>();
  /** The pool's keys the store file or journal holds (the pool is shared: the run adds to it too). */
  #savedTypes = new Set<string>();
  #journal: Journal | null = null;

  private constructor(
    readonly dir: string,
    readonly fingerprint: string,
  ) {}

  static async open(dir: string, fingerprint: string): Promise<PageStore> {
    const store = new PageStore(dir, fingerprint);
    const stored = await readStore(store.file);
    if (stored?.file.apirefPageStore === FORMAT && stored.file.fingerprint === fingerprint) {
      store.#load(stored.file);
      if (typeof stored.file.journal === 'string' && /^[0-9a-f]{8}$/.test(stored.file.journal)) await store.#replay(stored.file.journal, stored.bytes);
    }
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
    this.#newFiles.add(stat.file);
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
    for (const [typeKey, type] of types) {
      if (!this.#savedTypes.has(typeKey)) this.#newTypes.add(typeKey);
      this.pool.set(typeKey, type);
    }
    this.#pages.set(key, { generation: this.#generation + 1, page });
    this.#newPages.add(key);
    this.#used.add(key);
    this.#changed = true;
  }

  /** Saves what this run added, to the journal or in a new store file; a failed write costs only a later parse. */
  async save(): Promise<void> {
    if (!this.#changed) return;
    const generation = this.#generation + 1;
    const journal = this.#journal;
    const fold = journal === null || journal.records >= JOURNAL_RECORDS || journal.bytes > journal.storeBytes * JOURNAL_SHARE;
    try {
      await mkdir(this.dir, { recursive: true });
      if (fold) await this.#rewrite(generation);
      else await this.#append(journal, generation);
      this.#generation = generation;
      this.#changed = false;
      for (const key of this.#newTypes) this.#savedTypes.add(key);
      this.#newFiles.clear();
      this.#newPages.clear();
      this.#newTypes.clear();
    } catch {
      // An unwritable cache folder only means the next run parses again.
    }
  }

  /** The whole store in a new file, with a new, empty journal; the entries no recent run used are left out. */
  async #rewrite(generation: number): Promise<void> {
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
    const id = randomBytes(4).toString('hex');
    const writtenAt = Date.now();
    const text = JSON.stringify({ apirefPageStore: FORMAT, fingerprint: this.fingerprint, writtenAt, generation, journal: id, files, pages, types } satisfies StoreFile);
    await writeFileAtomic(this.file, text);
    this.#writtenAt = writtenAt;
    this.#journal = { id, bytes: 0, records: 0, storeBytes: text.length };
    this.#savedTypes = new Set(Object.keys(types));
    await this.#dropOtherFiles(id);
  }

  /** This run's additions as one journal line, flushed; the entries in memory aged as a rewrite would have. */
  async #append(journal: Journal, generation: number): Promise<void> {
    const record: JournalRecord = { generation, writtenAt: Date.now(), files: {}, pages: {}, types: {}, unused: [], dropped: [] };
    for (const file of this.#newFiles) record.files[file] = this.#files.get(file)!;
    for (const key of this.#newPages) record.pages[key] = this.#pages.get(key)!.page;
    for (const key of this.#newTypes) record.types[key] = this.pool.get(key)!;
    for (const [key, stored] of this.#pages) {
      if (this.#used.has(key)) stored.generation = generation;
      else (stored.generation <= generation - KEEP_GENERATIONS ? record.dropped : record.unused).push(key);
    }
    for (const key of record.dropped) this.#pages.delete(key);
    // A line of its own even after a line a killed run left cut short.
    const line = `\n${JSON.stringify(record)}\n`;
    const handle = await open(this.#journalFile(journal.id), 'a');
    try {
      await handle.writeFile(line);
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.#writtenAt = record.writtenAt;
    journal.bytes += line.length;
    journal.records++;
  }

  #journalFile(id: string): string {
    return path.join(this.dir, `apiref-pages-${this.fingerprint}-${id}.journal`);
  }

  /**
   * Applies the journal's records in order. A line cut short (a killed run) or of the wrong
   * shape is skipped, as is a record that does not follow the last one applied (a run that
   * saved beside another, from the same older state).
   */
  async #replay(id: string, storeBytes: number): Promise<void> {
    const text = await readFile(this.#journalFile(id), 'utf8').catch(() => '');
    this.#journal = { id, bytes: text.length, records: 0, storeBytes };
    for (const line of text.split('\n')) {
      const record = line === '' ? null : parseRecord(line);
      if (record === null || record.generation !== this.#generation + 1) continue;
      this.#apply(record);
      this.#journal.records++;
    }
  }

  #apply(record: JournalRecord): void {
    for (const key of record.dropped) this.#pages.delete(key);
    const unused = new Set(record.unused);
    for (const [key, stored] of this.#pages) if (!unused.has(key)) stored.generation = record.generation;
    for (const [key, page] of Object.entries(record.pages)) if (isPackedPage(page)) this.#pages.set(key, { generation: record.generation, page });
    for (const [key, type] of Object.entries(record.types)) if (isPooledType(type)) this.#pool(key, type);
    this.#loadFiles(record.files);
    this.#generation = record.generation;
    this.#writtenAt = record.writtenAt;
  }

  #load(stored: StoreFile): void {
    this.#generation = Number.isInteger(stored.generation) ? stored.generation : 0;
    this.#writtenAt = typeof stored.writtenAt === 'number' ? stored.writtenAt : 0;
    for (const [key, type] of Object.entries(stored.types ?? {})) if (isPooledType(type)) this.#pool(key, type);
    for (const [key, entry] of Object.entries(stored.pages ?? {})) {
      if (entry && Number.isInteger(entry.generation) && isPackedPage(entry.page)) this.#pages.set(key, entry);
    }
    this.#loadFiles(stored.files ?? {});
  }

  #pool(key: string, type: PooledType): void {
    this.pool.set(key, type);
    this.#savedTypes.add(key);
  }

  #loadFiles(files: Record<string, FileEntry>): void {
    for (const [file, entry] of Object.entries(files)) {
      if (entry && typeof entry.key === 'string' && typeof entry.size === 'number' && typeof entry.mtimeMs === 'number' && typeof entry.ino === 'number') this.#files.set(file, entry);
    }
  }

  /** Removes the store files of other fingerprints and the journals of earlier store files, nothing else. */
  async #dropOtherFiles(journal: string): Promise<void> {
    for (const name of await readdir(this.dir)) {
      const match = FILE.exec(name);
      if (match && (match[1] !== this.fingerprint || (match[2] !== undefined && match[2] !== journal))) await rm(path.join(this.dir, name), { force: true });
    }
  }
}

async function readStore(file: string): Promise<{ file: StoreFile; bytes: number } | null> {
  try {
    const text = await readFile(file, 'utf8');
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { file: parsed as StoreFile, bytes: text.length } : null;
  } catch {
    return null;
  }
}

function parseRecord(line: string): JournalRecord | null {
  try {
    const record = JSON.parse(line) as Partial<JournalRecord> | null;
    const isMap = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
    const isKeys = (value: unknown): boolean => Array.isArray(value) && value.every((key) => typeof key === 'string');
    if (!record || !Number.isInteger(record.generation) || typeof record.writtenAt !== 'number') return null;
    if (!isMap(record.files) || !isMap(record.pages) || !isMap(record.types) || !isKeys(record.unused) || !isKeys(record.dropped)) return null;
    return record as JournalRecord;
  } catch {
    return null;
  }
}
