import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS } from '../helpers/fixtures.ts';
import { apiref, tempDir, type CliResult } from './run-cli.ts';

const made: string[] = [];
const scratch = (prefix: string) => {
  made.push(tempDir(prefix));
  return made.at(-1)!;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// One working directory for every run, so that the page cache it gets makes the later runs cheap.
const cwd = scratch('openapi');
const run = (...args: string[]) => apiref(['openapi', '--docs', DOCS, ...args], cwd);

describe('apiref openapi', () => {
  let printed: CliResult;
  beforeAll(async () => {
    printed = await run();
  });

  it('prints the OpenAPI 3.1 document of the docs on stdout, with the diagnostics and what was left out on stderr', () => {
    expect(printed.code).toBe(0);
    const document = JSON.parse(printed.stdout);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).length).toBeGreaterThan(0);
    const lines = printed.stderr.trim().split('\n');
    const diagnostics = lines.filter((line) => !line.startsWith('apiref openapi:'));
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const line of diagnostics) expect(line).toMatch(/^(\S*docs\/(en|ru)\/.+\.md:\d+:\d+ - error [a-z0-9-]+: |(warning|info) [a-z0-9-]+ ×\d+: \S*docs\/(en|ru)\/\S+\.md:\d+:\d+)/);
    expect(lines).toContain(`apiref openapi: ${document['x-grpc-only-methods'].length} gRPC-only method(s) are not operations (listed in x-grpc-only-methods)`);
  });

  it('prints the same bytes on every run', async () => {
    expect((await run()).stdout).toBe(printed.stdout);
  });

  it('prints YAML with --format yaml, and takes the format from the config’s openapi target unless the flag says otherwise', async () => {
    const yaml = await run('--format', 'yaml');
    expect(parse(yaml.stdout)).toEqual(JSON.parse(printed.stdout));
    const configured = scratch('openapi-config');
    writeFileSync(join(configured, 'apiref.config.json'), JSON.stringify({ targets: ['typescript', { name: 'openapi', format: 'yaml', title: 'Managed databases' }] }));
    const fromConfig = await apiref(['openapi', '--docs', DOCS], configured);
    expect(fromConfig.stdout.startsWith('openapi: 3.1.0\n')).toBe(true);
    expect(parse(fromConfig.stdout).info.title).toBe('Managed databases');
    const overridden = await apiref(['openapi', '--docs', DOCS, '--format', 'json'], configured);
    expect(JSON.parse(overridden.stdout).info.title).toBe('Managed databases');
  });

  it('writes the document to --out, leaving no temporary file and nothing on stdout', async () => {
    const folder = join(cwd, 'api');
    const out = join(folder, 'openapi.json');
    mkdirSync(folder);
    const written = await run('--out', join('api', 'openapi.json'));
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes one document per product into the --out folder with --split product', async () => {
    const split = await run('--split', 'product', '--out', 'per-product');
    expect(split.code).toBe(0);
    const files = readdirSync(join(cwd, 'per-product')).sort();
    expect(files).toContain('managed-redis.json');
    const redis = JSON.parse(readFileSync(join(cwd, 'per-product', 'managed-redis.json'), 'utf8'));
    expect(Object.keys(redis.paths).every((path) => path.startsWith('/managed-redis/'))).toBe(true);
  });

  it('refuses bad usage with exit 2, naming the problem', async () => {
    const cases: Array<{ args: string[]; message: RegExp }> = [
      { args: ['--format', 'xml'], message: /--format must be one of json, yaml \(got 'xml'\)/ },
      { args: ['--split', 'product'], message: /--split product writes one document per product: give the folder with --out DIR/ },
      { args: ['--pretty'], message: /Unknown option '--pretty'/ },
      { args: ['extra'], message: /unexpected argument 'extra'/i },
    ];
    for (const { args, message } of cases) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    const badConfig = scratch('openapi-bad');
    writeFileSync(join(badConfig, 'apiref.config.json'), JSON.stringify({ targets: [{ name: 'openapi', split: 'service' }] }));
    const refused = await apiref(['openapi', '--docs', DOCS], badConfig);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("target 'openapi': 'split' must be one of none, product");
    expect(existsSync(join(badConfig, '.apiref-cache'))).toBe(false);
  });
});
