import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Source } from '../model/ir.ts';
import type { PackedPage, PooledType, TypePool } from '../pipeline/packed-page.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { type FileEntry, type Line, type PageHead, parseLine, readStoreFile, type StoreFile, type StoreHeader, storeFileBytes } from './page-store-file.ts';
import { isPackedPage, isPageSource, isPooledType } from './page-store-shape.ts';

const FORMAT = 2;
/**
 * A store file's name: `apiref-pages-<extractor fingerprint>.jsonl`, and its journal's
 * `apiref-pages-<fingerprint>-<journal id>.journal`, so other files are never touched (a
 * `.json` one is the whole-JSON file of format 1, dropped when the store is saved).
 */
const FILE = /^apiref-pages-([0-9a-f]{16})(?:(\.jsonl?)|-([0-9a-f]{8})\.journal)$/;
/** The journal is folded into the store file when it grows past this share of it, or this many saves. */
const JOURNAL_SHARE = 0.25;
const JOURNAL_RECORDS = 16;
/** An entry unused for this many saves is dropped: the store holds what recent runs read. */
const KEEP_GENERATIONS = 4;
/** A file modified this close to the store's writing may have changed after it was hashed. */
const RACY_MS = 2_000;

/** What the store tells of a page without reading its extract. */
export interface StoredHead {
  source: Source;
  notApiReference: boolean;
}

interface StoredPage extends StoredHead {
  generation: number;
  /** The extract once read (or set by this run); until then, its line in the store file. */
  page: PackedPage | null;
  line: Line | null;
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
 * warm run reads no unchanged page, as git's index does). One file per extractor
 * fingerprint, written whole and atomically: a header line listing the files and pages, then
 * one line per extract and per type, parsed only when a run asks for that page (a run that
 * reuses the kept model parses none). A journal beside it gets what a save learned (after one
 * page changed, a few kilobytes, not the whole reference's extracts again); it is folded into
 * a new file when it grows, and entries no recent run used are dropped. A file, a journal
 * record, a line or an entry of the wrong shape is a miss, never an error; so is a file of
 * another format or fingerprint.
 */
export class PageStore {
  readonly pool: TypePool = new Map();
  #files = new Map<string, FileEntry>();
  #pages = new Map<string, StoredPage>();
  /** The store file's bytes, which the lines not yet read point into. */
  #bytes: Buffer = Buffer.alloc(0);
  /** The types of the store file not yet read into the pool, by key. */
  #typeLines = new Map<string, Line>();
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
    const stored = await readStoreFile(store.file);
    if (stored?.header.apirefPageStore === FORMAT && stored.header.fingerprint === fingerprint) {
      store.#load(stored);
      if (typeof stored.header.journal === 'string' && /^[0-9a-f]{8}$/.test(stored.header.journal)) await store.#replay(stored.header.journal, stored.bytes.length);
    }
    return store;
  }

  get file(): string {
    return path.join(this.dir, `apiref-pages-${this.fingerprint}.jsonl`);
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

  /** What the store holds of a page, without reading its extract; the page counts as used. */
  head(key: string): StoredHead | undefined {
    const stored = this.#pages.get(key);
    if (stored) this.#used.add(key);
    return stored;
  }

  /**
   * A stored page's extract, its types read into the pool; undefined where it is not stored
   * or its line or a type's is damaged (the entry is then forgotten).
   */
  page(key: string): PackedPage | undefined {
    const stored = this.#pages.get(key);
    if (!stored) return undefined;
    stored.page ??= this.#readPage(stored.line!);
    if (stored.page === null || !stored.page.types.every(([type]) => this.#hasType(type))) {
      this.#pages.delete(key);
      return undefined;
    }
    this.#used.add(key);
    return stored.page;
  }

  #readPage(line: Line): PackedPage | null {
    const page = parseLine(this.#bytes, line);
    return isPackedPage(page) ? page : null;
  }

  #hasType(key: string): boolean {
    if (this.pool.has(key)) return true;
    const line = this.#typeLines.get(key);
    const type = line === undefined ? null : parseLine(this.#bytes, line);
    if (!isPooledType(type)) {
      // Not saved after all: a run that extracts it again journals it.
      this.#typeLines.delete(key);
      this.#savedTypes.delete(key);
      return false;
    }
    this.pool.set(key, type);
    return true;
  }

  set(key: string, page: PackedPage, types: Iterable<[string, PooledType]>): void {
    for (const [typeKey, type] of types) {
      if (!this.#savedTypes.has(typeKey)) this.#newTypes.add(typeKey);
      this.pool.set(typeKey, type);
    }
    this.#pages.set(key, { generation: this.#generation + 1, source: page.source, notApiReference: page.notApiReference === true, page, line: null });
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

  /**
   * The whole store in a new file, with a new, empty journal; the entries no recent run used
   * are left out, and so are the types no page kept refers to. A line not read is copied as
   * it is.
   */
  async #rewrite(generation: number): Promise<void> {
    const heads: PageHead[] = [];
    const lines: (string | Uint8Array)[] = [];
    const types = new Map<string, string | Uint8Array>();
    for (const [key, stored] of this.#pages) {
      const used = this.#used.has(key);
      if (!used && stored.generation <= generation - KEEP_GENERATIONS) continue;
      const page = stored.page ?? this.#readPage(stored.line!);
      const typeLines = page?.types.map(([type]) => [type, this.#typeLine(type)] as const);
      if (page === null || typeLines === undefined || typeLines.some(([, line]) => line === null)) continue;
      for (const [type, line] of typeLines) types.set(type, line!);
      heads.push([key, used ? generation : stored.generation, stored.source, stored.notApiReference]);
      lines.push(stored.line === null ? JSON.stringify(page) : this.#lineBytes(stored.line));
    }
    const live = new Set(heads.map(([key]) => key));
    const files = Object.fromEntries([...this.#files].filter(([, entry]) => live.has(entry.key)));
    const id = randomBytes(4).toString('hex');
    const writtenAt = Date.now();
    const header: StoreHeader = { apirefPageStore: FORMAT, fingerprint: this.fingerprint, writtenAt, generation, journal: id, files, pages: heads, types: [...types.keys()] };
    const bytes = storeFileBytes(header, [...lines, ...types.values()]);
    await writeFileAtomic(this.file, bytes);
    this.#writtenAt = writtenAt;
    this.#journal = { id, bytes: 0, records: 0, storeBytes: bytes.length };
    this.#savedTypes = new Set(types.keys());
    await this.#dropOtherFiles(id);
  }

  /** A type's line: its bytes in the store file, or its JSON from the pool; null where it is in neither. */
  #typeLine(key: string): string | Uint8Array | null {
    const line = this.#typeLines.get(key);
    if (line !== undefined) return this.#lineBytes(line);
    const type = this.pool.get(key);
    return type === undefined ? null : JSON.stringify(type);
  }

  #lineBytes(line: Line): Uint8Array {
    return this.#bytes.subarray(line.start, line.end);
  }

  /** This run's additions as one journal line, flushed; the entries in memory aged as a rewrite would have. */
  async #append(journal: Journal, generation: number): Promise<void> {
    const record: JournalRecord = { generation, writtenAt: Date.now(), files: {}, pages: {}, types: {}, unused: [], dropped: [] };
    for (const file of this.#newFiles) record.files[file] = this.#files.get(file)!;
    for (const key of this.#newPages) {
      const page = this.#pages.get(key)?.page;
      if (page) record.pages[key] = page;
    }
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
    for (const [key, page] of Object.entries(record.pages)) {
      if (isPackedPage(page)) this.#pages.set(key, { generation: record.generation, source: page.source, notApiReference: page.notApiReference === true, page, line: null });
    }
    for (const [key, type] of Object.entries(record.types)) if (isPooledType(type)) this.#pool(key, type);
    this.#loadFiles(record.files);
    this.#generation = record.generation;
    this.#writtenAt = record.writtenAt;
  }

  #load({ header, bytes, pageLines, typeLines }: StoreFile): void {
    this.#generation = Number.isInteger(header.generation) ? header.generation : 0;
    this.#writtenAt = typeof header.writtenAt === 'number' ? header.writtenAt : 0;
    this.#bytes = bytes;
    header.types.forEach((key, index) => {
      if (typeof key !== 'string') return;
      this.#typeLines.set(key, typeLines[index]!);
      this.#savedTypes.add(key);
    });
    header.pages.forEach((head, index) => {
      if (!isPageHead(head)) return;
      const [key, generation, source, notApiReference] = head;
      this.#pages.set(key, { generation, source, notApiReference, page: null, line: pageLines[index]! });
    });
    this.#loadFiles(header.files);
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
      const stale = match !== null && (match[1] !== this.fingerprint || match[2] === '.json' || (match[3] !== undefined && match[3] !== journal));
      if (stale) await rm(path.join(this.dir, name), { force: true });
    }
  }
}

function isPageHead(value: unknown): value is PageHead {
  return Array.isArray(value) && value.length === 4 && typeof value[0] === 'string' && Number.isInteger(value[1]) && isPageSource(value[2]) && typeof value[3] === 'boolean';
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
