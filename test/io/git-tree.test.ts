import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGitTree, GitSideError, gitTopLevel, isGitFile, readGitFile } from '../../generator/io/git-tree.ts';
import { readTree } from '../../generator/io/read-tree.ts';

let repo: string;
let first: string;

const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim();

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'apiref-git-'));
  git('init', '-q');
  await mkdir(path.join(repo, 'docs', 'en', 'a b'), { recursive: true });
  await writeFile(path.join(repo, 'docs', 'en', 'a b', 'page.md'), '# Page\n\nПервая версия\n');
  await writeFile(path.join(repo, 'docs', 'bin.dat'), Buffer.from([0, 1, 2, 10, 255]));
  await writeFile(path.join(repo, 'other.md'), 'outside');
  git('add', '.');
  git('commit', '-qm', 'first');
  first = git('rev-parse', 'HEAD');
  await writeFile(path.join(repo, 'docs', 'en', 'a b', 'page.md'), 'second');
  git('commit', '-qam', 'second');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

describe('exportGitTree', () => {
  it('writes the folder as it stood at a revision, byte for byte', async () => {
    const into = path.join(repo, '..', `${path.basename(repo)}-out`);
    try {
      expect(await exportGitTree(repo, first, 'docs', into)).toBe(2);
      const files = await readTree(into);
      expect([...files.keys()].sort()).toEqual(['bin.dat', 'en/a b/page.md']);
      expect(files.get('en/a b/page.md')!.toString()).toBe('# Page\n\nПервая версия\n');
      expect([...files.get('bin.dat')!]).toEqual([0, 1, 2, 10, 255]);
    } finally {
      await rm(into, { recursive: true, force: true });
    }
  });

  it('names an unknown revision or an empty path', async () => {
    await expect(exportGitTree(repo, 'no-such-rev', 'docs', path.join(repo, 'x'))).rejects.toThrow(GitSideError);
    await expect(exportGitTree(repo, 'HEAD', 'nothing-here', path.join(repo, 'x'))).rejects.toThrow(/holds no files/);
    await expect(exportGitTree(repo, '--output=x', 'docs', path.join(repo, 'x'))).rejects.toThrow(/not a revision/);
  });
});

describe('single files', () => {
  it('reads a file at a revision and tells files from folders', async () => {
    expect((await readGitFile(repo, 'HEAD~1', 'docs/en/a b/page.md')).toString()).toContain('Первая');
    expect(await isGitFile(repo, 'HEAD', 'docs/en/a b/page.md')).toBe(true);
    expect(await isGitFile(repo, 'HEAD', 'docs')).toBe(false);
    expect(await gitTopLevel(path.join(repo, 'docs'))).toBe(await import('node:fs/promises').then((fs) => fs.realpath(repo)));
  });
});
