import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docsTree } from '../helpers/docs-tree.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { apiref, tempDir } from './run-cli.ts';

const versions = (commit: string) => join(FIXTURES, 'versions', commit);
const before = versions('0c610c7627c72ed8513c69a75a108a373f392602');
const after = versions('39998df161bde90164e50af26a9f577c2562060d');

let project: string;
beforeEach(() => {
  project = tempDir('bump');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const setVersion = (version: string) =>
  writeFileSync(join(project, 'apiref.config.json'), JSON.stringify({ package: { name: '@acme/sdk', version }, cache: false }, null, 2) + '\n');
const configured = () => JSON.parse(readFileSync(join(project, 'apiref.config.json'), 'utf8')).package;

describe('apiref bump', () => {
  it('an addition on 0.x bumps the patch, writes the config and prints the version', async () => {
    setVersion('0.3.1');
    const result = await apiref(['bump', before, after], project);
    expect(result).toMatchObject({ code: 0, stdout: '0.3.2\n' });
    expect(result.stderr).toContain('0.3.1 → 0.3.2 (minor: 0 breaking');
    expect(configured()).toEqual({ name: '@acme/sdk', version: '0.3.2' });
  });

  it('a breaking change on 1.x bumps the major', async () => {
    setVersion('1.2.3');
    expect((await apiref(['bump', after, before], project)).stdout).toBe('2.0.0\n');
    expect(configured().version).toBe('2.0.0');
  });

  it('--dry-run prints without writing; --level skips the diff', async () => {
    setVersion('0.3.1');
    expect((await apiref(['bump', after, before, '--dry-run'], project)).stdout).toBe('0.4.0\n');
    expect(configured().version).toBe('0.3.1');
    expect((await apiref(['bump', '--level', 'major'], project)).stdout).toBe('0.4.0\n');
    expect(configured().version).toBe('0.4.0');
  });

  it('no change keeps the version', async () => {
    setVersion('2.0.0');
    expect((await apiref(['bump', before, before], project)).stdout).toBe('2.0.0\n');
    expect(configured().version).toBe('2.0.0');
  });

  it.each([
    [['--level', 'huge'], /--level must be one of major, minor, patch/],
    [['--level', 'major', 'a', 'b'], /either --level or the sides/],
  ])('%j is bad usage', async (args, message) => {
    setVersion('1.0.0');
    const result = await apiref(['bump', ...args], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('reads its sides as diff does: an empty side is an error, contradictions go to stderr', async () => {
    setVersion('1.0.0');
    const empty = tempDir('bump-empty');
    const page = 'en/_api-ref/mdb/postgresql/api-ref/Cluster/listBackups.md';
    const en = readFileSync(join(after, page), 'utf8');
    const docs = docsTree([[page, en], [page.replace('en/', 'ru/'), en.replace('characters is 50.', 'characters is 60.')]]);
    try {
      const result = await apiref(['bump', before, empty], project);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('holds no API methods');
      expect(configured().version).toBe('1.0.0');
      const contradicted = await apiref(['bump', before, docs, '--dry-run'], project);
      expect(contradicted.code).toBe(0);
      expect(contradicted.stderr).toContain('warning conflicting-constraint ×1');
    } finally {
      rmSync(empty, { recursive: true, force: true });
      rmSync(docs, { recursive: true, force: true });
    }
  });

  it('a bad version in the config is bad usage', async () => {
    setVersion('one');
    const result = await apiref(['bump', '--level', 'patch'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/'package.version' must be a semantic version/);
  });
});
