/**
 * Types reached from several products are declared once, in `src/shared/`, and each product
 * module still exports them under its own names (the fixed public surface).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emitPackage } from '../../../../generator/targets/typescript/index.ts';
import { buildModules } from '../../../../generator/targets/typescript/model/product.ts';
import { buildPackage, consumerOf, importFrom, removeTemporaryFolders, typeCheckConsumer, type BuiltPackage } from '../helpers/generated-package.ts';
import { enumType, field, http, int64, message, method, model, ref, service, str } from '../fixtures/build.ts';

afterAll(removeTemporaryFolders);

const OPERATION = 'yandex.cloud.operation.Operation';
const STATUS = 'google.rpc.Status';
const rest = (path: string) => ({ http: http('POST', '{{ api-host }}', path, { body: '*' }) });

/**
 * Two products (disks, images) reaching Operation (and through it google.rpc.Status and an
 * enum) and two messages named `Resources` of two common packages (a clash inside the shared
 * module); images has a `Status` of its own and disks a `Resources` (clashes in the products).
 */
const twoProducts = model(
  [
    service('a.disks.v1.DiskService', 'disks', [
      method('Create', 'a.disks.v1.CreateDiskRequest', OPERATION, rest('/disks')),
      method('Get', 'a.disks.v1.GetDiskRequest', 'a.disks.v1.Disk', rest('/disks/get')),
    ]),
    service('a.images.v1.ImageService', 'images', [
      method('Create', 'a.images.v1.CreateImageRequest', OPERATION, rest('/images')),
      method('Get', 'a.images.v1.GetImageRequest', 'a.images.v1.Image', rest('/images/get')),
    ]),
  ],
  [
    message(OPERATION, [field('id', str), field('done', str), field('error', ref(STATUS)), field('stage', ref('yandex.cloud.operation.Operation.Stage'))]),
    enumType('yandex.cloud.operation.Operation.Stage', ['PENDING', 'RUNNING']),
    message(STATUS, [field('code', str), field('message', str, { required: true })]),
    message('a.common.Resources', [field('cores', int64), field('memory', int64)]),
    message('a.extra.Resources', [field('gpus', str)]),
    message('a.disks.v1.CreateDiskRequest', [field('name', str, { required: true }), field('resources', ref('a.common.Resources')), field('extra', ref('a.extra.Resources'))]),
    message('a.disks.v1.GetDiskRequest', [field('diskId', str, { required: true })]),
    message('a.disks.v1.Disk', [field('id', str), field('resources', ref('a.disks.v1.Resources')), field('lastError', ref(STATUS))]),
    message('a.disks.v1.Resources', [field('size', str)]),
    message('a.images.v1.CreateImageRequest', [field('name', str, { required: true }), field('resources', ref('a.common.Resources')), field('extra', ref('a.extra.Resources'))]),
    message('a.images.v1.GetImageRequest', [field('imageId', str, { required: true })]),
    message('a.images.v1.Image', [field('id', str), field('status', ref('a.images.v1.Status')), field('operation', ref(OPERATION))]),
    message('a.images.v1.Status', [field('ready', str)]),
  ],
);

describe('the shared module of a package', () => {
  test('holds exactly the types more than one product reaches; products name them as their own', () => {
    const { products, shared } = buildModules(twoProducts, () => undefined);
    expect(shared?.types.map((type) => `${type.def.id} → ${type.name}`)).toEqual([
      'a.common.Resources → Common_Resources',
      'a.extra.Resources → Extra_Resources',
      'yandex.cloud.operation.Operation → Operation',
      'yandex.cloud.operation.Operation.Stage → Operation_Stage',
      'google.rpc.Status → Status',
    ]);
    const names = (product: string) =>
      products.find((candidate) => candidate.product === product)?.types.map((type) => `${type.name}${type.shared ? ` = shared ${type.shared.name}` : ''}`);
    expect(names('disks')).toEqual([
      'Common_Resources = shared Common_Resources',
      'CreateDiskRequest',
      'Disk',
      'Extra_Resources = shared Extra_Resources',
      'GetDiskRequest',
      'Operation = shared Operation',
      'Operation_Stage = shared Operation_Stage',
      'Status = shared Status',
      'V1_Resources',
    ]);
    expect(names('images')).toEqual([
      'Common_Resources = shared Common_Resources',
      'CreateImageRequest',
      'Extra_Resources = shared Extra_Resources',
      'GetImageRequest',
      'Image',
      'Operation = shared Operation',
      'Operation_Stage = shared Operation_Stage',
      'Rpc_Status = shared Status',
      'V1_Status',
    ]);
    const images = products.find((product) => product.product === 'images');
    expect(images?.typeModel(STATUS)?.shared?.validatorName).toBe('validateStatus');
    expect(images?.validatorName(STATUS)).toBe('validateRpc_Status');
  });

  test('declares each shared type once in the whole package', () => {
    const files = emitPackage(twoProducts);
    const declarations = (pattern: RegExp) => files.filter((file) => pattern.test(file.contents)).map((file) => file.path);
    expect(declarations(/^export interface Operation\b/m)).toEqual(['src/shared/types.ts']);
    expect(declarations(/^export interface Status\b/m)).toEqual(['src/shared/types.ts']);
    expect(declarations(/^export const Operation_Stage\b/m)).toEqual(['src/shared/types.ts']);
    expect(declarations(/^function \$checkOperation\b|^export function \$checkOperation\b/m)).toEqual(['src/shared/validators.ts']);
    expect(files.some((file) => file.path === 'src/shared/index.ts')).toBe(false);
    expect(JSON.parse(files.find((file) => file.path === 'package.json')?.contents ?? '{}').exports['./shared']).toBeUndefined();
  });

  test('a package without types in common has no shared module', () => {
    const one = model([service('a.disks.v1.DiskService', 'disks', [method('Get', 'a.disks.v1.GetDiskRequest', 'a.disks.v1.GetDiskRequest')])], [message('a.disks.v1.GetDiskRequest', [field('diskId', str)])]);
    expect(emitPackage(one).some((file) => file.path.startsWith('src/shared/'))).toBe(false);
  });
});

describe('a package whose products share types', () => {
  let built: BuiltPackage;
  beforeAll(async () => {
    built = await buildPackage(twoProducts);
  });

  test('compiles under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes, without warnings', () => {
    expect(built.diagnostics).toBe('');
    expect(built.warnings).toEqual([]);
  });

  test("every product's import path exports the shared types and validators, the very same objects", async () => {
    const consumer = consumerOf(built.dir);
    const disks = await importFrom<Record<string, unknown>>(consumer, '@apiref/yandex-cloud/disks');
    const images = await importFrom<Record<string, unknown>>(consumer, '@apiref/yandex-cloud/images');
    expect(disks['Operation_Stage']).toEqual({ PENDING: 'PENDING', RUNNING: 'RUNNING' });
    expect(images['Operation_Stage']).toBe(disks['Operation_Stage']);
    expect(images['validateOperation']).toBe(disks['validateOperation']);
    expect(images['validateRpc_Status']).toBe(disks['validateStatus']);
    expect(images['validateCommon_Resources']).toBe(disks['validateCommon_Resources']);
    const validateImage = images['validateImage'] as (value: unknown) => { ok: boolean; issues?: Array<{ path: string; code: string }> };
    // A product's own message checks a shared one it holds, to any depth.
    expect(validateImage({ operation: { error: { code: 'x' } } }).issues?.map((issue) => `${issue.path}:${issue.code}`)).toEqual(['operation.error.message:required']);
  });

  test('a strict consumer types the shared types through either product', async () => {
    const usage = [
      "import { Operation_Stage, validateOperation, type Operation, type Status, type Common_Resources as Resources, type V1_Resources, type CreateDiskRequest } from '@apiref/yandex-cloud/disks';",
      "import { type Operation as ImageOperation, type Rpc_Status, type V1_Status, type Common_Resources, type Image } from '@apiref/yandex-cloud/images';",
      'export const same: ImageOperation = {} as Operation;',
      "export const status: Rpc_Status = { message: 'm' } satisfies Status;",
      "export const own: V1_Status = { ready: 'yes' };",
      "export const disk: V1_Resources = { size: '1' };",
      "export const resources: Common_Resources<bigint> = { cores: 2n } satisfies Resources<bigint>;",
      "export const request: CreateDiskRequest<number> = { name: 'd', resources: { memory: 1 } };",
      "export const image: Image = { operation: { stage: Operation_Stage.RUNNING } };",
      'export const checked: boolean = validateOperation({}).ok;',
      '// @ts-expect-error a Status needs its message',
      'export const bad: Rpc_Status = {};',
    ];
    expect(await typeCheckConsumer(built.dir, usage)).toBe('');
  });
});
