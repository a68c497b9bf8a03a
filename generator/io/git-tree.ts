import { execFile, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { safeJoin } from './atomic-tree.ts';

const run = promisify(execFile);

/** Raised for a revision or path that git does not know; the CLI reports it as bad usage. */
export class GitSideError extends Error {}

async function git(repoDir: string, args: string[]): Promise<Buffer> {
  try {
    const { stdout } = await run('git', ['-C', repoDir, ...args], { encoding: 'buffer', maxBuffer: 1 << 30 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new GitSideError(stderr || (error as Error).message);
  }
}

/** The top of the work tree that contains `dir`. */
export async function gitTopLevel(dir: string): Promise<string> {
  return (await git(dir, ['rev-parse', '--show-toplevel'])).toString().trim();
}

async function verifyRevision(repoDir: string, rev: string): Promise<void> {
  if (rev.startsWith('-')) throw new GitSideError(`'${rev}' is not a revision`);
  await git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).catch(() => {
    throw new GitSideError(`unknown revision '${rev}'`);
  });
}

interface Blob {
  path: string;
  oid: string;
}

/**
 * Writes the files under `treePath` (relative to the repository root) as they stood at
 * `rev` into `into`, laid out relative to `treePath`. Reads every blob through one
 * `git cat-file --batch`, so ten thousand pages cost two processes, not ten thousand.
 * Returns the number of files written.
 */
export async function exportGitTree(repoDir: string, rev: string, treePath: string, into: string): Promise<number> {
  await verifyRevision(repoDir, rev);
  const prefix = treePath.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
  const listing = await git(repoDir, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', rev, '--', prefix || '.']);
  const blobs = parseTree(listing);
  if (blobs.length === 0) throw new GitSideError(`'${prefix}' holds no files at ${rev}`);
  const contents = await catBlobs(repoDir, blobs.map((blob) => blob.oid));
  await mkdir(into, { recursive: true });
  for (const [i, blob] of blobs.entries()) {
    const relative = prefix && blob.path !== prefix ? path.posix.relative(prefix, blob.path) : path.posix.basename(blob.path);
    const target = safeJoin(into, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents[i]!);
  }
  return blobs.length;
}

/** One file's bytes at `rev` (e.g. a committed model snapshot). */
export async function readGitFile(repoDir: string, rev: string, filePath: string): Promise<Buffer> {
  await verifyRevision(repoDir, rev);
  return git(repoDir, ['cat-file', 'blob', `${rev}:${filePath.replace(/\\/g, '/').replace(/^\.?\/+/, '')}`]);
}

/** Whether `filePath` is a file (not a folder) at `rev`. */
export async function isGitFile(repoDir: string, rev: string, filePath: string): Promise<boolean> {
  await verifyRevision(repoDir, rev);
  const spec = `${rev}:${filePath.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '')}`;
  const type = await git(repoDir, ['cat-file', '-t', spec]).catch(() => null);
  return type?.toString().trim() === 'blob';
}

/** `<mode> <type> <oid>\t<path>\0` entries; symlinks and submodules hold no pages. */
function parseTree(listing: Buffer): Blob[] {
  const blobs: Blob[] = [];
  for (const entry of listing.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000' && oid) blobs.push({ path: entry.slice(tab + 1), oid });
  }
  return blobs;
}

/** Reads blobs in order through `git cat-file --batch` (`<oid> blob <size>\n<bytes>\n` each). */
function catBlobs(repoDir: string, oids: string[]): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repoDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new GitSideError(Buffer.concat(errors).toString().trim() || `git cat-file exited ${code}`));
      try {
        resolve(splitBatch(Buffer.concat(chunks), oids.length));
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(oids.join('\n') + '\n');
  });
}

function splitBatch(output: Buffer, count: number): Buffer[] {
  const blobs: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = output.indexOf(0x0a, at);
    const header = output.subarray(at, eol).toString();
    const size = Number(header.split(' ')[2]);
    if (eol < 0 || !Number.isInteger(size)) throw new GitSideError(`unexpected git cat-file output: '${header}'`);
    blobs.push(output.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return blobs;
}
