/**
 * `npm run bench -- [--corpus DIR] [--mix] [--scaling] [--no-bare | --bare-every N] [--validators]`
 *
 * Figures for a docs tree (default: the shipped docs/), each command run in a fresh process
 * from the build, so that its peak RSS (worker threads included) is its own:
 * - a bare remark-parse + remark-gfm parse of the same pages on one thread, the yardstick;
 * - cold generate (empty page cache) by stage (list, read, parse+extract, merge, emit, write),
 *   pages/s, MB/s, peak RSS and the ratio to the bare parse; warm generate; generate after one
 *   page is edited (the first current-layout gRPC page, and the largest page); check; diff of
 *   the snapshot against the docs;
 * - the package: files, MB, gzip MB and the time of a strict tsc over it;
 * - the CLI's start-up time (`apiref --help`, `apiref generate --help`);
 * - with --scaling, cold `apiref ir` over 1k, 5k pages and the whole tree: cost per page;
 * - with --mix, the tree gets the repo's real pages (docs/, surveys) and the docs-clone pages
 *   (concept, how-to and index pages) copied over it, as a docs clone mixes them;
 * - with --validators, the validators' throughput on the shipped docs' model.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { tempDir } from '../cli/run-cli.ts';
import { DOCS, FIXTURES, ROOT } from '../helpers/fixtures.ts';
import { benchEmit } from './emit-bench.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, mix: { type: 'boolean' }, scaling: { type: 'boolean' }, 'no-bare': { type: 'boolean' }, 'bare-every': { type: 'string' }, validators: { type: 'boolean' } },
});

interface Measured {
  code: number;
  ms: number;
  /** CPU of every thread of the process: what the run costs whatever else the machine does. */
  cpuMs: number;
  maxRssMb: number;
  stdout: string;
  stderr: string;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function run(script: string, args: string[]): Measured {
  const result = join(tempDir('bench-result'), 'result.json');
  execFileSync(process.execPath, [join(ROOT, 'test/bench', script), result, ...args], { stdio: 'inherit', maxBuffer: 1 << 30 });
  return JSON.parse(readFileSync(result, 'utf8')) as Measured;
}

const apiref = (cwd: string, args: string[]): Measured => run('measure.mjs', [cwd, ...args]);

function markdownPages(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((path) => /^(en|ru)\/.+\.md$/.test(path))
    .sort();
}

/** The corpus as the bench reads it: a copy, so edits and the mix never touch the original. */
function prepareCorpus(): string {
  const docs = join(tempDir('bench-docs'), 'docs');
  cpSync(values.corpus ?? DOCS, docs, { recursive: true });
  if (values.mix) {
    for (const real of [DOCS, ...['survey', 'survey2', 'survey3'].map((name) => join(FIXTURES, name, 'docs'))]) cpSync(real, docs, { recursive: true });
    cpSync(join(FIXTURES, 'docs-clone'), docs, { recursive: true, filter: (path) => !path.endsWith('README.md') });
  }
  return docs;
}

function stageLine(report: { run: { stats: { times: Record<string, number> } } }): string {
  const times = report.run.stats.times;
  return ['walk', 'read', 'extract', 'merge', 'emit', 'write'].filter((stage) => times[stage] !== undefined).map((stage) => `${stage} ${seconds(times[stage]!)}`).join(', ');
}

function generate(project: string, label: string): { measured: Measured; report: { run: { stats: Record<string, number> & { times: Record<string, number> } } } } {
  const reportFile = join(project, `${label.replace(/\W+/g, '-')}.report.json`);
  const measured = apiref(project, ['generate', '--quiet', '--report', reportFile]);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const stats = report.run.stats as Record<string, unknown>;
  console.log(`generate ${label}: ${seconds(measured.ms)} (${seconds(measured.cpuMs)} CPU, exit ${measured.code}), peak RSS ${measured.maxRssMb.toFixed(0)} MB; parsed ${stats.parsed}, from cache ${stats.fromStore}`);
  console.log(`  stages: ${stageLine(report)}; model ${String(stats.model)}`);
  return { measured, report };
}

function packageFigures(out: string): void {
  const files = readdirSync(out, { recursive: true }).map(String).filter((path) => statSync(join(out, path)).isFile());
  const contents = files.map((path) => readFileSync(join(out, path)));
  const bytes = contents.reduce((sum, content) => sum + content.length, 0);
  const gzip = gzipSync(Buffer.concat(contents)).length;
  console.log(`package: ${files.length} files, ${mb(bytes)}, ${mb(gzip)} gzip`);
  const started = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(out, 'tsconfig.json'), '--noEmit'], { stdio: 'inherit' });
  console.log(`package: strict tsc --noEmit ${seconds(performance.now() - started)}`);
}

/**
 * The yardstick's wall time over the pages; with `every` > 1 only every `every`-th page is
 * parsed and the time is scaled by bytes (the parse is linear), which the line says.
 */
function bareParse(docs: string, pages: string[], project: string, every: number): number {
  const sample = pages.filter((_page, index) => index % every === 0);
  const list = join(project, 'pages.txt');
  writeFileSync(list, sample.map((page) => join(docs, page)).join('\n'));
  const result = run('bare-parse.mjs', [list]) as Measured & { bytes: number; cpuMs: number };
  const all = pages.reduce((sum, page) => sum + statSync(join(docs, page)).size, 0);
  const sampled = sample.reduce((sum, page) => sum + statSync(join(docs, page)).size, 0);
  const scale = all / sampled;
  const ms = result.ms * scale;
  const estimate = every > 1 ? `, estimated from every ${every}th page (${mb(sampled)}, ${seconds(result.ms)} wall, ${seconds(result.cpuMs)} CPU) scaled by bytes` : `, ${seconds(result.cpuMs)} CPU`;
  console.log(`bare remark-parse + remark-gfm, one thread: ${seconds(ms)}, ${(pages.length / (ms / 1000)).toFixed(0)} pages/s, ${mb(all / (ms / 1000))}/s${estimate}`);
  return ms;
}

/** The CLI's start-up: the fastest of five runs of each command, as a user's shell starts it. */
function startup(): void {
  for (const args of [['--help'], ['generate', '--help']]) {
    let best = Infinity;
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      execFileSync(process.execPath, [join(ROOT, 'bin/apiref.mjs'), ...args], { stdio: 'ignore' });
      best = Math.min(best, performance.now() - started);
    }
    console.log(`start-up: apiref ${args.join(' ')} ${seconds(best)}`);
  }
}

/** Cold `apiref ir` over the first products' pages, up to each size: the cost per page should not grow. */
function scaling(docs: string, pages: string[]): void {
  const byFolder = new Map<string, string[]>();
  for (const page of pages) {
    const folder = page.split('/').slice(1, 2).join('/');
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), page]);
  }
  for (const size of [1000, 5000, pages.length]) {
    if (size > pages.length) continue;
    const subset = join(tempDir('bench-scale'), 'docs');
    let count = 0;
    for (const [, list] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (count >= size) break;
      for (const page of list) {
        mkdirSync(join(subset, page, '..'), { recursive: true });
        cpSync(join(docs, page), join(subset, page));
      }
      count += list.length;
    }
    const measured = apiref(join(subset, '..'), ['ir', '--docs', subset, '--no-cache', '--quiet', '--out', join(subset, '..', 'ir.json')]);
    console.log(`scaling: ${count} pages cold ir ${seconds(measured.ms)} (${seconds(measured.cpuMs)} CPU), ${(measured.ms / count).toFixed(1)} ms/page, peak RSS ${measured.maxRssMb.toFixed(0)} MB`);
  }
}

/** A words-only edit of a method page (its first paragraph under the title), so that its product's client is printed again. */
function editDescription(lines: string[]): boolean {
  const title = lines.findIndex((line) => line.startsWith('# '));
  const paragraph = lines.findIndex((line, index) => index > title && line.trim() !== '');
  if (title < 0 || paragraph < 0) return false;
  lines[paragraph] += ' Edited by the bench.';
  return true;
}

/**
 * A words-only edit of a field's description (the last line of a YFM table row, or a pipe table
 * row's description cell), so that a type changes and its product's types and validators are
 * printed again too.
 */
function editFieldDescription(lines: string[]): boolean {
  const yfm = lines.findIndex((line) => line.endsWith(' ||') && !line.startsWith('||'));
  if (yfm >= 0) {
    lines[yfm] = `${lines[yfm]!.slice(0, -' ||'.length)} Edited by the bench. ||`;
    return true;
  }
  const pipe = lines.findIndex((line) => /^\w+(?:\[\])? \| \*\*[^*]+\*\*<br>\S/.test(line));
  if (pipe < 0) return false;
  lines[pipe] += ' Edited by the bench.';
  return true;
}

/** A paragraph added under the title: the words of the page's method change and the lines below move (the kept model's places on the page are renamed). */
function addParagraph(lines: string[]): boolean {
  const title = lines.findIndex((line) => line.startsWith('# '));
  if (title < 0) return false;
  lines.splice(title + 1, 0, '', 'A paragraph added by the bench.');
  return true;
}

/** Each file of a folder by its inode: the output's unchanged files keep theirs (they are linked, not written). */
function inodes(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true }).map(String);
  return new Map(files.flatMap((path) => {
    const info = statSync(join(dir, path));
    return info.isFile() ? [[path, info.ino] as [string, number]] : [];
  }));
}

/** Edits a page in place and regenerates; a page the edit finds nothing to change in is said so, not measured. */
function editAndGenerate(project: string, page: string, label: string, edit: (lines: string[]) => boolean): void {
  const lines = readFileSync(page, 'utf8').split('\n');
  if (!edit(lines)) {
    console.log(`generate ${label}: ${page} has nothing this edit changes; not measured`);
    return;
  }
  writeFileSync(page, lines.join('\n'));
  const before = inodes(join(project, 'generated'));
  generate(project, label);
  const after = inodes(join(project, 'generated'));
  const written = [...after].filter(([path, inode]) => before.get(path) !== inode).map(([path]) => path);
  console.log(`  edited ${relative(project, page)}; written again: ${written.sort().join(', ') || 'nothing'}`);
}

async function main(): Promise<void> {
  startup();
  const docs = prepareCorpus();
  const project = join(docs, '..');
  const pages = markdownPages(docs);
  const bytes = pages.reduce((sum, page) => sum + statSync(join(docs, page)).size, 0);
  console.log(`corpus: ${values.corpus ?? 'docs/'}${values.mix ? ' + the real and docs-clone pages' : ''}: ${pages.length} markdown pages, ${mb(bytes)}`);
  writeFileSync(join(project, 'apiref.config.json'), JSON.stringify({ docs: 'docs', out: 'generated', cache: '.apiref-cache' }));

  const bare = values['no-bare'] ? null : bareParse(docs, pages, project, Number(values['bare-every'] ?? 1));
  const cold = generate(project, 'cold');
  const stats = cold.report.run.stats;
  console.log(`  ${stats.pages} API pages (${stats.skipped} skipped as not API reference, ${stats.failed} failed); ${stats.services} services, ${stats.methods} methods, ${stats.types} types`);
  console.log(`  ${(pages.length / (cold.measured.ms / 1000)).toFixed(0)} pages/s, ${mb(bytes / (cold.measured.ms / 1000))}/s${bare ? `; ratio to the bare parse ${(cold.measured.ms / bare).toFixed(2)}` : ''}`);
  generate(project, 'warm');
  // A current-layout gRPC page where there is one: it speaks first for its methods and types, so its edits show in the output.
  const speaksFirst = pages.find((page) => page.includes('/api-ref/grpc/') && !page.includes('/_api-ref')) ?? pages.find((page) => page.includes('/api-ref/'));
  const edited = join(docs, speaksFirst ?? pages[0]!);
  editAndGenerate(project, edited, 'one page edited (a method description)', editDescription);
  editAndGenerate(project, edited, "one page edited (a field's description)", editFieldDescription);
  editAndGenerate(project, edited, 'one page edited (a paragraph added: lines move)', addParagraph);
  // The largest page: its parse trees are kept, so only the chunk an edit touches is parsed again.
  const largest = join(docs, pages.reduce((big, page) => (statSync(join(docs, page)).size > statSync(join(docs, big)).size ? page : big)));
  editAndGenerate(project, largest, 'the largest page edited (a method description)', editDescription);
  editAndGenerate(project, largest, "the largest page edited (a field's description)", editFieldDescription);
  const check = apiref(project, ['check', '--quiet']);
  console.log(`check: ${seconds(check.ms)} (${seconds(check.cpuMs)} CPU, exit ${check.code}), peak RSS ${check.maxRssMb.toFixed(0)} MB`);
  const diff = apiref(project, ['diff', '--format', 'json']);
  console.log(`diff of the snapshot against the docs: ${seconds(diff.ms)} (exit ${diff.code})`);
  packageFigures(join(project, 'generated'));
  if (values.scaling) scaling(docs, pages);
  if (values.validators) await benchEmit((await buildIr({ docsDir: DOCS })).ir);
  rmSync(project, { recursive: true, force: true });
}

await main();
