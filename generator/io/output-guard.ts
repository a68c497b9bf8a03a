import { constants } from 'node:fs';
import { access, lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE, readManifest } from './manifest.ts';
import { OutputRefusal } from './write-error.ts';

/** The folders a run must never write over: where it was started and what it reads. */
export interface ProtectedPlaces {
  cwd: string;
  docs: string;
}

/**
 * Refuses an output folder that is, or holds, the working directory, the docs folder or
 * the project (the nearest folder above either with a package.json or .git): replacing it
 * would replace them.
 */
export async function refuseProtectedOutput(out: string, places: ProtectedPlaces): Promise<void> {
  const target = await realish(out);
  const shown = (place: string): string => path.relative(places.cwd, place) || '.';
  const guarded: [string, string][] = [
    [await realish(places.cwd), 'the working directory'],
    [await realish(places.docs), `the docs folder (${shown(places.docs)})`],
  ];
  for (const root of await projectRoots([places.cwd, places.docs])) guarded.push([root, `the project root (${shown(root)}, which holds ${await rootMark(root)})`]);
  const refuse = (how: string, what: string): never => {
    throw new OutputRefusal(`refusing to write into ${shown(out)}: it ${how} ${what}; give the output a folder of its own`);
  };
  for (const [place, what] of guarded) if (place === target) refuse('is', what);
  for (const [place, what] of guarded) if (isInside(target, place)) refuse('holds', what);
}

/**
 * The files the manifest of an existing output folder says are apiref's (an empty set for
 * a missing or empty folder). A folder with no manifest and anything in it but the kept
 * entries was not made by apiref: refused, naming its first entry.
 */
export async function ownedFiles(out: string, keep: readonly string[], shown: string): Promise<Set<string>> {
  const info = await lstat(out).catch(() => null);
  if (info === null) return new Set();
  // Swapping would replace the link, not the folder it points to: the user says which they mean.
  if (info.isSymbolicLink()) throw new OutputRefusal(`refusing to write into ${shown}: it is a symbolic link; give the folder it points to with --out`);
  if (!info.isDirectory()) throw new OutputRefusal(`refusing to write into ${shown}: it is a file, not a folder`);
  const manifest = await readManifest(out);
  if (manifest !== null) return manifest;
  const foreign = (await readdir(out)).filter((name) => !keep.includes(name)).sort();
  if (foreign.length > 0) {
    throw new OutputRefusal(
      `refusing to write into ${shown}: it is not empty and has no ${MANIFEST_FILE}, so apiref did not make it ` +
        `(first entry: ${foreign[0]}). Give an empty or new folder with --out; if the folder is the output of an apiref ` +
        'from before manifests, delete it and run again',
    );
  }
  return new Set();
}

/** Refuses an output whose folder (or the nearest existing folder above it) apiref may not write. */
export async function refuseUnwritable(out: string, shown: string): Promise<void> {
  let place = path.resolve(out);
  if (!(await stat(place).catch(() => null))) place = path.dirname(place);
  while (!(await stat(place).catch(() => null)) && path.dirname(place) !== place) place = path.dirname(place);
  const places = place === path.resolve(out) ? [place, path.dirname(place)] : [place];
  for (const folder of places) {
    try {
      await access(folder, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EROFS' ? 'is on a read-only file system' : 'is not writable';
      throw new OutputRefusal(`cannot write ${shown}: the folder ${folder} ${why} (${code})`);
    }
  }
}

/** The nearest folders above each start (itself included) that hold a package.json or a .git. */
async function projectRoots(starts: readonly string[]): Promise<string[]> {
  const roots = new Set<string>();
  for (const start of starts) {
    for (let dir = await realish(start); ; dir = path.dirname(dir)) {
      if (await rootMark(dir)) {
        roots.add(dir);
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  return [...roots];
}

async function rootMark(dir: string): Promise<string> {
  for (const mark of ['package.json', '.git']) if (await stat(path.join(dir, mark)).catch(() => null)) return mark;
  return '';
}

/** The real path of a path that may not exist yet: its nearest existing folder resolved, the rest appended. */
async function realish(target: string): Promise<string> {
  const resolved = path.resolve(target);
  const rest: string[] = [];
  for (let dir = resolved; ; dir = path.dirname(dir)) {
    const real = await realpath(dir).catch(() => null);
    if (real !== null) return path.join(real, ...rest.reverse());
    if (path.dirname(dir) === dir) return resolved;
    rest.push(path.basename(dir));
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
