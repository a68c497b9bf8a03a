import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownedFiles, refuseProtectedOutput } from '../../generator/io/output-guard.ts';
import { formatManifest, MANIFEST_FILE } from '../../generator/io/manifest.ts';

let project: string;
let docs: string;
beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'apiref-guard-'));
  docs = path.join(project, 'site', 'docs');
  await mkdir(path.join(docs, 'en'), { recursive: true });
  await writeFile(path.join(project, 'package.json'), '{}');
});
afterEach(() => rm(project, { recursive: true, force: true }));

const refusal = (out: string, cwd = project) => refuseProtectedOutput(path.resolve(cwd, out), { cwd, docs });

describe('refuseProtectedOutput', () => {
  it.each([
    ['.', /refusing to write into \.: it is the working directory/],
    ['site/docs', /refusing to write into site\/docs: it is the docs folder \(site\/docs\)/],
    ['site', /refusing to write into site: it holds the docs folder/],
    ['..', /it holds the working directory/],
  ])('refuses --out %s', async (out, message) => {
    await expect(refusal(out)).rejects.toThrow(message);
  });

  it('refuses the project root (package.json or .git), seen from below it', async () => {
    const cwd = path.join(project, 'site');
    await expect(refusal('..', cwd)).rejects.toThrow(/^refusing to write into \.\.: it is the project root \(\.\., which holds package\.json\)/);
    // Run from elsewhere, the docs' project is named as such, not only as a folder holding the docs.
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'apiref-guard-cwd-'));
    try {
      await writeFile(path.join(project, 'site', 'package.json'), '{}');
      await expect(refuseProtectedOutput(path.join(project, 'site'), { cwd: elsewhere, docs })).rejects.toThrow(/it is the project root \(.*site, which holds package\.json\)/);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('refuses the docs folder by another name (a symbolic link to it)', async () => {
    await symlink(docs, path.join(project, 'docs-link'));
    await expect(refusal('docs-link')).rejects.toThrow(/it is the docs folder/);
  });

  it('lets a folder of its own through, existing or not', async () => {
    await expect(refusal('generated')).resolves.toBeUndefined();
    await expect(refusal('out/deep/generated')).resolves.toBeUndefined();
    await expect(refusal('site/generated')).resolves.toBeUndefined();
  });
});

describe('ownedFiles', () => {
  it('reads the manifest, or refuses a folder without one naming its first entry', async () => {
    const out = path.join(project, 'generated');
    expect(await ownedFiles(out, [], 'generated')).toEqual(new Set());
    await mkdir(out);
    await writeFile(path.join(out, 'my-notes.txt'), 'mine');
    await expect(ownedFiles(out, [], 'generated')).rejects.toThrow(/^refusing to write into generated: .*first entry: my-notes\.txt/);
    await writeFile(path.join(out, MANIFEST_FILE), formatManifest(['a.ts', 'src/b.ts']));
    expect(await ownedFiles(out, [], 'generated')).toEqual(new Set(['a.ts', 'src/b.ts']));
  });

  it('refuses a symbolic link as the output folder: a swap would replace the link', async () => {
    const real = path.join(project, 'real-out');
    await mkdir(real);
    await symlink(real, path.join(project, 'generated'));
    await expect(ownedFiles(path.join(project, 'generated'), [], 'generated')).rejects.toThrow(/generated: it is a symbolic link; give the folder it points to/);
  });
});
