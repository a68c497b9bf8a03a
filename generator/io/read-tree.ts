import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file under `root` as relative `/`-separated path → bytes, skipping the top-level
 * entries in `skip`. A missing folder reads as empty.
 */
export async function readTree(root: string, skip: readonly string[] = []): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (prefix === '' && skip.includes(entry.name)) continue;
      const relative = prefix + entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), `${relative}/`);
      else files.set(relative, await readFile(path.join(dir, entry.name)));
    }
  };
  await walk(root, '');
  return files;
}
