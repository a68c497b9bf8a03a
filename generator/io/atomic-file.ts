import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder, writeFileDurable } from './durable.ts';
import { writeFailure } from './write-error.ts';

/**
 * Writes a file by writing a temporary sibling, flushing it to the disk and renaming it
 * over, so readers see old or new, never half, and a full disk leaves the old file.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  if ((await stat(file).catch(() => null))?.isDirectory()) throw writeFailure(file, Object.assign(new Error(), { code: 'EISDIR' }));
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFileDurable(temporary, content);
    await rename(temporary, file);
    await syncFolder(path.dirname(file));
  } catch (error) {
    await rm(temporary, { force: true });
    throw writeFailure(file, error);
  }
}

/**
 * Writes a cache file aside and renames it over, so a reader never meets half of it (a run
 * killed mid-write leaves only the aside file); not flushed, since a cache file lost in a
 * crash is only a miss. Throws as the write did, with the aside file removed.
 */
export function replaceFileSync(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
