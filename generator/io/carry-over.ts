import { lstat, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE } from './manifest.ts';

/** What of an old output folder a write carries into the new one. */
export interface CarryOverPlan {
  /** Entries not apiref's (kept, or put there by someone else), each moved as a whole: `/`-separated paths. */
  moves: string[];
  /** Entries not apiref's standing where the new output writes: the write must not go on. */
  conflicts: string[];
}

/**
 * Walks the old folder: what its manifest lists (`owned`) and the manifest are dropped;
 * every other entry is moved to the same place in the new tree (`files`), a folder as a
 * whole where neither tree has files of apiref's in it. The top-level `keep` entries are
 * moved as a whole.
 */
export async function planCarryOver(oldDir: string, owned: ReadonlySet<string>, files: ReadonlySet<string>, keep: readonly string[]): Promise<CarryOverPlan> {
  const plan: CarryOverPlan = { moves: [], conflicts: [] };
  const ownedDirs = foldersOf(owned);
  const newDirs = foldersOf(files);
  const blocked = (relative: string): boolean => files.has(relative) || newDirs.has(relative) || ancestors(relative).some((dir) => files.has(dir));
  const carry = (relative: string): void => {
    (blocked(relative) ? plan.conflicts : plan.moves).push(relative);
  };
  const visit = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relative = prefix + entry.name;
      if (prefix === '' && keep.includes(entry.name)) carry(relative);
      else if (prefix === '' && entry.name === MANIFEST_FILE) continue;
      else if (entry.isDirectory() && (ownedDirs.has(relative) || newDirs.has(relative))) await visit(path.join(dir, entry.name), `${relative}/`);
      else if (entry.isDirectory() || !owned.has(relative)) carry(relative);
    }
  };
  await visit(oldDir, '');
  return plan;
}

/** Moves the planned entries from the old folder into the new one, never over an entry there. */
export async function carryOver(oldDir: string, newDir: string, moves: readonly string[]): Promise<void> {
  for (const relative of moves) {
    const to = path.join(newDir, ...relative.split('/'));
    if (await lstat(to).catch(() => null)) throw new Error(`${relative} is in both ${oldDir} and ${newDir}; the old folder is kept`);
    await mkdir(path.dirname(to), { recursive: true });
    await rename(path.join(oldDir, ...relative.split('/')), to);
  }
}

/** Every folder that holds one of the files, as `/`-separated paths. */
function foldersOf(files: ReadonlySet<string>): Set<string> {
  const dirs = new Set<string>();
  for (const file of files) for (const dir of ancestors(file)) dirs.add(dir);
  return dirs;
}

function ancestors(relative: string): string[] {
  const parts = relative.split('/');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
}
