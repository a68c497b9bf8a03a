import { randomBytes } from 'node:crypto';
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
