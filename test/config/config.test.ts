import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, writeConfigVersion } from '../../generator/config/config.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'apiref-config-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const writeConfig = (value: unknown, name = 'apiref.config.json') =>
  writeFile(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));

describe('loadConfig', () => {
  it('uses the defaults where there is no config file', async () => {
    const config = await loadConfig(dir);
    expect(config).toMatchObject({
      configFile: null,
      docs: path.join(dir, 'docs'),
      out: path.join(dir, 'generated'),
      cache: path.join(dir, '.apiref-cache'),
      version: '0.1.0',
      pages: { include: [], exclude: [] },
      products: { include: [], exclude: [] },
      keep: ['dist', 'node_modules'],
    });
    expect(config.hosts['api-host-mdb']).toBe('mdb.api.cloud.yandex.net');
    expect(config.hosts).not.toHaveProperty('about');
  });

  it('resolves the file’s paths against the file and the flags against the working directory', async () => {
    await mkdir(path.join(dir, 'conf'));
    await writeConfig(
      {
        docs: '../reference',
        out: 'sdk',
        cache: false,
        package: { name: '@acme/cloud', version: '2.3.4' },
        pages: { include: ['en/**'], exclude: ['**/grpc/**'] },
        products: { include: ['managed-*'] },
        hosts: { 'api-host-mdb': 'mdb.example.test' },
      },
      'conf/apiref.json',
    );
    const config = await loadConfig(dir, { config: 'conf/apiref.json', out: 'elsewhere' });
    expect(config).toMatchObject({
      configFile: path.join(dir, 'conf', 'apiref.json'),
      docs: path.join(dir, 'reference'),
      out: path.join(dir, 'elsewhere'),
      cache: null,
      packageName: '@acme/cloud',
      version: '2.3.4',
      pages: { include: ['en/**'], exclude: ['**/grpc/**'] },
      products: { include: ['managed-*'], exclude: [] },
    });
    expect(config.hosts['api-host-mdb']).toBe('mdb.example.test');
    expect(config.hosts['api-host']).toBe('api.cloud.yandex.net');
  });

  it('reads a host table from a file named in the config', async () => {
    await writeFile(path.join(dir, 'hosts.json'), JSON.stringify({ 'api-host': 'api.example.test' }));
    await writeConfig({ hosts: 'hosts.json' });
    expect((await loadConfig(dir)).hosts).toEqual({ 'api-host': 'api.example.test' });
  });

  it.each([
    ['{ not json', /not valid JSON/],
    ['[]', /must hold a JSON object/],
    [{ dosc: 'docs' }, /unknown key 'dosc'/],
    [{ package: { version: '1.0' } }, /'package.version' must be a semantic version/],
    [{ products: { include: 'managed-*' } }, /'products.include' must be a list of globs/],
    [{ products: { only: ['x'] } }, /'products' must be an object with only include, exclude$/],
    [{ hosts: { 'api-host': 1 } }, /'hosts' must be/],
    [{ hosts: 'missing.json' }, /hosts file missing.json/],
    [{ cache: true }, /'cache' must be a path or false/],
  ])('rejects %j with a clear message', async (content, message) => {
    await writeConfig(content);
    const error = await loadConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
  });

  it('reads the lint rule levels, and rejects a level that is none', async () => {
    expect((await loadConfig(dir)).lint).toEqual({ rules: {} });
    await writeConfig({ lint: { rules: { 'field-set-differs': 'error', 'unread-constraint': 'off' } } });
    expect((await loadConfig(dir)).lint).toEqual({ rules: { 'field-set-differs': 'error', 'unread-constraint': 'off' } });
    for (const [lint, message] of [
      [{ rules: { 'broken-anchor': 'fatal' } }, /'lint.rules.broken-anchor' must be one of error, warning, off/],
      [{ rules: ['broken-anchor'] }, /'lint.rules' must be an object of rule names to levels/],
      [{ levels: {} }, /'lint' must be an object with only "rules"/],
    ] as const) {
      await writeConfig({ lint });
      await expect(loadConfig(dir)).rejects.toThrow(message);
    }
  });

  it('fails on a --config file that does not exist', async () => {
    await expect(loadConfig(dir, { config: 'nope.json' })).rejects.toThrow(ConfigError);
  });
});

describe('writeConfigVersion', () => {
  it('changes only the version', async () => {
    await writeConfig({ docs: 'docs', package: { name: 'x', version: '0.1.0' } });
    const config = await loadConfig(dir);
    await writeConfigVersion(config, '0.2.0', dir);
    expect(JSON.parse(await readFile(path.join(dir, 'apiref.config.json'), 'utf8'))).toEqual({
      docs: 'docs',
      package: { name: 'x', version: '0.2.0' },
    });
  });

  it('creates the config file where there is none', async () => {
    await writeConfigVersion(await loadConfig(dir), '1.0.0', dir);
    expect((await loadConfig(dir)).version).toBe('1.0.0');
  });
});
