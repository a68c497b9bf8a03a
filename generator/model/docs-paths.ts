import type { Lang } from './ir.ts';

/**
 * The rules of the docs tree's paths, in one place: pages live under a language folder
 * (`en/…`, `ru/…`); current pages under `<lang>/<product>/…/api-ref/`, the legacy trees
 * under `<lang>/_api-ref/` (REST) and `<lang>/_api-ref-grpc/` (gRPC).
 */
/** The language folders of a docs root, the only places pages are read from. */
export const DOCS_LANGUAGES: readonly Lang[] = ['en', 'ru'];

/** The language a path is filed under, for a page whose prose cannot tell: `ru/…` is Russian, anything else English. */
export const languageOfPath = (path: string): Lang => (path.startsWith('ru/') ? 'ru' : 'en');

/** Which tree a page is in: the current one, or a legacy tree (`_api-ref/` REST pages, `_api-ref-grpc/` gRPC pages). */
export function docsTree(path: string): 'current' | 'legacy-rest' | 'legacy-grpc' {
  const folder = path.split('/')[1];
  return folder === '_api-ref' ? 'legacy-rest' : folder === '_api-ref-grpc' ? 'legacy-grpc' : 'current';
}

/**
 * The product a page belongs to: the folder after the language (`en/managed-redis/…`); for
 * the legacy trees, the folders up to `api-ref` (`_api-ref-grpc/ai/stt/…` → `ai-stt`), except
 * that a legacy REST page (`_api-ref/mdb/redis/…`) goes by its REST path's first segment.
 * The merge then maps legacy names onto the current ones (see merge/occurrences.ts).
 */
export function pageProduct(path: string, restPath: string | null): string {
  const fromRest = restPath ? restProduct(restPath) : null;
  const tree = docsTree(path);
  if (tree === 'legacy-rest') return fromRest ?? docsFolder(path);
  if (tree === 'legacy-grpc') return docsFolder(path);
  return path.split('/')[1] ?? fromRest ?? 'unknown';
}

/**
 * The folders a page's API is filed under, joined: between the language (or `_api-ref/`,
 * `_api-ref-grpc/`) and `api-ref/` (`en/_api-ref-grpc/ai/stt/api-ref/grpc/stt_service.md` →
 * `ai-stt`, `en/functions/triggers/api-ref/grpc/Trigger/get.md` → `functions-triggers`).
 */
export function docsFolder(path: string): string {
  const parts = path.split('/');
  const start = parts[1]?.startsWith('_api-ref') ? 2 : 1;
  const end = parts.indexOf('api-ref');
  return parts.slice(start, end > start ? end : start + 1).join('-');
}

/**
 * The product a REST path names: its segments before the version (`/managed-redis/v1/…` →
 * `managed-redis`, `/mdb/sqlserver/v1alpha/…` → `mdb-sqlserver`, `/speech/stt/v2/…` → `speech-stt`).
 */
export function restProduct(path: string): string | null {
  const segments = path.split('/').filter(Boolean);
  const version = segments.findIndex((segment) => /^v\d+(?:(?:alpha|beta)\d*)?$/.test(segment));
  const product = segments.slice(0, version > 0 ? version : 1);
  return product.length > 0 ? product.join('-') : null;
}

/**
 * The product a protobuf package names: its segments after `yandex.cloud.` before the version
 * (`yandex.cloud.dataproc.v1` → `dataproc`, `yandex.cloud.mdb.sqlserver.v1alpha` → `mdb-sqlserver`).
 */
export function packageProduct(pkg: string): string | null {
  const segments = pkg.split('.');
  if (segments[0] !== 'yandex' || segments[1] !== 'cloud') return null;
  const rest = segments.slice(2);
  const version = rest.findIndex((segment) => /^v\d+(?:(?:alpha|beta)\d*)?$/.test(segment));
  const product = rest.slice(0, version >= 0 ? version : rest.length);
  return product.length > 0 ? product.join('-') : null;
}

/** The protobuf package of a full type name: the segments before the first type name (`yandex.cloud.mdb.redis.v1.Backup.Type` → `yandex.cloud.mdb.redis.v1`). */
export function protobufPackage(id: string): string | null {
  const segments = id.split('.');
  const typeStart = segments.findIndex((segment) => /^[A-Z]/.test(segment));
  return typeStart > 0 ? segments.slice(0, typeStart).join('.') : null;
}
