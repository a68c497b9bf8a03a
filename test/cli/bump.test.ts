import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docsTree } from '../helpers/docs-tree.ts';
import { DOCS, FIXTURES } from '../helpers/fixtures.ts';
import { apiref, tempDir } from './run-cli.ts';

const versions = (commit: string) => join(FIXTURES, 'versions', commit);
const before = versions('0c610c7627c72ed8513c69a75a108a373f392602');
const after = versions('39998df161bde90164e50af26a9f577c2562060d');

let project: string;
beforeEach(() => {
  project = tempDir('bump');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const configFile = () => join(project, 'apiref.config.json');
const setVersion = (version: string) =>
  writeFileSync(configFile(), JSON.stringify({ package: { name: '@acme/sdk', version }, cache: false }, null, 2) + '\n');
const configured = () => JSON.parse(readFileSync(configFile(), 'utf8')).package;
/** The version `apiref generate` wrote into the package at the last release. */
const release = (version: string) => {
  mkdirSync(join(project, 'generated'), { recursive: true });
  writeFileSync(join(project, 'generated/package.json'), JSON.stringify({ name: '@acme/sdk', version }, null, 2) + '\n');
};

describe('apiref bump', () => {
  it('an addition on 0.x bumps the patch, writes the config and prints the version', async () => {
    setVersion('0.3.1');
    const result = await apiref(['bump', before, after], project);
    expect(result).toMatchObject({ code: 0, stdout: '0.3.2\n' });
    expect(result.stderr).toContain('0.3.1 (apiref.config.json) → 0.3.2 (minor: 0 breaking, 0 warnings, 1 non-breaking');
    expect(configured()).toEqual({ name: '@acme/sdk', version: '0.3.2' });
  });

  it('a breaking change on 1.x bumps the major', async () => {
    setVersion('1.2.3');
    expect((await apiref(['bump', after, before], project)).stdout).toBe('2.0.0\n');
    expect(configured().version).toBe('2.0.0');
  });

  it('bumps from the released version beside the snapshot, so a second run changes nothing', async () => {
    setVersion('0.3.1');
    release('0.3.1');
    const first = await apiref(['bump', after, before], project);
    expect(first.stdout).toBe('0.4.0\n');
    expect(first.stderr).toContain('0.3.1 (generated/package.json) → 0.4.0 (major:');
    const written = readFileSync(configFile(), 'utf8');
    const second = await apiref(['bump', after, before], project);
    expect(second.stdout).toBe('0.4.0\n');
    expect(readFileSync(configFile(), 'utf8')).toBe(written);
  });

  it("the workflow's release step re-run: the same version from the last release's snapshot and package.json", async () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: project });
    const page = 'en/_api-ref/mdb/postgresql/api-ref/Cluster/listBackups.md';
    const writePage = (from: string) => {
      mkdirSync(join(project, 'docs', page, '..'), { recursive: true });
      writeFileSync(join(project, 'docs', page), readFileSync(join(from, page)));
    };
    setVersion('0.1.0');
    writePage(after);
    git('init', '-q');
    expect((await apiref(['generate'], project)).code).toBe(0);
    git('add', '.');
    git('commit', '-qm', 'Release SDK 0.1.0');
    git('tag', 'sdk-v0.1.0');
    writePage(before);
    expect((await apiref(['generate'], project)).code).toBe(0);
    git('commit', '-qam', 'docs: journalSize is gone');
    const old = 'git:sdk-v0.1.0:generated/apiref.ir.json';
    const first = await apiref(['bump', old], project);
    expect(first.stdout, first.stderr).toBe('0.2.0\n');
    const config = readFileSync(configFile(), 'utf8');
    const rerun = await apiref(['bump', old], project);
    expect(rerun.stdout).toBe('0.2.0\n');
    expect(readFileSync(configFile(), 'utf8')).toBe(config);
  });

  it('keeps a config that is already later than the bump (an earlier --set not yet generated)', async () => {
    setVersion('1.0.0');
    release('0.4.0');
    const result = await apiref(['bump', before, after], project);
    expect(result.stdout).toBe('1.0.0\n');
    expect(result.stderr).toContain("the config's 1.0.0 is already later");
  });

  it("takes the package's level where it is higher: a docs-only model change that renames exports is breaking", async () => {
    setVersion('0.3.1');
    const rest = 'en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md';
    const grpc = 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md';
    const old = docsTree([[rest, readFileSync(join(DOCS, rest))]]);
    const next = docsTree([[rest, readFileSync(join(DOCS, rest))], [grpc, readFileSync(join(DOCS, grpc))]]);
    try {
      const result = await apiref(['bump', old, next, '--quiet'], project);
      expect(result.stdout).toBe('0.4.0\n');
      expect(result.stderr).toMatch(/\(major: [1-9]\d* breaking, /);
    } finally {
      rmSync(old, { recursive: true, force: true });
      rmSync(next, { recursive: true, force: true });
    }
  });

  it('--level bumps that part as npm version does, from the released version', async () => {
    for (const [from, level, next] of [['0.1.0', 'minor', '0.2.0'], ['0.3.1', 'patch', '0.3.2'], ['0.3.1', 'major', '1.0.0'], ['1.4.2', 'minor', '1.5.0']] as const) {
      setVersion(from);
      release(from);
      expect((await apiref(['bump', '--level', level], project)).stdout, `${from} --level ${level}`).toBe(`${next}\n`);
      expect(configured().version).toBe(next);
    }
  });

  it('--set sets the version outright: the way to 1.0.0', async () => {
    setVersion('0.9.4');
    release('0.9.4');
    expect((await apiref(['bump', '--set', '1.0.0'], project)).stdout).toBe('1.0.0\n');
    expect(configured().version).toBe('1.0.0');
  });

  it('edits the version in place: the config keeps its formatting and key order', async () => {
    const text = '{\r\n    "cache": false,\r\n    "package": {"version": "0.3.1",   "name": "@acme/sdk"},\r\n    "targets": [ "typescript", { "name": "snapshot" } ]\r\n}';
    writeFileSync(configFile(), text);
    expect((await apiref(['bump', '--level', 'minor'], project)).stdout).toBe('0.4.0\n');
    expect(readFileSync(configFile(), 'utf8')).toBe(text.replace('"0.3.1"', '"0.4.0"'));
  });

  it('--dry-run prints without writing', async () => {
    setVersion('0.3.1');
    expect((await apiref(['bump', after, before, '--dry-run'], project)).stdout).toBe('0.4.0\n');
    expect(configured().version).toBe('0.3.1');
  });

  it('no change keeps the version', async () => {
    setVersion('2.0.0');
    expect((await apiref(['bump', before, before], project)).stdout).toBe('2.0.0\n');
    expect(configured().version).toBe('2.0.0');
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

  it.each([
    [['--level', 'huge'], /--level must be one of major, minor, patch/],
    [['--level', 'major', 'a', 'b'], /give one of --level, --set or the sides/],
    [['--level', 'major', '--set', '2.0.0'], /give one of --level, --set or the sides/],
    [['--set', '1.0'], /--set must be a semantic version/],
  ])('%j is bad usage', async (args, message) => {
    setVersion('1.0.0');
    const result = await apiref(['bump', ...args], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('a bad version in the config is bad usage', async () => {
    setVersion('one');
    const result = await apiref(['bump', '--level', 'patch'], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/'package.version' must be a semantic version/);
  });
});
