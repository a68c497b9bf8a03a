import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../generator/model/ir.ts';
import { messageSchema } from '../../../../generator/targets/openapi/schema/message.ts';
import { bool, field, message, ref, str, text } from '../../typescript/fixtures/build.ts';
import { contextOf } from '../helpers/context.ts';

const bare = (jsonName: string, options: Parameters<typeof field>[2] = {}) => field(jsonName, str, { description: text(), ...options });

describe('messageSchema: a message as an object', () => {
  const cases: Array<{ name: string; given: Message; omit?: string[]; want: object }> = [
    {
      name: 'properties in documented order, required ones listed',
      given: message('x.Disk', [bare('id', { required: true }), bare('name'), field('ready', bool, { description: text() })], { description: text('A disk.', 'Диск.') }),
      want: {
        type: 'object',
        description: 'A disk.',
        'x-description-ru': 'Диск.',
        properties: { id: { type: 'string' }, name: { type: 'string' }, ready: { type: 'boolean' } },
        required: ['id'],
      },
    },
    {
      name: 'a required oneof as oneOf; its members are not listed as required',
      given: message('x.Source', [bare('imageId', { oneof: 'source', required: true }), bare('snapshotId', { oneof: 'source' })], { oneofs: [{ name: 'source', fields: ['imageId', 'snapshotId'], required: true }] }),
      want: {
        type: 'object',
        properties: { imageId: { type: 'string' }, snapshotId: { type: 'string' } },
        oneOf: [{ required: ['imageId'] }, { required: ['snapshotId'] }],
      },
    },
    {
      name: 'two oneofs under allOf',
      given: message('x.Pair', [bare('a'), bare('b'), bare('c'), bare('d')], {
        oneofs: [
          { name: 'first', fields: ['a', 'b'], required: true },
          { name: 'second', fields: ['c', 'd'], required: true },
        ],
      }),
      want: {
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' }, d: { type: 'string' } },
        allOf: [{ oneOf: [{ required: ['a'] }, { required: ['b'] }] }, { oneOf: [{ required: ['c'] }, { required: ['d'] }] }],
      },
    },
    {
      name: 'fields bound elsewhere left out, with the oneofs they were in',
      given: message('x.Update', [bare('diskId', { required: true, oneof: 'target' }), bare('name', { required: true }), bare('labelsOnly', { oneof: 'target' })], {
        oneofs: [{ name: 'target', fields: ['diskId', 'labelsOnly'], required: true }],
      }),
      omit: ['diskId'],
      want: { type: 'object', properties: { name: { type: 'string' }, labelsOnly: { type: 'string' } }, required: ['name'] },
    },
    { name: 'no fields', given: message('x.Empty', []), want: { type: 'object' } },
    {
      name: 'a message field by $ref',
      given: message('x.Holder', [field('inner', ref('x.Empty'), { description: text() })]),
      want: { type: 'object', properties: { inner: { $ref: '#/components/schemas/x.Empty' } } },
    },
  ];
  it.each(cases)('$name', ({ given, omit, want }) => {
    const { context, warnings } = contextOf([given, message('x.Empty', [])]);
    expect(messageSchema(given, context, new Set(omit))).toEqual(want);
    expect(warnings).toEqual([]);
  });

  it('keeps the first of two fields with one JSON name, and says so', () => {
    const { context, warnings } = contextOf();
    const twice = message('x.Twice', [bare('id', { constraints: { maxLength: 5 } }), bare('id')]);
    expect(messageSchema(twice, context)).toEqual({ type: 'object', properties: { id: { type: 'string', maxLength: 5 } } });
    expect(warnings).toEqual(['x.Twice: field id is described twice; the first is kept']);
  });
});
