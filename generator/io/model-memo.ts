import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocsIr } from '../model/ir.ts';

const FORMAT = 1;
/** `apiref-model-<build fingerprint>.json`: no other file in the cache folder is touched. */
const FILE = /^apiref-model-([0-9a-f]{16})\.json$/;

/** The model the last run merged, and from which page extracts (path → page store key). */
export interface ModelMemo {
  pages: Map<string, string>;
  ir: DocsIr;
}

/**
 * The last merged model, kept beside the page store under the fingerprint of the build that
 * merged it (any change to apiref's code is a miss). A missing, cut or malformed file is a
 * miss, never an error.
 */
export async function readModelMemo(dir: string, fingerprint: string): Promise<ModelMemo | null> {
  try {
    const parsed = JSON.parse(await readFile(memoFile(dir, fingerprint), 'utf8')) as Partial<MemoFile> | null;
    if (parsed?.apirefModel !== FORMAT || parsed.fingerprint !== fingerprint || !isPageList(parsed.pages) || !isModel(parsed.ir)) return null;
    return { pages: new Map(parsed.pages), ir: parsed.ir };
  } catch {
    return null;
  }
}

/**
 * Keeps the model for the next run, replacing the last one and the files of other builds. Not
 * flushed: a cache file lost in a crash is only a miss. A failed write is one too.
 */
export async function saveModelMemo(dir: string, fingerprint: string, memo: ModelMemo): Promise<void> {
  const file = memoFile(dir, fingerprint);
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const content: MemoFile = { apirefModel: FORMAT, fingerprint, pages: [...memo.pages], ir: memo.ir };
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, JSON.stringify(content));
    await rename(temporary, file);
    for (const name of await readdir(dir)) if (FILE.exec(name)?.[1] !== undefined && name !== path.basename(file)) await rm(path.join(dir, name), { force: true });
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

interface MemoFile {
  apirefModel: number;
  fingerprint: string;
  pages: [string, string][];
  ir: DocsIr;
}

const memoFile = (dir: string, fingerprint: string): string => path.join(dir, `apiref-model-${fingerprint.slice(0, 16)}.json`);

function isPageList(value: unknown): value is [string, string][] {
  return Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string');
}

function isModel(value: unknown): value is DocsIr {
  if (typeof value !== 'object' || value === null) return false;
  const ir = value as Partial<DocsIr>;
  return ir.irVersion === 1 && Array.isArray(ir.sources) && Array.isArray(ir.services) && Array.isArray(ir.diagnostics) && typeof ir.types === 'object' && ir.types !== null && !Array.isArray(ir.types);
}
