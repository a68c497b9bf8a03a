import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocsIr } from '../../generator/model/ir.ts';
import { serializeIr } from '../../generator/model/serialize.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { DOCS } from '../helpers/fixtures.ts';
import { apiref, copyTree, snapshotTree, spawnApiref, tempDir } from './run-cli.ts';

const PAGE = 'en/_api-ref/mdb/postgresql/api-ref/Cluster/listBackups.md';

/** The shipped docs' pages, in the order given. */
function docsPages(): Array<[string, Buffer]> {
  return readdirSync(DOCS, { recursive: true })
    .map(String)
    .filter((path) => /^(en|ru)\/.+\.md$/.test(path.split('\\').join('/')) && statSync(join(DOCS, path)).isFile())
    .sort()
    .map((path) => [path.split('\\').join('/'), readFileSync(join(DOCS, path))]);
}

let project: string;
let first: { code: number; stdout: string; stderr: string };
beforeAll(async () => {
  project = tempDir('generate');
  copyTree(DOCS, join(project, 'docs'));
  writeFileSync(join(project, 'apiref.config.json'), JSON.stringify({ package: { name: '@acme/cloud', version: '1.2.3' } }));
  first = await apiref(['generate'], project);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('apiref generate', () => {
  it('writes the package and the model snapshot, and sums up the run', async () => {
    const { ir } = await buildIr({ docsDir: join(project, 'docs') });
    const errors = ir.diagnostics.filter((d) => d.severity === 'error').length;
    expect(first.code).toBe(errors > 0 ? 1 : 0);
    expect(readFileSync(join(project, 'generated/apiref.ir.json'), 'utf8')).toBe(serializeIr(ir));
    expect(JSON.parse(readFileSync(join(project, 'generated/package.json'), 'utf8'))).toMatchObject({ name: '@acme/cloud', version: '1.2.3' });
    const pages = docsPages().length;
    expect(first.stdout).toMatch(new RegExp(`^pages: +${pages} \\(.*rest-method.*\\); parsed ${pages}, from cache 0\\n`));
    expect(first.stdout).toMatch(/^model: +\d+ services, \d+ methods, \d+ types$/m);
    expect(first.stdout).toMatch(/^diagnostics: \d+ errors, \d+ warnings, \d+ info/m);
    expect(first.stdout).toMatch(/^output: +\d+ files in generated$/m);
    expect(first.stdout).toMatch(/^time: +\d+\.\d\d s$/m);
    for (const line of first.stderr.split('\n').filter(Boolean)) {
      expect(line).toMatch(/^(docs\/(en|ru)\/\S+:\d+:\d+ - error [a-z0-9-]+: .+|(warning|info) [a-z0-9-]+ ×\d+: docs\/(en|ru)\/\S+:\d+:\d+.*|apiref generate: (emitter warning: .+|… and \d+ more emitter warnings .+))$/);
    }
  });

  it('parses only what changed: nothing on a second run, one page after one page is edited', async () => {
    const again = await apiref(['generate'], project);
    expect(again.stdout).toMatch(/; parsed 0, from cache \d+\n/);
    appendFileSync(join(project, 'docs', PAGE), '\n');
    const edited = await apiref(['generate'], project);
    expect(edited.stdout).toMatch(/; parsed 1, from cache \d+\n/);
  });

  it('writes the same bytes whatever the order of files on disk or the working directory', async () => {
    const pages = docsPages();
    const forward = docsTree(pages);
    const backward = docsTree([...pages].reverse());
    const outA = join(tempDir('gen-a'), 'out');
    const outB = join(tempDir('gen-b'), 'out');
    try {
      await apiref(['generate', '--docs', forward, '--out', outA, '--no-cache'], tmpdir());
      await apiref(['generate', '--docs', backward, '--out', outB, '--no-cache'], join(outB, '..'));
      const a = snapshotTree(outA);
      expect(Object.keys(a).length).toBeGreaterThan(1);
      expect(snapshotTree(outB)).toEqual(a);
    } finally {
      for (const dir of [forward, backward, join(outA, '..'), join(outB, '..')]) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the build output and installed modules of the generated package', async () => {
    mkdirSync(join(project, 'generated/dist'), { recursive: true });
    writeFileSync(join(project, 'generated/dist/index.js'), 'built');
    await apiref(['generate'], project);
    expect(readFileSync(join(project, 'generated/dist/index.js'), 'utf8')).toBe('built');
    expect(readdirSync(project).filter((name) => name.startsWith('.generated.'))).toEqual([]);
  });

  it.each([
    [['extra'], /unexpected argument 'extra'/i],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--config', 'missing.json'], /cannot read/],
    [['--docs', 'no-such-folder'], /no docs folder at no-such-folder/],
  ])('%j is bad usage (exit 2)', async (args, message) => {
    const result = await apiref(['generate', ...args], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('apiref generate exit codes', () => {
  const grpcPage = 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md';

  it('0 with only warnings, 1 under --strict; diagnostics on stderr as path:line:col', async () => {
    const dir = tempDir('exit-warn');
    try {
      const restPage = 'en/managed-redis/api-ref/Cluster/listBackups.md';
      mkdirSync(join(dir, 'docs', restPage, '..'), { recursive: true });
      writeFileSync(join(dir, 'docs', restPage), readFileSync(join(DOCS, restPage), 'utf8').replace(/^```[^]*?^```$/m, ''));
      // A sound page beside it: docs with no method page at all are refused (see generate-safety).
      mkdirSync(join(dir, 'docs', grpcPage, '..'), { recursive: true });
      writeFileSync(join(dir, 'docs', grpcPage), readFileSync(join(DOCS, grpcPage)));
      const lenient = await apiref(['generate'], dir);
      expect(lenient.code).toBe(0);
      expect(lenient.stderr).toMatch(new RegExp(`^warning no-method-found ×1: docs/${restPage}:\\d+:1: the page looks like a method page but yields no method: its 'HTTP request' section holds no HTTP request line\n$`));
      expect((await apiref(['generate', '--strict'], dir)).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('1 with an error diagnostic, and the output is still written', async () => {
    const dir = tempDir('exit-error');
    try {
      mkdirSync(join(dir, 'docs', grpcPage, '..'), { recursive: true });
      const broken = readFileSync(join(DOCS, grpcPage), 'utf8').replace(') returns (', ') yields (');
      writeFileSync(join(dir, 'docs', grpcPage), broken);
      const result = await apiref(['generate'], dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^docs/${grpcPage}:\\d+:\\d+ - error bad-rpc-line: `, 'm'));
      expect(result.stdout).toMatch(/^diagnostics: 1 errors/m);
      expect(existsSync(join(dir, 'generated/apiref.ir.json'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('apiref check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('check');
    copyTree(join(project, 'docs'), join(dir, 'docs'));
    await apiref(['generate'], dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on a fresh output', async () => {
    expect(await apiref(['check'], dir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^apiref check: generated is up to date/) });
  });

  it('fails naming the stale files after a page of any layout is edited, even by one byte', async () => {
    const { sources } = JSON.parse(readFileSync(join(dir, 'generated/apiref.ir.json'), 'utf8')) as DocsIr;
    const oneOfEachLayout = [...new Map(sources.map((source) => [source.layout, source.path])).values()];
    expect(oneOfEachLayout.length).toBeGreaterThanOrEqual(4);
    for (const page of oneOfEachLayout) {
      const file = join(dir, 'docs', page);
      const original = readFileSync(file);
      appendFileSync(file, ' ');
      const result = await apiref(['check'], dir);
      writeFileSync(file, original);
      expect(result.code, page).toBe(1);
      expect(result.stderr).toContain('stale:   generated/apiref.ir.json');
    }
  });

  it('names the generated files a change to the API makes stale', async () => {
    const file = join(dir, 'docs', PAGE);
    const original = readFileSync(file);
    const row = 'backups[].<br>extraField | **string**<br><p>Added by the test.</p> \n';
    const edited = original.toString().replace(/^backups\[\]\.<br>size .*\n/m, (line) => line + row);
    expect(edited).toContain(row);
    writeFileSync(file, edited);
    const result = await apiref(['check'], dir);
    writeFileSync(file, original);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^stale: +generated\/src\/managed-postgresql\/types\.ts$/m);
  });

  it('names missing and extra files, and ignores kept folders', async () => {
    writeFileSync(join(dir, 'generated/notes.txt'), 'mine');
    mkdirSync(join(dir, 'generated/node_modules/x'), { recursive: true });
    writeFileSync(join(dir, 'generated/node_modules/x/index.js'), '');
    const packageJson = readFileSync(join(dir, 'generated/package.json'));
    rmSync(join(dir, 'generated/package.json'));
    const tampered = await apiref(['check'], dir);
    rmSync(join(dir, 'generated/notes.txt'));
    writeFileSync(join(dir, 'generated/package.json'), packageJson);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr.split('\n').filter((line) => /^(missing|extra|stale):/.test(line))).toEqual([
      'missing: generated/package.json',
      'extra:   generated/notes.txt',
    ]);
    expect((await apiref(['check'], dir)).code).toBe(0);
  });
});

describe('an interrupted generate', () => {
  it('killed between writing and swapping, leaves the old output byte-identical; the next run recovers', async () => {
    const dir = tempDir('kill');
    try {
      copyTree(join(project, 'docs'), join(dir, 'docs'));
      copyTree(join(project, 'generated'), join(dir, 'generated'));
      rmSync(join(dir, 'generated/dist'), { recursive: true, force: true });
      const before = snapshotTree(join(dir, 'generated'));
      appendFileSync(join(dir, 'docs', PAGE), '\n');

      const child = spawnApiref(['generate'], dir, { APIREF_TEST_PAUSE_BEFORE_SWAP_MS: '60000' });
      await new Promise<void>((resolve, reject) => {
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('paused before swap')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`generate exited (${code}) before pausing:\n${stderr}`)));
      });
      expect(existsSync(join(dir, '.generated.apiref-next/apiref.ir.json'))).toBe(true);
      const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      expect(snapshotTree(join(dir, 'generated'))).toEqual(before);
      const next = await apiref(['generate'], dir);
      expect(next.stdout).toContain('output:');
      expect(existsSync(join(dir, '.generated.apiref-next'))).toBe(false);
      expect(await apiref(['check'], dir)).toMatchObject({ code: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
