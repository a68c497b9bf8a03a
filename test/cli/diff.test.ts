import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../generator/diff/change.ts';
import { serializeIr } from '../../generator/model/serialize.ts';
import { buildIr } from '../../generator/pipeline/build-ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { DOCS, FIXTURES, ROOT } from '../helpers/fixtures.ts';
import { apiref, copyTree, tempDir } from './run-cli.ts';

const versions = (commit: string) => join(FIXTURES, 'versions', commit);
const postgres = { old: versions('0c610c7627c72ed8513c69a75a108a373f392602'), new: versions('39998df161bde90164e50af26a9f577c2562060d') };
const redisGrpc = { old: versions('2f80279fce2d2e1a226194231bf3fecac1e9d1c0'), new: versions('d844415a671833bdcc76c0a4c770653e76f27743') };
const redisRu = { old: versions('18fda161747f4dcadb722cb0cd04e553bfbdafca'), new: versions('8cc340d2ea1262346fbeb457c1391500bc311078') };

const schema = JSON.parse(readFileSync(join(ROOT, 'generator/diff/report/diff-report.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

interface JsonReport {
  level: string;
  summary: { breaking: number; nonBreaking: number; docsOnly: number };
  changes: Array<Change & { message: string }>;
}

let cwd: string;
beforeAll(() => {
  cwd = tempDir('diff');
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function jsonDiff(old: string, next: string, extra: string[] = []): Promise<{ code: number; report: JsonReport }> {
  const result = await apiref(['diff', old, next, '--format', 'json', ...extra], cwd);
  if (result.code === 1) expect(result.stderr).toMatch(/^apiref diff: --fail-on \w+: \d+ /);
  else expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as JsonReport;
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  return { code: result.code, report };
}

describe('apiref diff on real version pairs', () => {
  it('postgresql listBackups 0c610c76 → 39998df1: journalSize added to the response, non-breaking', async () => {
    const { code, report } = await jsonDiff(postgres.old, postgres.new, ['--fail-on', 'breaking']);
    expect(code).toBe(0);
    expect(report.summary.breaking).toBe(0);
    expect(report.level).toBe('minor');
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        rule: 'field-added', severity: 'non-breaking', direction: 'response', method: 'ListBackups',
        subject: 'journalSize', path: 'backups[].journalSize', after: 'int64',
      }),
    );
  });

  it('the reverse direction removes journalSize: breaking, exit 1 under --fail-on breaking', async () => {
    const { code, report } = await jsonDiff(postgres.new, postgres.old, ['--fail-on', 'breaking']);
    expect(code).toBe(1);
    expect(report.level).toBe('major');
    const breaking = report.changes.filter((c) => c.severity === 'breaking');
    expect(breaking.map((c) => [c.rule, c.direction, c.subject])).toEqual([['field-removed', 'response', 'journalSize']]);
  });

  it('redis backup_service 2f80279f ↔ d844415a is docs-only both ways', async () => {
    for (const [old, next] of [[redisGrpc.old, redisGrpc.new], [redisGrpc.new, redisGrpc.old]] as const) {
      const { code, report } = await jsonDiff(old, next, ['--fail-on', 'breaking']);
      expect(code).toBe(0);
      expect(report.changes.length).toBeGreaterThan(0);
      expect(report.changes.filter((c) => c.severity !== 'docs-only')).toEqual([]);
      expect(report.level).toBe('patch');
    }
    expect((await apiref(['diff', redisGrpc.old, redisGrpc.new, '--fail-on', 'any'], cwd)).code).toBe(1);
  });

  it('RU redis listBackups 18fda161 → 8cc340d2 adds sourceShardNames', async () => {
    const { report } = await jsonDiff(redisRu.old, redisRu.new);
    expect(report.changes).toContainEqual(
      expect.objectContaining({ rule: 'field-added', severity: 'non-breaking', subject: 'sourceShardNames', path: 'backups[].sourceShardNames[]', direction: 'response' }),
    );
    expect(report.summary.breaking).toBe(0);
  });
});

describe('apiref diff follows method trees', () => {
  it('a REST page joined by its gRPC page: the anonymous types get protobuf names, not removed and added', async () => {
    const rest = 'en/_api-ref/mdb/redis/api-ref/Cluster/listBackups.md';
    const grpc = 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md';
    const old = docsTree([[rest, readFileSync(join(DOCS, rest))]]);
    const next = docsTree([[rest, readFileSync(join(DOCS, rest))], [grpc, readFileSync(join(DOCS, grpc))]]);
    try {
      const { report } = await jsonDiff(old, next, ['--quiet']);
      // The model change is docs-only, but the package's exports take the protobuf names: breaking for imports.
      const breaking = report.changes.filter((c) => c.severity === 'breaking');
      expect(new Set(breaking.map((c) => c.rule))).toEqual(new Set(['export-renamed']));
      expect(breaking).toContainEqual(
        expect.objectContaining({ subject: './managed-redis:Backups', before: 'Backups, validateBackups', after: 'Backup, validateBackup', method: 'ListBackups', affected: ['yandex.cloud.mdb.redis.v1.ClusterService/ListBackups'] }),
      );
      const renamed = report.changes.filter((c) => c.rule === 'type-id-changed').map((c) => [c.before, c.after]);
      expect(renamed).toContainEqual(['managed-redis.ClusterService.ListBackups.Response.backups', 'yandex.cloud.mdb.redis.v1.Backup']);
      expect(renamed.length).toBeGreaterThanOrEqual(3);
      expect(report.changes.filter((c) => c.rule === 'type-removed')).toEqual([]);
      expect(report.changes).toContainEqual(expect.objectContaining({ rule: 'service-id-changed', severity: 'docs-only' }));
    } finally {
      rmSync(old, { recursive: true, force: true });
      rmSync(next, { recursive: true, force: true });
    }
  });
});

describe('apiref diff reports', () => {
  it('markdown in Russian, breaking first', async () => {
    const { code, stdout } = await apiref(['diff', postgres.new, postgres.old, '--format', 'markdown', '--lang', 'ru'], cwd);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^## Изменения API\n\n\*\*ломающих: 1, /);
    expect(stdout).toContain('### Ломающие изменения (1)');
    expect(stdout).toContain('удалено поле ответа `journalSize`');
    expect(stdout.indexOf('Ломающие')).toBeLessThan(stdout.indexOf('только в документации ('));
  });

  it('text by default, with the semver level', async () => {
    const { stdout } = await apiref(['diff', postgres.old, postgres.new], cwd);
    expect(stdout).toMatch(/^API changes: 0 breaking, 0 warnings, 1 non-breaking, \d+ docs-only; implies a minor version bump: 0\.1\.0 → 0\.1\.1 \(on 0\.x one place lower\)\n/);
    expect(stdout).toContain(
      [
        '    info [field-added] managed-postgresql.ClusterService/ListBackups › backups[].journalSize: response field `journalSize` added (int64)',
        ' · in `managed-postgresql.ClusterService.ListBackups.Response.backups`',
        '\n        in API GET /managed-postgresql/v1/clusters/{clusterId}/backups',
        '\n        at docs/en/_api-ref/mdb/postgresql/api-ref/Cluster/listBackups.md:',
      ].join(''),
    );
  });
});

describe('apiref diff sides', () => {
  it('a model JSON file compares like its docs folder', async () => {
    const file = join(cwd, 'old.ir.json');
    writeFileSync(file, serializeIr((await buildIr({ docsDir: postgres.old })).ir));
    const fromFile = (await jsonDiff(file, postgres.new)).report;
    const fromFolder = (await jsonDiff(postgres.old, postgres.new)).report;
    expect(fromFile.changes.length).toBeGreaterThan(0);
    expect(fromFile.changes).toEqual(fromFolder.changes);
  });

  describe('the sides read as in git diff', () => {
    let project: string;
    beforeAll(async () => {
      project = tempDir('diff-forms');
      copyTree(postgres.new, join(project, 'docs'));
      mkdirSync(join(project, 'generated'));
      writeFileSync(join(project, 'generated/apiref.ir.json'), serializeIr((await buildIr({ docsDir: postgres.old })).ir));
    });
    afterAll(() => rmSync(project, { recursive: true, force: true }));

    const sidesOf = async (args: string[]) => {
      const result = await apiref(['diff', ...args, '--format', 'json'], project);
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as JsonReport & { old: string; new: string };
      const added = report.changes.some((c) => c.subject === 'journalSize' && c.rule === 'field-added');
      return { old: report.old, new: report.new, added };
    };

    it('no side: the committed snapshot is old, the working docs new', async () => {
      expect(await sidesOf([])).toEqual({ old: 'generated/apiref.ir.json', new: 'docs', added: true });
    });

    it('one side: it is the old side, the working docs the new one', async () => {
      expect(await sidesOf([postgres.old])).toEqual({ old: postgres.old, new: 'docs', added: true });
      expect(await sidesOf(['generated/apiref.ir.json'])).toEqual({ old: 'generated/apiref.ir.json', new: 'docs', added: true });
    });

    it('--help says so', async () => {
      const { stdout } = await apiref(['diff', '--help'], project);
      expect(stdout).toContain('as in git diff');
      expect(stdout).toContain('`apiref diff <old>` compares <old> with');
    });

    it('two sides: old, then new', async () => {
      expect(await sidesOf(['docs', 'generated/apiref.ir.json'])).toEqual({ old: 'docs', new: 'generated/apiref.ir.json', added: false });
    });
  });

  it('reads pages and snapshots from git history', async () => {
    const repo = tempDir('diff-git');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    try {
      git('init', '-q');
      const page = 'en/_api-ref/mdb/postgresql/api-ref/Cluster/listBackups.md';
      mkdirSync(join(repo, 'docs', page, '..'), { recursive: true });
      mkdirSync(join(repo, 'generated'));
      writeFileSync(join(repo, 'docs', page), readFileSync(join(postgres.old, page)));
      writeFileSync(join(repo, 'generated/apiref.ir.json'), serializeIr((await buildIr({ docsDir: postgres.old })).ir));
      git('add', '.');
      git('commit', '-qm', 'old');
      writeFileSync(join(repo, 'docs', page), readFileSync(join(postgres.new, page)));
      git('commit', '-qam', 'new');
      const expected = (await jsonDiff(postgres.old, postgres.new)).report.changes;
      for (const [old, next] of [['git:HEAD~1', 'git:HEAD'], ['git:HEAD~1:docs', 'docs'], ['git:HEAD~1:generated/apiref.ir.json', 'git:HEAD']]) {
        const result = await apiref(['diff', old!, next!, '--format', 'json'], repo);
        expect(result.code, result.stderr).toBe(0);
        expect((JSON.parse(result.stdout) as JsonReport).changes).toEqual(expected);
      }
      const sinceLastCommit = await apiref(['diff', 'git:HEAD~1', '--format', 'json'], repo);
      expect((JSON.parse(sinceLastCommit.stdout) as JsonReport).changes, 'git:HEAD~1 is the old side').toEqual(expected);
      const unknown = await apiref(['diff', 'git:no-such-branch', 'git:HEAD'], repo);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("unknown revision 'no-such-branch'");
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('apiref diff says what is wrong', () => {
  it('--fail-on prints the reason and the count on stderr', async () => {
    const breaking = await apiref(['diff', postgres.new, postgres.old, '--fail-on', 'breaking'], cwd);
    expect(breaking.code).toBe(1);
    expect(breaking.stderr).toBe(`apiref diff: --fail-on breaking: 1 breaking change from ${postgres.new} to ${postgres.old} (exit 1)\n`);
    const any = await apiref(['diff', redisGrpc.old, redisGrpc.new, '--fail-on', 'any'], cwd);
    expect(any.stderr).toMatch(/^apiref diff: --fail-on any: \d+ non-breaking or docs-only changes from /);
  });

  it('a side with no methods is an error unless --allow-empty', async () => {
    const empty = tempDir('diff-empty');
    const onlyEn = docsTree([['en/readme.md', '# Not an API page\n']]);
    try {
      for (const [side, found] of [[empty, 'no pages'], [join(postgres.old, 'en'), 'no pages'], [onlyEn, 'no pages']] as const) {
        const result = await apiref(['diff', postgres.old, side], cwd);
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).toContain(`the new side ${side} holds no API methods (`);
        expect(result.stderr).toContain(found);
        expect(result.stderr).toContain('--allow-empty');
      }
      expect((await apiref(['diff', empty, postgres.old], cwd)).stderr).toContain(`the old side ${empty} holds no API methods`);
      const allowed = await jsonDiff(empty, postgres.old, ['--allow-empty']);
      expect(allowed.report.changes).toContainEqual(expect.objectContaining({ rule: 'service-added' }));
    } finally {
      rmSync(empty, { recursive: true, force: true });
      rmSync(onlyEn, { recursive: true, force: true });
    }
  });

  it('prints the contradictions between the pages of a side, as generate does', async () => {
    const page = '_api-ref/mdb/postgresql/api-ref/Cluster/listBackups.md';
    const en = readFileSync(join(postgres.old, 'en', page), 'utf8');
    const contradicting = en.replace('The maximum string length in characters is 50.', 'The maximum string length in characters is 60.');
    expect(contradicting).not.toBe(en);
    const docs = docsTree([[`en/${page}`, en], [`ru/${page}`, contradicting]]);
    try {
      const result = await apiref(['diff', postgres.old, docs], cwd);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`apiref: 1 contradiction(s) between pages in the new side ${docs} only;`);
      const both = await apiref(['diff', docs, docs], cwd);
      expect(both.stderr).toContain('apiref: 1 contradiction(s) between pages in both sides;');
      expect(both.stderr.match(/conflicting-constraint/g)).toHaveLength(1);
      expect(result.stderr).toMatch(/warning conflicting-constraint ×1: \S*ru\/_api-ref\/mdb\/postgresql\/api-ref\/Cluster\/listBackups\.md:\d+:\d+/);
      expect((await apiref(['diff', postgres.old, docs, '--quiet'], cwd)).stderr).toBe('');
    } finally {
      rmSync(docs, { recursive: true, force: true });
    }
  });
});

describe('apiref diff: accepted changes and CI formats', () => {
  const location = 'managed-postgresql.ClusterService/ListBackups › backups[].journalSize';

  it('an accept file entry (rule id + location + reason) lets --fail-on breaking pass, and says so', async () => {
    const project = tempDir('diff-accept');
    try {
      writeFileSync(join(project, 'apiref.accept.json'), JSON.stringify({ accept: [{ rule: 'field-removed', location, reason: 'never filled in by the server' }] }));
      const result = await apiref(['diff', postgres.new, postgres.old, '--fail-on', 'breaking'], project);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`error [field-removed] ${location}: response field \`journalSize\` removed`);
      expect(result.stdout).toContain('accepted: never filled in by the server');
      const json = JSON.parse((await apiref(['diff', postgres.new, postgres.old, '--format', 'json'], project)).stdout);
      expect(json.summary).toMatchObject({ breaking: 1, accepted: 1 });
      expect(json.level).toBe('major');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('per-rule severities from the accept file; a stale entry is named on stderr', async () => {
    const file = join(cwd, 'team.accept.json');
    writeFileSync(file, JSON.stringify({ accept: [{ rule: 'field-removed', location: 'gone/Method', reason: 'old' }], severities: { 'field-added': 'breaking' } }));
    const result = await apiref(['diff', postgres.old, postgres.new, '--accept', file, '--fail-on', 'breaking'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the accept file's entry [field-removed] gone/Method matches no change");
    expect(result.stderr).toContain('--fail-on breaking: 1 breaking change from');
  });

  it.each([
    [{ accept: [{ rule: 'no-such-rule', location: 'x', reason: 'y' }] }, /accept\[0\]\.rule must be a rule id/],
    [{ accept: [{ rule: 'field-removed', location: 'x' }] }, /accept\[0\]\.reason must be a non-empty reason/],
    [{ severities: { 'field-added': 'fatal' } }, /severities\.field-added must be one of breaking, warning, non-breaking, docs-only/],
    [[], /must be a JSON object/],
  ])('a bad accept file %j is bad usage', async (content, message) => {
    const file = join(cwd, 'bad.accept.json');
    writeFileSync(file, JSON.stringify(content));
    const result = await apiref(['diff', postgres.old, postgres.new, '--accept', file], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('--format github annotates the page of each API change; --format junit fails the breaking one', async () => {
    const github = await apiref(['diff', postgres.new, postgres.old, '--format', 'github'], cwd);
    expect(github.stdout).toMatch(new RegExp(`^::error file=[^,]*listBackups\\.md,line=\\d+,title=apiref field-removed::response field \`journalSize\` removed`, 'm'));
    expect(github.stdout).toMatch(/^::notice title=apiref diff::1 breaking, 0 warnings, /m);
    const junit = await apiref(['diff', postgres.new, postgres.old, '--format', 'junit'], cwd);
    expect(junit.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="apiref diff [^"]+" tests="\d+" failures="1">/);
    expect(junit.stdout).toContain(`name="[field-removed] ${location}"`);
  });
});

describe('apiref diff on malformed model files', () => {
  const model = async () => JSON.parse(serializeIr((await buildIr({ docsDir: postgres.old })).ir));
  type Model = Record<string, any>;
  const firstMessage = (m: Model) => Object.values(m.types as Record<string, Model>).find((t) => t.kind === 'message' && t.fields.length > 0)!;
  const cases: Array<[string, (m: Model) => unknown, RegExp]> = [
    ['a JSON array', () => [], /the top level must be object/],
    ['the wrong irVersion', (m) => ({ ...m, irVersion: 2 }), /\/irVersion must be equal to constant/],
    ['no types', (m) => ({ ...m, types: undefined }), /must have required property 'types'/],
    ['types as an array', (m) => ({ ...m, types: [] }), /\/types must be object/],
    ['a method without its request', (m) => { delete m.services[0].methods[0].request; return m; }, /\/services\/0\/methods\/0 must have required property 'request'/],
    ['a service that is a string', (m) => ({ ...m, services: ['x'] }), /\/services\/0 must be object/],
    ['a field reference that is a number', (m) => { firstMessage(m).fields[0].type = { ref: 5 }; return m; }, /\/types\/.+\/fields\/0\/type/],
    ['fields that are null', (m) => { firstMessage(m).fields = null; return m; }, /\/fields must be array/],
    ['a type filed under another id', (m) => { const id = firstMessage(m).id; m.types.elsewhere = m.types[id]; delete m.types[id]; return m; }, /\/types\/elsewhere holds the type with id '/],
  ];

  it.each(cases)('%s: exit 2 with the place, never a TypeError', async (_name, mutate, message) => {
    const file = join(cwd, 'bad.ir.json');
    writeFileSync(file, JSON.stringify(mutate(await model())));
    for (const args of [[file, postgres.new], [postgres.new, file]]) {
      const result = await apiref(['diff', ...args], cwd);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${file}: not a docs-IR v1 model`);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/TypeError|Cannot read/);
    }
  });

  it('a reference named like an Object.prototype member (toString) is a dangling reference, not a crash', async () => {
    const file = join(cwd, 'inherited.ir.json');
    const broken = await model();
    broken.services[0].methods[0].request = 'toString';
    writeFileSync(file, JSON.stringify(broken));
    const result = await apiref(['diff', postgres.old, file, '--format', 'json'], cwd);
    expect(result.stderr).not.toMatch(/TypeError|Cannot read/);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).changes).toContainEqual(expect.objectContaining({ rule: 'method-request-changed', after: 'toString' }));
  });

  it.each([['truncated', (text: string) => text.slice(0, text.length / 2)], ['empty', () => '']])('%s JSON: exit 2', async (_name, cut) => {
    const file = join(cwd, 'cut.ir.json');
    writeFileSync(file, cut(JSON.stringify(await model())));
    const result = await apiref(['diff', file, postgres.new], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: not JSON`);
  });
});

describe('apiref diff usage', () => {
  it.each([
    [['--format', 'xml'], /--format must be one of text, markdown, json/],
    [['--fail-on', 'some'], /--fail-on must be one of none, breaking, warning, any/],
    [['a', 'b', 'c'], /unexpected argument 'c'/],
    [['no/such/folder', 'other'], /no such file or folder/],
    [[join(FIXTURES, 'spec/hosts.json'), 'x'], /not a docs-IR v1 model/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('%j is bad usage (exit 2)', async (args, message) => {
    const result = await apiref(['diff', ...args], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('without a snapshot, asks for one', async () => {
    const result = await apiref(['diff', '--docs', postgres.new], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no model snapshot at generated/apiref.ir.json');
  });
});
