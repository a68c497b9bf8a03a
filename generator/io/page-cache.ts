import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageCache } from '../pipeline/types.ts';
import { writeFileAtomic } from './atomic-file.ts';

/**
 * The pipeline's page cache on disk: one JSON file per key, under a folder that git ignores.
 * An entry is written to a temporary file and renamed into place, so a killed run leaves
 * whole entries or none; an entry that cannot be read or does not hold its own key is a
 * miss (the page is parsed again), never an error. A failed write only costs a later parse.
 */
export class DiskPageCache implements PageCache {
  hits = 0;
  misses = 0;
  writeFailures = 0;

  constructor(readonly dir: string) {}

  async get(key: string): Promise<unknown | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.fileOf(key), 'utf8')) as { key?: unknown; value?: unknown };
      if (entry.key === key && 'value' in entry) {
        this.hits++;
        return entry.value;
      }
    } catch {
      // Missing, truncated by hand, or not JSON: parse the page again.
    }
    this.misses++;
    return undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    const file = this.fileOf(key);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ key, value }));
    } catch {
      this.writeFailures++;
    }
  }

  /** Keys hold `:` and may be long, so files are named by the key's hash, fanned out by its first byte. */
  private fileOf(key: string): string {
    const hash = createHash('sha256').update(key).digest('hex');
    return path.join(this.dir, hash.slice(0, 2), `${hash}.json`);
  }
}
