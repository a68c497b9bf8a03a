/**
 * The documents of the shipped docs and of the survey pages, through the tools people will
 * run on them: Redocly's linter (the library behind `redocly lint`, recommended rules) and
 * openapi-typescript, whose types must compile; and an independent reading that every REST
 * method of the model is an operation with its parameters and constraints.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultHosts } from '../../../generator/config/hosts.ts';
import type { DocsIr } from '../../../generator/model/ir.ts';
import { buildIr } from '../../../generator/pipeline/build-ir.ts';
import { openapiTarget } from '../../../generator/targets/openapi/target.ts';
import { DOCS, FIXTURES, ROOT } from '../../helpers/fixtures.ts';
import { coverageProblems } from './helpers/coverage.ts';

const TREES = { docs: DOCS, survey: join(FIXTURES, 'survey/docs'), survey2: join(FIXTURES, 'survey2/docs'), survey3: join(FIXTURES, 'survey3/docs') };

/**
 * Warnings of the recommended rules the documents may carry, each for a reason in the docs:
 * most services have no description on their pages (a tag without one), and the cloud has
 * paths such as `/a/{id}/b` beside `/a/c/{id}`, which the rule finds ambiguous.
 */
const ACCEPTED_WARNINGS = new Set(['tag-description', 'no-ambiguous-paths']);

interface Exported {
  ir: DocsIr;
  json: string;
  yaml: string;
  warnings: string[];
}

const exported = new Map<string, Exported>();
const scratch = mkdtempSync(join(tmpdir(), 'apiref-openapi-'));

function emit(ir: DocsIr, format: 'json' | 'yaml', warnings: string[]): string {
  const context = { options: openapiTarget.parseOptions({ format }), packageName: '@apiref/yandex-cloud', version: '0.1.0', hosts: defaultHosts(), warn: (message: string) => warnings.push(message) };
  return openapiTarget.emit(ir, context)[0]!.contents;
}

beforeAll(async () => {
  for (const [name, docsDir] of Object.entries(TREES)) {
    const { ir } = await buildIr({ docsDir });
    const warnings: string[] = [];
    exported.set(name, { ir, json: emit(ir, 'json', warnings), yaml: emit(ir, 'yaml', []), warnings });
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(Object.keys(TREES))('the OpenAPI document of %s', (name) => {
  it('has every REST method of the model as an operation, with its parameters, body and constraints', () => {
    const { ir, json, warnings } = exported.get(name)!;
    const document = JSON.parse(json);
    expect(coverageProblems(ir, document)).toEqual([]);
    expect(warnings.filter((warning) => warning.endsWith('not an operation'))).toEqual([]);
    const operations = Object.values<Record<string, unknown>>(document.paths).flatMap((item) => Object.keys(item).filter((key) => key !== 'servers'));
    const methods = ir.services.flatMap((service) => service.methods);
    expect(operations.length + document['x-grpc-only-methods'].length).toBe(methods.length);
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each(['json', 'yaml'] as const)('has no error under Redocly’s recommended rules (%s)', async (format) => {
    const source = exported.get(name)![format];
    const problems = await lintFromString({ source, absoluteRef: join(scratch, `${name}.${format}`), config: await createConfig({ extends: ['recommended'] }) });
    const described = problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(described.filter((problem) => problem.startsWith('error'))).toEqual([]);
    expect(problems.filter((problem) => !ACCEPTED_WARNINGS.has(problem.ruleId)).map((problem) => described[problems.indexOf(problem)])).toEqual([]);
  });

  it('prints YAML of the same document as the JSON', async () => {
    const { parse } = await import('yaml');
    expect(parse(exported.get(name)!.yaml)).toEqual(JSON.parse(exported.get(name)!.json));
  });
});

describe('openapi-typescript', () => {
  it('turns every document into types that compile under strict settings', () => {
    const pairs = [...exported].map(([name, { json }]) => {
      writeFileSync(join(scratch, `${name}.json`), json);
      return [join(scratch, `${name}.json`), join(scratch, `${name}.d.ts`)] as const;
    });
    execFileSync(process.execPath, [join(ROOT, 'test/targets/openapi/helpers/openapi-to-types.mjs'), ...pairs.flat()], { stdio: 'pipe' });
    const files = pairs.map(([, types]) => types);
    const usage = join(scratch, 'use.ts');
    writeFileSync(
      usage,
      [
        "import type { components, operations } from './docs.js';",
        "type Backup = components['schemas']['yandex.cloud.mdb.redis.v1.Backup'];",
        "type ListBackups = operations['yandex.cloud.mdb.redis.v1.ClusterService.ListBackups'];",
        "type Query = NonNullable<ListBackups['parameters']['query']>;",
        "export const backup: Backup = { id: 'b1', folderId: 'f1', createdAt: '2024-01-01T00:00:00Z', sourceClusterId: 'c1', startedAt: '2024-01-01T00:00:00Z', type: 'AUTOMATED' };",
        "// @ts-expect-error an enum value the docs do not list",
        "export const wrong: Backup['type'] = 'WEEKLY';",
        "export const query: Query = { pageSize: '10' };",
        '',
      ].join('\n'),
    );
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noEmit: true, target: 'es2022', module: 'nodenext', skipLibCheck: false }, files: [...files, usage] }));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', scratch], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
});
