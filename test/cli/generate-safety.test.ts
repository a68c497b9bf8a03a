import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../generator/io/manifest.ts';
import { DOCS, FIXTURES, ROOT } from '../helpers/fixtures.ts';
import { apiref, type CliResult, snapshotTree, spawnApiref, tempDir } from './run-cli.ts';

const GRPC_PAGE = 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md';
const REST_PAGE = 'en/_api-ref/mdb/postgresql/api-ref/Cluster/listBackups.md';

/** A project with a small docs folder of two real method pages. */
function smallProject(prefix: string): string {
  const dir = tempDir(prefix);
  for (const page of [GRPC_PAGE, REST_PAGE]) {
    mkdirSync(join(dir, 'docs', page, '..'), { recursive: true });
    writeFileSync(join(dir, 'docs', page), readFileSync(join(DOCS, page)));
  }
  writeFileSync(join(dir, 'package.json'), '{"name": "my-project"}');
  return dir;
}

/** Every entry name under a folder, recursively, for "nothing was touched" checks. */
const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

let project: string;
beforeEach(() => {
  project = smallProject('safety');
});
afterEach(() => {
  chmodTree(project, 0o755);
  rmSync(project, { recursive: true, force: true });
});

function chmodTree(dir: string, mode: number): void {
  if (!existsSync(dir)) return;
  chmodSync(dir, mode);
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) chmodTree(join(dir, entry.name), mode);
}

describe('generate never destroys', () => {
  it('refuses a non-empty folder it did not make, naming its first entry; exit 2, nothing written', async () => {
    mkdirSync(join(project, 'generated'));
    writeFileSync(join(project, 'generated', 'my-notes.txt'), 'my notes');
    const before = listing(project);
    const result = await apiref(['generate'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^apiref generate: refusing to write into generated: it is not empty and has no \.apiref-manifest\.json, so apiref did not make it \(first entry: my-notes\.txt\)/);
    expect(readFileSync(join(project, 'generated', 'my-notes.txt'), 'utf8')).toBe('my notes');
    expect(listing(project)).toEqual(before);
  });

  it.each([
    [['--out', '.'], /refusing to write into \.: it is the working directory/],
    [['--out', 'docs'], /refusing to write into docs: it is the docs folder \(docs\)/],
    [['--docs', 'site/docs', '--out', 'site'], /refusing to write into site: it holds the docs folder \(site\/docs\)/],
    [['--out', '..'], /refusing to write into \.\.: it holds the working directory/],
  ])('refuses %j with exit 2 before reading a page, touching nothing', async (args, message) => {
    mkdirSync(join(project, 'site'));
    rmSync(join(project, 'site'), { recursive: true });
    if (args.includes('site/docs')) {
      mkdirSync(join(project, 'site'));
      writeFileSync(join(project, 'site', 'index.html'), '<p>site</p>');
      cpDocs(join(project, 'docs'), join(project, 'site', 'docs'));
    }
    const before = snapshotTree(project);
    const result = await apiref(['generate', ...args], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(snapshotTree(project)).toEqual(before);
  });

  it('refuses the project root when run from below it', async () => {
    mkdirSync(join(project, 'tools'));
    const result = await apiref(['generate', '--docs', '../docs', '--out', '..'], join(project, 'tools'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refusing to write into \.\.: it is the project root \(\.\., which holds package\.json\)/);
  });

  it('keeps entries someone put into its folder, at any depth; check names them as extra', async () => {
    expect((await apiref(['generate', '--quiet'], project)).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(project, 'generated', MANIFEST_FILE), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('apiref.ir.json');
    writeFileSync(join(project, 'generated', 'my-notes.txt'), 'my notes');
    writeFileSync(join(project, 'generated', 'src', 'NOTES.md'), 'nested notes');
    const page = join(project, 'docs', GRPC_PAGE);
    writeFileSync(page, readFileSync(page, 'utf8').replace('Retrieves the list of', 'Lists'));
    expect((await apiref(['generate', '--quiet'], project)).code).toBe(0);
    expect(readFileSync(join(project, 'generated', 'my-notes.txt'), 'utf8')).toBe('my notes');
    expect(readFileSync(join(project, 'generated', 'src', 'NOTES.md'), 'utf8')).toBe('nested notes');
    expect(readFileSync(join(project, 'generated', 'apiref.ir.json'), 'utf8')).toContain('Lists');
    const check = await apiref(['check', '--quiet'], project);
    expect(check.code).toBe(1);
    expect(check.stderr.split('\n').filter((line) => /^(missing|extra|stale):/.test(line))).toEqual(['extra:   generated/my-notes.txt', 'extra:   generated/src/NOTES.md']);
  });

  it('refuses to overwrite an entry that is not its own, where the new output writes', async () => {
    await apiref(['generate', '--quiet'], project);
    const manifestFile = join(project, 'generated', MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: string[] };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: manifest.files.filter((file) => file !== 'README.md') }));
    writeFileSync(join(project, 'generated', 'README.md'), 'my own readme');
    const result = await apiref(['generate', '--quiet'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refusing to write into generated: README\.md is not apiref's \(\.apiref-manifest\.json does not list it\) and the new output writes there/);
    expect(readFileSync(join(project, 'generated', 'README.md'), 'utf8')).toBe('my own readme');
  });

  it('check compares the manifest too', async () => {
    await apiref(['generate', '--quiet'], project);
    expect((await apiref(['check', '--quiet'], project)).code).toBe(0);
    rmSync(join(project, 'generated', MANIFEST_FILE));
    const result = await apiref(['check', '--quiet'], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^missing: generated\/\.apiref-manifest\.json$/m);
  });

  it('openapi --split product writes its folder the same way: refuses a foreign one, keeps foreign entries', async () => {
    mkdirSync(join(project, 'api'));
    writeFileSync(join(project, 'api', 'my-notes.txt'), 'my notes');
    const refused = await apiref(['openapi', '--split', 'product', '--out', 'api', '--quiet'], project);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refusing to write into api: .*first entry: my-notes\.txt/);
    rmSync(join(project, 'api', 'my-notes.txt'));
    expect((await apiref(['openapi', '--split', 'product', '--out', 'api', '--quiet'], project)).code).toBe(0);
    writeFileSync(join(project, 'api', 'my-notes.txt'), 'my notes');
    expect((await apiref(['openapi', '--split', 'product', '--out', 'api', '--quiet'], project)).code).toBe(0);
    expect(readdirSync(join(project, 'api')).sort()).toEqual([MANIFEST_FILE, 'managed-postgresql.json', 'managed-redis.json', 'my-notes.txt']);
    expect((await apiref(['openapi', '--split', 'product', '--out', 'docs', '--quiet'], project)).stderr).toMatch(/it is the docs folder/);
  });
});

function cpDocs(from: string, to: string): void {
  for (const page of [GRPC_PAGE, REST_PAGE]) {
    mkdirSync(join(to, page, '..'), { recursive: true });
    writeFileSync(join(to, page), readFileSync(join(from, page)));
  }
}

describe('overlapping runs', () => {
  /** Starts a generate that stops, holding the lock, between writing and swapping. */
  async function pausedGenerate(pauseMs: number) {
    const child = spawnApiref(['generate', '--quiet'], project, { APIREF_TEST_PAUSE_BEFORE_SWAP_MS: String(pauseMs) });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('paused before swap')) resolve();
      });
      void exited.then((code) => reject(new Error(`generate exited (${code}) before pausing:\n${stderr}`)));
    });
    return { child, exited };
  }

  async function withLockWait<T>(ms: string, run: () => Promise<T>): Promise<T> {
    process.env.APIREF_LOCK_WAIT_MS = ms;
    try {
      return await run();
    } finally {
      delete process.env.APIREF_LOCK_WAIT_MS;
    }
  }

  it('a second generate on one output waits for the first, then writes', async () => {
    const first = await pausedGenerate(1500);
    const second = await withLockWait('60000', () => apiref(['generate', '--quiet'], project));
    expect(await first.exited).toBe(0);
    expect(second.stderr).toMatch(/^apiref generate: waiting for the run that holds \.generated\.apiref-lock \(pid \d+\)$/m);
    expect(second.code).toBe(0);
    expect((await apiref(['check', '--quiet'], project)).code).toBe(0);
    expect(readdirSync(project).filter((name) => name.startsWith('.generated.'))).toEqual([]);
  });

  it('refuses after a bounded wait, naming the holder; takes over the lock of a killed run', async () => {
    const first = await pausedGenerate(60_000);
    const refused = await withLockWait('300', () => apiref(['generate', '--quiet'], project));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`another apiref run \\(pid ${first.child.pid} on .*\\) is writing generated; waited 0 s for it\\. If no run is going on, delete .*\\.generated\\.apiref-lock`));
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(project, '.generated.apiref-lock'))).toBe(true);
    const after = await withLockWait('300', () => apiref(['generate', '--quiet'], project));
    expect(after.code).toBe(0);
    expect(readdirSync(project).filter((name) => name.startsWith('.generated.'))).toEqual([]);
  });
});

/** Runs the CLI as a child process that file permissions apply to: as nobody when the tests run as root. */
function runUnprivileged(args: string[], cwd: string): Promise<CliResult> {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownTree(cwd, 65534);
  const child = spawn(process.execPath, [join(ROOT, 'bin/apiref.mjs'), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

function chownTree(dir: string, id: number): void {
  chownSync(dir, id, id);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chownTree(path, id);
    else chownSync(path, id, id);
  }
}

describe('a read-only target', () => {
  it('is refused before any page is read, saying which folder cannot be written', async () => {
    chmodSync(project, 0o555);
    const result = await runUnprivileged(['generate', '--no-cache', '--quiet'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`apiref generate: cannot write generated: the folder ${project} is not writable (EACCES)\nusage: ${usageOfGenerate()}\n`);
  });

  it('an existing output folder that is read-only, too', async () => {
    expect((await apiref(['generate', '--no-cache', '--quiet'], project)).code).toBe(0);
    chmodSync(join(project, 'generated'), 0o555);
    const result = await runUnprivileged(['generate', '--no-cache', '--quiet'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^apiref generate: cannot write generated: the folder ${project}/generated is not writable \\(EACCES\\)$`, 'm'));
  });
});

const usageOfGenerate = () => 'apiref generate [--docs DIR] [--out DIR] [--config FILE] [--strict] [--no-cache] [--verbose | --quiet] [--report FILE]';

describe('ir --out on a full disk', () => {
  it('leaves the old file whole and no temporary file, and says why', async () => {
    writeFileSync(join(project, 'model.json'), 'the old model');
    // A file size limit makes the write fail part-way, as a full disk does.
    const child = spawn('sh', ['-c', `ulimit -f 64; exec "${process.execPath}" "${join(ROOT, 'bin/apiref.mjs')}" ir --docs "${DOCS}" --out model.json --quiet --no-cache`], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^apiref ir: cannot write .*model\.json: the file is larger than the system allows \(EFBIG\)$/m);
    expect(readFileSync(join(project, 'model.json'), 'utf8')).toBe('the old model');
    expect(readdirSync(project).filter((name) => name.startsWith('model.json.'))).toEqual([]);
  });
});

describe('docs with no method page', () => {
  const commands = [['ir'], ['generate'], ['check'], ['openapi']];
  const concept = (dir: string) => {
    for (const page of ['en/overview/index.md', 'en/compute/concepts/disk.md']) {
      mkdirSync(join(dir, 'docs', page, '..'), { recursive: true });
      writeFileSync(join(dir, 'docs', page), readFileSync(join(FIXTURES, 'docs-clone', page)));
    }
  };
  const cases: Array<[string, (dir: string) => void, string[], RegExp]> = [
    ['an empty folder', (dir) => mkdirSync(join(dir, 'empty')), ['--docs', 'empty'], /no API reference method pages: empty holds no markdown page \(the folder is empty\)/],
    ['--docs docs/en', () => undefined, ['--docs', 'docs/en'], /no API reference method pages: docs\/en is a language folder \(its pages are en\/… pages\): use --docs docs$/m],
    ['--docs one level too high', () => undefined, ['--docs', '.'], /no API reference method pages: \. holds en\/… or ru\/… pages 1 level down: use --docs docs$/m],
    ['only concept pages', (dir) => (rmSync(join(dir, 'docs'), { recursive: true }), concept(dir)), [], /no API reference method pages: docs holds 2 markdown page\(s\) under en\/ and ru\/, none of them an API reference method page \(one with an rpc line or an HTTP request line\)$/m],
    [
      'page globs that leave out every page',
      (dir) => writeFileSync(join(dir, 'apiref.config.json'), '{"pages": {"include": ["ru/**"]}}'),
      [],
      /no API reference method pages: docs: none of its 2 page\(s\) under en\/ and ru\/ was read: the config's pages\.include\/pages\.exclude leave them out, or they cannot be read$/m,
    ],
  ];
  it.each(cases)('%s: ir, generate, check and openapi exit 2 saying what was found', async (_name, setUp, docsArgs, message) => {
    setUp(project);
    const outArgs = docsArgs.includes('.') ? ['--out', 'generated'] : [];
    for (const command of commands) {
      const result = await apiref([...command, ...docsArgs, ...(command[0] === 'ir' || command[0] === 'openapi' ? [] : outArgs), '--quiet'], project);
      expect(result.code, command[0]).toBe(2);
      expect(result.stderr, command[0]).toMatch(message);
      expect(result.stdout, command[0]).toBe('');
    }
    expect(existsSync(join(project, 'generated'))).toBe(false);
  });

  it('product globs that select no service: generate, check and openapi exit 2', async () => {
    writeFileSync(join(project, 'apiref.config.json'), '{"products": {"include": ["compute"]}}');
    for (const command of ['generate', 'check', 'openapi']) {
      const result = await apiref([command, '--quiet'], project);
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toMatch(/^apiref \w+: the config's products\.include\/products\.exclude select none of the 2 service\(s\) the docs describe$/m);
    }
    expect(existsSync(join(project, 'generated'))).toBe(false);
  });
});
