/**
 * Whatever the docs contain, the generated package compiles and the text stays text:
 * no token of the emitted code (outside comments and string literals) comes from a
 * description, importing the package runs nothing from it, and names that collide with
 * prototype members, reserved words or globals still work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxKind, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackage, type BuiltPackage, consumerOf, importFrom, removeTemporaryFolders } from './helpers/generated-package.ts';
import { pagesModel } from './helpers/models.ts';
import { hostileModel } from './fixtures/hostile-model.ts';

afterAll(removeTemporaryFolders);

type Result = { ok: boolean; issues?: Array<{ path: string; code: string }> };
type Module = Record<string, ((value: unknown) => Result) & Record<string, unknown>>;

declare global {
  var __apirefPwned: unknown;
}

/** Every code token of a file that is neither a comment nor a string literal. */
function codeTokens(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === SyntaxKind.SlashToken || kind === SyntaxKind.SlashEqualsToken) kind = scanner.reScanSlashToken();
    if (kind !== SyntaxKind.StringLiteral && kind !== SyntaxKind.NoSubstitutionTemplateLiteral) tokens.push(scanner.getTokenText());
  }
  return tokens;
}

function expectInert(built: BuiltPackage): void {
  expect(built.diagnostics).toBe('');
  for (const file of built.files.filter((candidate) => candidate.path.endsWith('.ts'))) {
    const tokens = codeTokens(file.contents);
    expect(tokens.filter((token) => token.includes('apirefPwned')), file.path).toEqual([]);
    // The runtime is written by hand; what is generated from the model never uses templates.
    if (!file.path.startsWith('src/runtime/')) expect(tokens.some((token) => token.startsWith('`') || token === '${'), file.path).toBe(false);
  }
  for (const file of built.files.filter((candidate) => /\.(d\.ts|js)$/.test(candidate.path))) expect(file.contents).not.toMatch(/<\/script/i);
}

describe('a docs page with hostile descriptions and field names', () => {
  let built: BuiltPackage;
  let module: Module;

  beforeAll(async () => {
    const page = readFileSync(new URL('./fixtures/hostile-listBackups.md', import.meta.url), 'utf8');
    built = await buildPackage(await pagesModel({ 'en/managed-redis/api-ref/Cluster/listBackups.md': page }));
    globalThis.__apirefPwned = undefined;
    module = await importFrom<Module>(consumerOf(built.dir), '@apiref/yandex-cloud/managed-redis');
  });

  test('compiles, and its text stays inert', () => {
    expectInert(built);
    expect(globalThis.__apirefPwned).toBeUndefined();
  });

  test('the description is still there, in the comment, defused', () => {
    const types = built.files.find((file) => file.path === 'src/managed-redis/types.ts')?.contents ?? '';
    expect(types).toContain('Ends the comment *\\/ globalThis.');
    // The extractor may drop the <script> elements as HTML; whatever survives must not close a script tag.
    expect(types).not.toMatch(/<\/script/i);
    const declarations = readFileSync(join(built.dir, 'dist/managed-redis/types.d.ts'), 'utf8');
    expect(declarations).toContain('Constructor field. Ends the comment *\\/');
  });

  test('fields named constructor and toString are checked as fields, never read from the prototype', () => {
    const backup = { id: 'b', folderId: 'f', createdAt: '2024-01-01T00:00:00Z', sourceClusterId: 'c', startedAt: '2024-01-01T00:00:00Z' };
    expect(module.validateBackup?.(backup).ok).toBe(true);
    expect(module.validateBackup?.({ ...backup, constructor: 5, toString: '12' }).issues?.map((issue) => `${issue.path}:${issue.code}`)).toEqual(['constructor:type']);
  });
});

describe('a model with hostile names everywhere', () => {
  let built: BuiltPackage;
  let module: Module;
  const warnings: string[] = [];

  beforeAll(async () => {
    built = await buildPackage(hostileModel);
    warnings.push(...built.warnings);
    globalThis.__apirefPwned = undefined;
    module = await importFrom<Module>(consumerOf(built.dir), '@apiref/yandex-cloud/etc-passwd');
  });

  test('compiles, and its text stays inert', () => {
    expectInert(built);
    expect(globalThis.__apirefPwned).toBeUndefined();
  });

  test('descriptions keep their text, defused', () => {
    const types = built.files.find((file) => file.path === 'src/etc-passwd/types.ts')?.contents ?? '';
    // The comment text as one line: the formatter wraps it at 100 columns.
    expect(types.replace(/\n *\* /g, ' ')).toContain('Ends *\\/ globalThis.__apirefPwned = 1; /* and ${globalThis.__apirefPwned = 2} `x` <\\/script><script>');
    expect(types).toContain("export type Kind = '__proto__' | 'it\\'s' | '\\x3C/script>' | 'a*/b' | 'constructor' | (string & {});");
  });

  test('a product name that looks like a path stays inside src/', () => {
    expect(built.files.every((file) => !file.path.includes('..'))).toBe(true);
    expect(built.files.map((file) => file.path)).toContain('src/etc-passwd/client.ts');
  });

  test('names that clash with globals, reserved words and base members are renamed predictably', () => {
    expect(Object.keys(module).sort()).toEqual(['Kind', 'PromiseClient', 'validateConstructor', 'validatePromise_']);
    const declarations = readFileSync(join(built.dir, 'dist/etc-passwd/types.d.ts'), 'utf8');
    expect(declarations).toMatch(/export interface Constructor \{[\s\S]*export interface Promise_ \{/);
    const client = new (module.PromiseClient as unknown as new (options: object) => Record<string, unknown>)({});
    for (const name of ['constructor_', 'waitForOperation_2', 'list', 'listAll', 'listAll_2', 'waitForOperation', 'toString_2', 'then_2']) expect(typeof client[name], name).toBe('function');
  });

  test('a method named then leaves the client no thenable: awaiting it gives the client itself', async () => {
    const client = new (module.PromiseClient as unknown as new (options: object) => Record<string, unknown>)({});
    expect(client['then']).toBeUndefined();
    expect(await Promise.resolve(client)).toBe(client);
    expect(String(client)).toBe('[object Object]');
  });

  test('enum values become keys of the const object without touching its prototype', () => {
    const kind = module.Kind as unknown as Record<string, string>;
    expect(Object.keys(kind)).toEqual(['__proto__', "it's", '</script>', 'a*/b', 'constructor']);
    expect(Object.getPrototypeOf(kind)).toBe(Object.prototype);
    expect(kind['__proto__']).toBe('__proto__');
  });

  test('prototype-named fields are own properties to the validators', () => {
    const validate = module.validateConstructor as (value: unknown) => Result;
    expect(validate({}).issues?.map((issue) => `${issue.path}:${issue.code}`)).toEqual(['constructor:required']);
    expect(validate(JSON.parse('{"constructor":"c","__proto__":"UPPER/x","toString":"__proto__"}')).issues?.map((issue) => `${issue.path}:${issue.code}`)).toEqual(['__proto__:pattern']);
    expect(validate(JSON.parse('{"constructor":"c","__proto__":"lower/x","toString":"nope"}')).issues?.map((issue) => `${issue.path}:${issue.code}`)).toEqual(['toString:enum']);
  });

  test('a pattern JavaScript cannot compile is reported and left unchecked', () => {
    expect(warnings).toContain('../../etc/passwd: pattern "[z-a]x" is not a JavaScript regular expression; it is not checked');
    expect((module.validateConstructor as (value: unknown) => Result)({ constructor: 'c', hasOwnProperty: 'anything' }).ok).toBe(true);
  });
});
