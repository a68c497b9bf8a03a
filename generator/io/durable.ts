import { open } from 'node:fs/promises';

/** Writes a file and flushes it to the disk before returning, so a power cut after a rename cannot leave it empty. */
export async function writeFileDurable(file: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a folder's entries (the names just created or renamed in it) to the disk. Windows
 * cannot open a folder for this and needs no such step; there it does nothing.
 */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network, FUSE) refuse to sync a folder; the data is still written.
    if (!['EINVAL', 'ENOTSUP', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
