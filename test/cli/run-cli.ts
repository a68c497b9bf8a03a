import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../generator/cli/main.ts';
import { ROOT } from '../helpers/fixtures.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collector(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      stream.text += String(chunk);
      done();
    },
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

/** Runs the CLI in this process (fast), as `apiref <args>` run from `cwd`. */
export async function apiref(args: string[], cwd: string): Promise<CliResult> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(args, { stdout, stderr, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Starts `node bin/apiref.mjs <args>` as a child process. */
export function spawnApiref(args: string[], cwd: string, env: Record<string, string> = {}) {
  return spawn(process.execPath, [join(ROOT, 'bin/apiref.mjs'), ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `apiref-${prefix}-`));
}

/** Every file under `root` (relative path → text), for byte-for-byte comparisons. */
export function snapshotTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of readdirSync(root, { recursive: true }).map(String).sort()) {
    if (statSync(join(root, path)).isFile()) files[path.split('\\').join('/')] = readFileSync(join(root, path), 'latin1');
  }
  return files;
}

export function copyTree(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  return to;
}
