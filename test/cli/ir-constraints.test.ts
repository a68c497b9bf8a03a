import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { DocsIr, Field } from '../../generator/model/ir.ts';
import { docsTree } from '../helpers/docs-tree.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { apiref } from './run-cli.ts';

const schema = JSON.parse(readFileSync(new URL('../../generator/model/ir-v1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

// Real pages that state every v1.1 key: value sets, defaults, Duration bounds, map key/value limits.
const PAGES: Array<[string, string]> = [
  ['survey2', 'en/compute/api-ref/grpc/Instance/create.md'],
  ['survey', 'en/lockbox/api-ref/Secret/update.md'],
  ['survey', 'ru/_api-ref/compute/api-ref/Instance/getSerialPortOutput.md'],
];

const V11_KEYS = ['allowedValues', 'default', 'minDuration', 'maxDuration', 'mapKey', 'mapValue'];

describe('apiref ir with the v1.1 constraint keys', () => {
  it('prints them in the schema key order, and the model validates against ir-v1.schema.json', async () => {
    const docs = docsTree(PAGES.map(([root, path]) => [path, readFileSync(join(FIXTURES, root, 'docs', path))] as const));
    const result = await apiref(['ir', '--docs', docs, '--no-cache'], docs);
    const ir: DocsIr = JSON.parse(result.stdout);
    expect(validate(ir), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const fields = Object.values(ir.types).flatMap((type) => (type.kind === 'message' ? type.fields : []));
    const stated = new Set(fields.flatMap((field: Field) => Object.keys(field.constraints)));
    expect(V11_KEYS.filter((key) => !stated.has(key))).toEqual([]);
    const labels = fields.find((field) => field.jsonName === 'labels' && field.constraints.mapKey?.minLength !== undefined);
    expect(Object.keys(labels?.constraints ?? {})).toEqual(['maxItems', 'mapKey', 'mapValue']);
    expect(Object.keys(labels?.constraints.mapKey ?? {})).toEqual(['minLength', 'maxLength', 'pattern']);
  });
});
