/**
 * An output apiref will not write, decided before anything is written: a protected folder,
 * a folder it did not make, a folder it may not write, another run's lock. The CLI reports
 * it as a refusal (exit 2).
 */
export class OutputRefusal extends Error {}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file is larger than the system allows',
  EISDIR: 'a folder stands there',
  ENOTDIR: 'a file stands where a folder is needed',
  ENOENT: 'its folder does not exist',
};

/** An I/O error of a write, said in words with the path apiref was writing. */
export function writeFailure(what: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code && REASONS[code] ? `${REASONS[code]} (${code})` : error instanceof Error ? error.message : String(error);
  return new Error(`cannot write ${what}: ${reason}`, { cause: error });
}
