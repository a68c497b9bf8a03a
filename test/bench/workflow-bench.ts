import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../generator/cli/main.ts';
import { diffIr } from '../../generator/diff/diff-ir.ts';
import type { DocsIr } from '../../generator/model/ir.ts';
import { tempDir } from '../cli/run-cli.ts';

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });

/** Runs `apiref <args>` in this process and returns its wall time and stdout. */
async function timed(args: string[], cwd: string): Promise<{ seconds: number; stdout: string; code: number }> {
  let stdout = '';
  const out = new Writable({
    write(chunk, _encoding, done) {
      stdout += String(chunk);
      done();
    },
  });
  const started = performance.now();
  const code = await main(args, { stdout: out, stderr: quiet(), cwd });
  return { seconds: (performance.now() - started) / 1000, stdout, code };
}

const parsed = (stdout: string) => /parsed (\d+)/.exec(stdout)?.[1] ?? '?';

/**
 * The change workflow over a docs root: generate cold (empty cache) and warm, after one
 * page is edited, check, diff against the snapshot, and the diff engine alone.
 */
export async function benchWorkflow(docsRoot: string, pages: number): Promise<void> {
  const project = tempDir('bench-workflow');
  try {
    writeFileSync(join(project, 'apiref.config.json'), JSON.stringify({ docs: docsRoot, out: 'generated', cache: 'cache' }));
    const cold = await timed(['generate'], project);
    console.log(`apiref generate, cold cache (${pages} pages, parsed ${parsed(cold.stdout)}): ${cold.seconds.toFixed(2)} s`);
    const warm = await timed(['generate'], project);
    console.log(`apiref generate, warm cache (parsed ${parsed(warm.stdout)}): ${warm.seconds.toFixed(2)} s`);
    const page = readdirSync(docsRoot, { recursive: true }).map(String).find((path) => path.endsWith('.md'))!;
    appendFileSync(join(docsRoot, page), '\n');
    const edited = await timed(['generate'], project);
    console.log(`apiref generate, one page edited (parsed ${parsed(edited.stdout)}): ${edited.seconds.toFixed(2)} s`);
    const check = await timed(['check'], project);
    console.log(`apiref check, warm cache: ${check.seconds.toFixed(2)} s (exit ${check.code})`);
    const diff = await timed(['diff', '--format', 'json'], project);
    console.log(`apiref diff snapshot vs docs, warm cache: ${diff.seconds.toFixed(2)} s`);

    const ir = JSON.parse(readFileSync(join(project, 'generated/apiref.ir.json'), 'utf8')) as DocsIr;
    const changed = structuredClone(ir);
    for (const type of Object.values(changed.types)) if (type.kind === 'message') type.fields.reverse().pop();
    const started = performance.now();
    const changes = diffIr(ir, changed);
    console.log(
      `diff engine alone (${Object.keys(ir.types).length} types, a field removed from every message → ${changes.length} changes): ${(performance.now() - started).toFixed(0)} ms`,
    );
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
