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
