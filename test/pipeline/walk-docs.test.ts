import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { walkDocs } from '../../generator/pipeline/walk-docs.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { docsPage } from '../helpers/fixtures.ts';

const GOOD = 'en/managed-redis/api-ref/grpc/Backup/get.md';
const LIMIT = { maxPageBytes: 1024 * 1024 };
const made: string[] = [];
const fresh = (...pages: [string, Uint8Array | string][]) => {
  const root = docsTree(pages);
  made.push(root);
  return root;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('walkDocs', () => {
  it('lists the markdown pages under en/ and ru/, sorted, and nothing else', async () => {
    const root = fresh(['ru/b/x.md', 'b'], ['en/a/y.md', 'a'], ['en/a/image.png', 'png'], ['other/z.md', 'z'], ['README.md', 'readme']);
    const walk = await walkDocs(root, LIMIT);
    expect(walk.pages.map((page) => page.path)).toEqual(['en/a/y.md', 'ru/b/x.md']);
    expect(walk.diagnostics).toEqual([]);
  });

  it('reads a file named ..\\..\\outside\\secret.md as the file it is, never a path out of the root', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'apiref-outside-'));
    made.push(outside);
    const root = join(outside, 'a', 'b', 'docs');
    mkdirSync(join(root, 'en', 'x'), { recursive: true });
    writeFileSync(join(outside, 'secret.md'), '**rpc Leak ([A](#a)) returns ([B](#b))**');
    writeFileSync(join(root, 'en', 'x', '..\\..\\..\\..\\secret.md'), 'inside');
    const walk = await walkDocs(root, LIMIT);
    expect(walk.pages.map((page) => [page.path, page.file])).toEqual([['en/x/..\\..\\..\\..\\secret.md', join(root, 'en', 'x', '..\\..\\..\\..\\secret.md')]]);
    const { ir } = await buildIr({ docsDir: root });
    expect(JSON.stringify(ir)).not.toContain('Leak');
  });

  it('reads a page in a folder named <\\script> (which a \\ → / rewrite made </script>, ENOENT) and the others', async () => {
    const root = fresh(['en/<\\script>/x.md', docsPage(GOOD)], [GOOD, docsPage(GOOD)]);
    const walk = await walkDocs(root, LIMIT);
    expect(walk.pages.map((page) => page.path).sort()).toEqual(['en/<\\script>/x.md', GOOD].sort());
    expect(walk.diagnostics).toEqual([]);
    const { ir } = await buildIr({ docsDir: root });
    expect(ir.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('follows a symbolic link inside the root and reports one that leads out, without reading it', async () => {
    const root = fresh([GOOD, docsPage(GOOD)]);
    const outside = mkdtempSync(join(tmpdir(), 'apiref-outside-'));
    made.push(outside);
    writeFileSync(join(outside, 'secret.md'), '**rpc Leak ([A](#a)) returns ([B](#b))**');
    mkdirSync(join(outside, 'folder'));
    symlinkSync(join(root, GOOD), join(root, 'en/managed-redis/api-ref/grpc/Backup/alias.md'));
    symlinkSync(join(outside, 'secret.md'), join(root, 'en/secret.md'));
    symlinkSync(join(outside, 'folder'), join(root, 'en/folder'));
    symlinkSync(join(root, 'en'), join(root, 'en/loop'));
    const walk = await walkDocs(root, LIMIT);
    expect(walk.pages.map((page) => page.path)).toEqual(['en/managed-redis/api-ref/grpc/Backup/alias.md', GOOD]);
    expect(walk.diagnostics.map((d) => [d.source, d.code])).toEqual([
      ['en/folder', 'outside-docs'],
      ['en/secret.md', 'outside-docs'],
    ]);
  });

  it('reports a page over the size limit, a pipe named like a page and a dangling link, and lists the rest', async () => {
    const root = fresh([GOOD, docsPage(GOOD)], ['en/big.md', '']);
    truncateSync(join(root, 'en/big.md'), 3 * 1024 * 1024);
    execFileSync('mkfifo', [join(root, 'en/pipe.md')]);
    symlinkSync(join(root, 'en/nothing'), join(root, 'en/dangling.md'));
    const walk = await walkDocs(root, LIMIT);
    expect(walk.pages.map((page) => page.path)).toEqual([GOOD]);
    expect(walk.diagnostics.map((d) => [d.source, d.severity, d.code])).toEqual([
      ['en/big.md', 'warning', 'page-too-large'],
      ['en/dangling.md', 'warning', 'broken-link'],
      ['en/pipe.md', 'warning', 'not-a-file'],
    ]);
    expect(walk.diagnostics[0]!.message).toMatch(/3\.0 MB, over the limit of 1\.0 MB \(pages\.maxBytes\)/);
  });

  it('keeps the pages the globs select', async () => {
    const root = fresh(['en/a/x.md', 'x'], ['en/b/y.md', 'y'], ['ru/a/x.md', 'x']);
    const walk = await walkDocs(root, { ...LIMIT, include: ['*/a/**'], exclude: ['ru/**'] });
    expect(walk.pages.map((page) => page.path)).toEqual(['en/a/x.md']);
  });
});

describe('buildIr with pages the walk turns away', () => {
  it('goes on with the other pages and carries the walk’s diagnostics into the model', async () => {
    const root = fresh([GOOD, docsPage(GOOD)], ['en/big.md', '']);
    truncateSync(join(root, 'en/big.md'), 40 * 1024 * 1024);
    const { ir, stats } = await buildIr({ docsDir: root });
    expect(ir.services.flatMap((service) => service.methods.map((method) => method.name))).toEqual(['Get']);
    expect(ir.diagnostics.find((d) => d.source === 'en/big.md')).toMatchObject({ code: 'page-too-large', severity: 'warning' });
    expect(stats.pages).toBe(1);
  });
});
