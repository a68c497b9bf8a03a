/**
 * Figures for the emitters: how long emitting a model takes, and how fast the generated
 * validators check a realistic response (a list page of fully populated items, built from
 * the model so that every field the docs describe is present and valid). Runs under tsx,
 * which loads the emitted TypeScript modules straight from a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitPackage } from '../../generator/targets/typescript/index.ts';
import { buildModules } from '../../generator/targets/typescript/model/product.ts';
import type { DocsIr, Field, Message, Method, Service, TypeRef } from '../../generator/model/ir.ts';
import { writeFiles } from '../targets/typescript/helpers/generated-package.ts';

const PAGE_ITEMS = 100;
const VALIDATE_MS = 1500;

type Validate = (value: unknown) => { ok: boolean; issues?: unknown[] };

export async function benchEmit(ir: DocsIr): Promise<Record<string, string | number>> {
  emitPackage(ir);
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    const files = emitPackage(ir);
    return { ms: performance.now() - started, files };
  });
  const ms = runs.map((run) => run.ms).sort((a, b) => a - b)[1] as number;
  const files = runs[0]?.files ?? [];
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.contents), 0);
  const figures: Record<string, string | number> = {
    'emit ms (median of 3)': Math.round(ms),
    'emitted files': files.length,
    'emitted MB': Number((bytes / 1024 / 1024).toFixed(2)),
    'emit types/s': Math.round(Object.keys(ir.types).length / (ms / 1000)),
  };
  const target = pickListMethod(ir);
  if (target) Object.assign(figures, await benchValidator(ir, files, target));
  for (const [name, value] of Object.entries(figures)) console.log(`emit: ${name}: ${value}`);
  return figures;
}

interface ListTarget {
  service: Service;
  method: Method;
  response: Message;
}

/** The managed-redis backups page where the model has it, else the paginated method whose items have the most fields. */
function pickListMethod(ir: DocsIr): ListTarget | undefined {
  const candidates: ListTarget[] = [];
  for (const service of ir.services) {
    for (const method of service.methods) {
      const response = ir.types[method.response];
      if (method.pagination?.items && response?.kind === 'message') candidates.push({ service, method, response });
    }
  }
  const preferred = candidates.find((candidate) => candidate.response.id === 'yandex.cloud.mdb.redis.v1.ListClusterBackupsResponse');
  return preferred ?? candidates.sort((a, b) => itemFieldCount(ir, b) - itemFieldCount(ir, a))[0];
}

function itemFieldCount(ir: DocsIr, target: ListTarget): number {
  const items = target.response.fields.find((field) => field.jsonName === target.method.pagination?.items);
  const type = items && 'ref' in items.type ? ir.types[items.type.ref] : undefined;
  return type?.kind === 'message' ? type.fields.length : 0;
}

async function benchValidator(ir: DocsIr, files: ReturnType<typeof emitPackage>, target: ListTarget): Promise<Record<string, string | number>> {
  const dir = mkdtempSync(join(tmpdir(), 'apiref-emit-bench-'));
  try {
    writeFiles(dir, files);
    const product = buildModules(ir, () => undefined).products.find((candidate) => candidate.product === target.service.product);
    const name = product?.validatorName(target.response.id);
    if (!product || !name) return { 'validator bench': `skipped: no validator for ${target.response.id}` };
    const module = (await import(pathToFileURL(join(dir, `src/${product.directory}/validators.ts`)).href)) as Record<string, Validate>;
    const validate = module[name];
    if (!validate) return { 'validator bench': `skipped: ${name} not exported` };
    const page = sampleMessage(ir, target.response, 0, { items: target.method.pagination?.items ?? '' });
    const first = validate(page);
    let pages = 0;
    const started = performance.now();
    while (performance.now() - started < VALIDATE_MS) {
      for (let i = 0; i < 50; i++) validate(page);
      pages += 50;
    }
    const seconds = (performance.now() - started) / 1000;
    const json = Buffer.byteLength(JSON.stringify(page));
    return {
      'validator response': `${target.service.name}.${target.method.name} → ${target.response.name} (${PAGE_ITEMS} items)`,
      'validator issues on the sample (want 0)': first.ok ? 0 : (first.issues?.length ?? 0),
      'validator pages/s': Math.round(pages / seconds),
      'validator objects/s': Math.round((pages * PAGE_ITEMS) / seconds),
      'validator MB/s of JSON': Number(((pages * json) / 1024 / 1024 / seconds).toFixed(1)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A valid value for every field, as a real response would have it; `PAGE_ITEMS` entries in the list field. */
function sampleMessage(ir: DocsIr, message: Message, depth: number, list?: { items: string }): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  const oneofsSet = new Set<string>();
  for (const field of message.fields) {
    if (field.oneof !== null) {
      if (oneofsSet.has(field.oneof)) continue;
      oneofsSet.add(field.oneof);
    }
    if (field.constraints.pattern !== undefined && !field.required) continue;
    const sample = sampleField(ir, field, depth, list?.items === field.jsonName ? PAGE_ITEMS : 2);
    if (sample !== undefined) value[field.jsonName] = sample;
  }
  return value;
}

function sampleField(ir: DocsIr, field: Field, depth: number, count: number): unknown {
  const one = () => sampleValue(ir, field.type, field, depth);
  if (field.map) return Object.fromEntries([0, 1].map((i) => [/int|fixed/.test(field.map?.key ?? '') ? String(i) : `key${i}`, one()]));
  if (field.repeated) {
    const items = Math.max(field.constraints.minItems ?? 0, Math.min(count, field.constraints.maxItems ?? count));
    return Array.from({ length: items }, one);
  }
  return one();
}

function sampleValue(ir: DocsIr, type: TypeRef, field: Field, depth: number): unknown {
  const c = field.constraints;
  if ('scalar' in type) {
    switch (type.scalar) {
      case 'string':
        return 'c9qash3nb1v9ulc9ag10'.slice(0, c.maxLength ?? 20).padEnd(c.minLength ?? 0, 'x');
      case 'bool':
        return true;
      case 'bytes':
        return 'aGVsbG8=';
      case 'int64':
      case 'uint64':
        return c.maximum ?? c.minimum ?? '1024';
      default:
        return Number(c.maximum ?? c.minimum ?? 3);
    }
  }
  if ('wellKnown' in type) {
    if (type.wellKnown === 'Timestamp') return '2024-05-14T10:21:33.123456Z';
    if (type.wellKnown === 'Duration') return '1.5s';
    if (/^(U?Int64|UInt64)Value$/.test(type.wellKnown)) return c.maximum ?? '10';
    if (/Value$/.test(type.wellKnown) && type.wellKnown !== 'ListValue') return type.wellKnown === 'BoolValue' ? true : type.wellKnown === 'StringValue' ? 's' : 1;
    return type.wellKnown === 'ListValue' ? [] : {};
  }
  const target = ir.types[type.ref];
  if (target?.kind === 'enum') return target.values[0]?.name ?? 'VALUE';
  if (target?.kind === 'message') return depth >= 4 ? {} : sampleMessage(ir, target, depth + 1);
  return {};
}
