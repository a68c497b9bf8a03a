import { docsFolder } from './docs-paths.ts';

const VERSION = /^v\d+(?:(?:alpha|beta)\d*)?$/;

/**
 * The API a current-layout page documents, by its folders: the product folders before
 * `api-ref/` and the version folder after it (`en/baremetal/api-ref/v2/grpc/Server/getServer.md`
 * → `baremetal/v2`, `en/organization/idp/api-ref/User/get.md` → `organization-idp`). One
 * product can hold several APIs whose services share names (baremetal v1alpha and v2,
 * organization's `UserService` and its identity provider's), and each is a service of its own.
 * A page of the legacy `_api-ref*` trees names no API: null.
 */
export function apiFolder(path: string): string | null {
  const parts = path.split('/');
  if (parts[1]?.startsWith('_api-ref')) return null;
  const version = parts[parts.indexOf('api-ref') + 1] ?? '';
  return parts.includes('api-ref') && VERSION.test(version) ? `${docsFolder(path)}/${version}` : docsFolder(path);
}

/**
 * What tells a page's API apart within its product (`v1` for `en/datasphere/api-ref/v1/…`,
 * `idp` for `en/organization/idp/api-ref/…`), empty for the product's main API: the ids of
 * the page's unnamed types carry it, so that `Delete`'s request in datasphere v1 and v2 are two.
 */
export function apiQualifier(path: string, product: string): string {
  const api = apiFolder(path);
  if (api === null || api === product) return '';
  return api.startsWith(product) ? api.slice(product.length).replace(/^[-/]/, '') : api;
}
