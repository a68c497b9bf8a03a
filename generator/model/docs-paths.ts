/**
 * The name the docs repository files a product's legacy pages under: the folders between
 * `_api-ref/` or `_api-ref-grpc/` and `api-ref/`
 * (`en/_api-ref-grpc/ai/stt/api-ref/grpc/stt_service.md` → `ai-stt`).
 */
export function legacyFolder(path: string): string {
  const parts = path.split('/');
  const end = parts.indexOf('api-ref');
  return parts.slice(2, end > 2 ? end : 3).join('-');
}
