import { readFile } from 'node:fs/promises';
import type { Source } from '../model/ir.ts';

/** What a file's metadata must match for its last content key to be trusted unread. */
export interface FileEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  key: string;
}

/** A page as the store file's header lists it: what a run reads of it before (or instead of) its extract. */
export type PageHead = [key: string, generation: number, source: Source, notApiReference: boolean];

/**
 * The first line of a store file. The lines after it are the pages' extracts in the order of
 * `pages`, then the types in the order of `types`, one JSON value each, so a run that needs
 * few of them parses only those.
 */
export interface StoreHeader {
  apirefPageStore: number;
  fingerprint: string;
  writtenAt: number;
  generation: number;
  /** The id of the journal that continues this file. */
  journal: string;
  files: Record<string, FileEntry>;
  pages: PageHead[];
  types: string[];
}

/** Where one line's JSON is in the file's bytes. */
export interface Line {
  start: number;
  end: number;
}

export interface StoreFile {
  header: StoreHeader;
  bytes: Buffer;
  pageLines: Line[];
  typeLines: Line[];
}

const NEWLINE = 0x0a;

/** The store file split into lines without parsing them; null where it is missing or cut (fewer or more lines than its header lists). */
export async function readStoreFile(file: string): Promise<StoreFile | null> {
  const bytes = await readFile(file).catch(() => null);
  if (bytes === null) return null;
  const lines = linesOf(bytes);
  const first = lines.shift();
  const header = first === undefined ? null : parseLine(bytes, first);
  if (!isHeaderShaped(header) || lines.length !== header.pages.length + header.types.length) return null;
  return { header, bytes, pageLines: lines.slice(0, header.pages.length), typeLines: lines.slice(header.pages.length) };
}

/** A line's JSON value; null where it does not parse. */
export function parseLine(bytes: Buffer, line: Line): unknown {
  try {
    return JSON.parse(bytes.toString('utf8', line.start, line.end)) as unknown;
  } catch {
    return null;
  }
}

/** The file's bytes: the header, then each line as given (a stored line's bytes are copied, not parsed and printed again). */
export function storeFileBytes(header: StoreHeader, lines: readonly (string | Uint8Array)[]): Buffer {
  const parts: Uint8Array[] = [Buffer.from(`${JSON.stringify(header)}\n`)];
  for (const line of lines) parts.push(typeof line === 'string' ? Buffer.from(line) : line, NEWLINE_BYTE);
  return Buffer.concat(parts);
}

const NEWLINE_BYTE = Buffer.from('\n');

/** Every line ended by a newline; bytes after the last newline (a cut write) make the file unreadable. */
function linesOf(bytes: Buffer): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0) return [];
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

function isHeaderShaped(value: unknown): value is StoreHeader {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const header = value as Partial<StoreHeader>;
  return Array.isArray(header.pages) && Array.isArray(header.types) && typeof header.files === 'object' && header.files !== null;
}
