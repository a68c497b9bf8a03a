import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OutputRefusal } from './write-error.ts';

/** The file in an output folder that lists what apiref wrote there: its mark of ownership. */
export const MANIFEST_FILE = '.apiref-manifest.json';

const FORMAT = 'apiref-output-manifest';
const VERSION = 1;

/**
 * The manifest of a tree of files: its format, version and the sorted file paths, nothing
 * that changes from run to run (no time, no machine path), so the same files give the same bytes.
 */
export function formatManifest(files: Iterable<string>): string {
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const manifest = {
    $comment: 'Written by apiref: the files it owns in this folder. A run replaces these and keeps everything else.',
    format: FORMAT,
    version: VERSION,
    files: sorted,
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}

/**
 * The files the manifest of `dir` lists; null where the folder has no manifest. A manifest
 * apiref cannot read, or one of a later format, is a refusal: nothing in the folder may be
 * assumed to be apiref's.
 */
export async function readManifest(dir: string): Promise<Set<string> | null> {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const refuse = (why: string): never => {
    throw new OutputRefusal(`${file}: ${why}; apiref will not write into the folder`);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('not valid JSON');
  }
  const manifest = parsed as { format?: unknown; version?: unknown; files?: unknown };
  if (typeof parsed !== 'object' || parsed === null || manifest.format !== FORMAT) return refuse(`not an apiref manifest (no "format": "${FORMAT}")`);
  if (manifest.version !== VERSION) return refuse(`manifest version ${JSON.stringify(manifest.version)}, this apiref reads version ${VERSION}`);
  if (!Array.isArray(manifest.files) || !manifest.files.every(isRelativePath)) return refuse('"files" must be a list of relative paths');
  return new Set(manifest.files as string[]);
}

function isRelativePath(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && !value.startsWith('/') && value.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
