import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationBounds, seconds } from '../../generator/extract/duration-bounds.ts';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { parseDescription } from '../../generator/extract/phrases/index.ts';
import { type Report, statedConstraints } from '../../generator/extract/stated-constraints.ts';
import type { Constraints, Field } from '../../generator/model/ir.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const COMPUTE_2025 = ['survey2', 'en/compute/api-ref/grpc/Instance/create.md'] as const;
const LOCKBOX_LEGACY = ['survey', 'en/lockbox/api-ref/Secret/update.md'] as const;
const SERIAL_PORT_RU = ['survey', 'ru/_api-ref/compute/api-ref/Instance/getSerialPortOutput.md'] as const;

function fieldOf([root, path]: readonly [string, string], typeId: string, jsonName: string): Field | undefined {
  const page = extractPage(path, new Uint8Array(readFileSync(join(FIXTURES, root, 'docs', path))));
  const type = page.types.find((candidate) => candidate.id === typeId);
  return type?.kind === 'message' ? type.fields.find((field) => field.jsonName === jsonName) : undefined;
}

describe('the v1.1 constraint keys reach the field, read off real pages', () => {
  it.each([
    ['map key and value limits (2025)', COMPUTE_2025, 'yandex.cloud.compute.v1.CreateInstanceRequest', 'labels', { maxItems: 64, mapKey: { minLength: 1, maxLength: 63, pattern: '[a-z][-_./\\\\@0-9a-z]*' }, mapValue: { maxLength: 63, pattern: '[-_./\\\\@0-9a-z]*' } }],
    ['map key limits only', COMPUTE_2025, 'yandex.cloud.compute.v1.ContainerSolutionSpec', 'secrets', { maxItems: 100, mapKey: { maxLength: 100 } }],
    ['Duration bounds in seconds', COMPUTE_2025, 'yandex.cloud.compute.v1.CreateInstanceRequest', 'maintenanceGracePeriod', { minDuration: '1s', maxDuration: '86400s' }],
    ['a value set', COMPUTE_2025, 'yandex.cloud.compute.v1.ResourcesSpec', 'gpus', { minimum: '0', maximum: '4', allowedValues: ['0', '1', '2', '4'] }],
    ['a default', COMPUTE_2025, 'yandex.cloud.compute.v1.AttachedDiskSpec.DiskSpec', 'blockSize', { default: '4096' }],
    ['a legacy `**object**` row that turns out to be a map', LOCKBOX_LEGACY, 'lockbox.SecretService.Update.Request', 'labels', { maxItems: 64, mapKey: { maxLength: 63, pattern: '[a-z][-_0-9a-z]*' }, mapValue: { maxLength: 63, pattern: '[-_0-9a-z]*' } }],
    ['RU: a default and a value set on a query parameter', SERIAL_PORT_RU, 'compute.InstanceService.GetSerialPortOutput.Request', 'port', { minimum: '1', maximum: '4', allowedValues: ['1', '2', '3', '4'], default: '1' }],
  ] as const)('%s', (_name, page, typeId, jsonName, want) => {
    expect(fieldOf(page, typeId, jsonName)?.constraints).toEqual(want);
  });
});

const field = (shape: Partial<Field>): Field => ({
  name: 'f', jsonName: 'f', description: {}, type: { scalar: 'string' }, repeated: false, map: null, required: false, oneof: null, deprecated: false, constraints: {}, ...shape,
});

function stated(given: string, shape: Partial<Field>, mayBecomeMap = false): { constraints: Constraints; reports: string[] } {
  const reports: string[] = [];
  const report: Report = (severity, code, message) => void reports.push(`${severity} ${code}: ${message}`);
  return { constraints: statedConstraints(parseDescription(given), field(shape), mayBecomeMap, report), reports };
}

describe('facts the field cannot hold are reported, not dropped', () => {
  it.each([
    ['each value of a list bounds each element', 'Zones. The maximum string length in characters for each value is 50.', { repeated: true }, { maxLength: 50 }, []],
    ['the field\'s own bound wins over each element\'s', 'The maximum string length in characters is 10. The maximum string length in characters for each value is 50.', { repeated: true, constraints: { maxLength: 10 } }, {}, []],
    ['each key on a plain string', 'The maximum string length in characters for each key is 63.', {}, {}, ["info map-limit-off-map: the limits of each key (maxLength 63) are stated on a field that is not a map"]],
    ['each value on a plain string', 'The maximum string length in characters for each value is 63.', {}, {}, ['info map-limit-off-map: the limits of each value (maxLength 63) are stated on a field that is neither a map nor a list']],
    ['an exclusive Duration bound', 'The value must satisfy: <10m.', { type: { wellKnown: 'Duration' } }, {}, ["info duration-bound: the bound '<10m' is not kept: an exclusive bound or a set of durations has no place in the model"]],
    ['a Duration bound on a string', 'Acceptable values are 1m to 10m, inclusive.', {}, {}, ["info duration-bound: the bound '1m-10m' is not kept: the field is not a Duration"]],
    ['an invalid key pattern', 'Each key must match the regular expression ``[a-z``.', { map: { key: 'string' } }, { mapKey: { pattern: '[a-z' } }, ['warning invalid-pattern: the pattern of each key /[a-z/ is not a valid regular expression']],
  ] as const)('%s', (_name, given, shape, want, reports) => {
    expect(stated(given, shape as Partial<Field>)).toEqual({ constraints: want, reports });
  });

  it('keeps map limits on an `**object**` row whose message builder may make it a map', () => {
    expect(stated('The maximum string length in characters for each key is 63.', { type: { wellKnown: 'Struct' } }, true)).toEqual({ constraints: { mapKey: { maxLength: 63 } }, reports: [] });
  });
});

describe('Duration bounds in the JSON mapping\'s seconds', () => {
  it.each([
    ['1m-10m', { minDuration: '60s', maxDuration: '600s' }],
    ['>=1s', { minDuration: '1s' }],
    ['<=10m', { maxDuration: '600s' }],
    ['1s-24h', { minDuration: '1s', maxDuration: '86400s' }],
    ['0m-1h', { minDuration: '0s', maxDuration: '3600s' }],
    ['5s', { minDuration: '5s', maxDuration: '5s' }],
    ['<10m', null],
    ['>0s', null],
    ['1s,5s', null],
    ['10x', null],
  ])('%s', (rule, want) => {
    expect(durationBounds(rule)).toEqual(want);
  });

  it.each([
    ['1.5m', '90s'],
    ['500ms', '0.5s'],
    ['250us', '0.00025s'],
    ['1ns', '0.000000001s'],
    ['2.25h', '8100s'],
    ['1d', '86400s'],
  ])('%s is %s', (literal, want) => {
    expect(seconds(literal)).toBe(want);
  });
});
