import { describe, expect, it } from 'vitest';
import { parseTypeNotation, type TypeNotation } from '../../generator/extract/type-notation.ts';

const link = (text: string, url: string) => ({ text, url, anchor: url.includes('#') ? url.slice(url.indexOf('#') + 1) : null });
const TIMESTAMP_URL = 'https://developers.google.com/protocol-buffers/docs/reference/google.protobuf#timestamp';

/** given: the type column as written (compact inline form); want: what it means. */
const cases: [string, string, TypeNotation | null][] = [
  ['REST string', '**string**', { kind: 'scalar', scalar: 'string' }],
  ['REST int64 as string', '**string** (int64)', { kind: 'scalar', scalar: 'int64' }],
  ['REST uint64 as string', '**string** (uint64)', { kind: 'scalar', scalar: 'uint64' }],
  ['REST date-time', '**string** (date-time)', { kind: 'wellKnown', wellKnown: 'Timestamp', generic: null }],
  ['REST duration', '**string** (duration)', { kind: 'wellKnown', wellKnown: 'Duration', generic: null }],
  ['REST field mask', '**string** (field-mask)', { kind: 'wellKnown', wellKnown: 'FieldMask', generic: null }],
  ['REST bytes', '**string** (byte)', { kind: 'scalar', scalar: 'bytes' }],
  ['REST int32', '**integer** (int32)', { kind: 'scalar', scalar: 'int32' }],
  ['REST integer int64', '**integer** (int64)', { kind: 'scalar', scalar: 'int64' }],
  ['REST double', '**number** (double)', { kind: 'scalar', scalar: 'double' }],
  ['REST boolean', '**boolean**', { kind: 'scalar', scalar: 'bool' }],
  ['REST boolean with format', '**boolean** (boolean)', { kind: 'scalar', scalar: 'bool' }],
  ['REST object', '**object**', { kind: 'object' }],
  ['REST enum', '**enum** (BackupType)', { kind: 'enum', name: 'BackupType' }],
  ['REST message link', '**[Backup](#yandex.cloud.mdb.redis.v1.Backup)**', { kind: 'link', target: link('Backup', '#yandex.cloud.mdb.redis.v1.Backup') }],
  ['REST map', '**object** (map<**string**, **string**>)', { kind: 'map', key: 'string', value: { kind: 'scalar', scalar: 'string' } }],
  [
    'map to a message',
    '**object** (map<**string**, **[FilePointer](#yandex.cloud.loadtesting.api.v1.test.FilePointer)**>)',
    { kind: 'map', key: 'string', value: { kind: 'link', target: link('FilePointer', '#yandex.cloud.loadtesting.api.v1.test.FilePointer') } },
  ],
  ['gRPC scalar', '**int64**', { kind: 'scalar', scalar: 'int64' }],
  ['gRPC bool', '**bool**', { kind: 'scalar', scalar: 'bool' }],
  ['gRPC sint folds', '**sint32**', { kind: 'scalar', scalar: 'int32' }],
  ['gRPC fixed folds', '**fixed64**', { kind: 'scalar', scalar: 'uint64' }],
  ['gRPC enum', 'enum **BackupType**', { kind: 'enum', name: 'BackupType' }],
  ['gRPC well-known link', `**[google.protobuf.Timestamp](${TIMESTAMP_URL})**`, { kind: 'wellKnown', wellKnown: 'Timestamp', generic: null }],
  ['gRPC wrapper', '**[google.protobuf.Int64Value](https://x/int64-value)**', { kind: 'wellKnown', wellKnown: 'Int64Value', generic: null }],
  ['gRPC well-known without link', '**google.protobuf.Struct**', { kind: 'wellKnown', wellKnown: 'Struct', generic: null }],
  ['gRPC TimeOfDay', '**[google.type.TimeOfDay](https://x/timeofday.proto)**', { kind: 'wellKnown', wellKnown: 'TimeOfDay', generic: null }],
  ['REST TimeOfDay linked to its own section', '**[TimeOfDay](#google.type.TimeOfDay)**', { kind: 'wellKnown', wellKnown: 'TimeOfDay', generic: null }],
  ['REST TimeOfDay linked to a second copy of its section', '**[TimeOfDay](#google.type.TimeOfDay2)**', { kind: 'wellKnown', wellKnown: 'TimeOfDay', generic: null }],
  ['legacy gRPC map', '**map<string,string>**', { kind: 'map', key: 'string', value: { kind: 'scalar', scalar: 'string' } }],
  [
    'Any of a metadata type',
    '**[google.protobuf.Any](https://developers.google.com/protocol-buffers/docs/proto3#any)<[CreateDatabaseMetadata](#CreateDatabaseMetadata)>**',
    { kind: 'wellKnown', wellKnown: 'Any', generic: link('CreateDatabaseMetadata', '#CreateDatabaseMetadata') },
  ],
  ['legacy gRPC oneof', '**oneof:** `error` or `response`', { kind: 'oneof', fields: ['error', 'response'] }],
  ['legacy gRPC oneof in Russian', '**oneof:** `error` или `response`', { kind: 'oneof', fields: ['error', 'response'] }],
  ['unknown scalar', '**quaternion**', null],
  ['unknown REST format', '**string** (ipv9)', null],
];

describe('type notations', () => {
  it.each(cases)('%s: %s', (_name, given, want) => {
    expect(parseTypeNotation(given)).toEqual(want);
  });
});
