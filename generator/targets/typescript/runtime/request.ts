import type { Int64Shape } from './int64.js';
import type { Issue } from './validation.js';

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Everything the transport needs to know about one REST method; one constant per method. */
export interface RestCall {
  /** Full name, e.g. `yandex.cloud.mdb.redis.v1.ClusterService.ListBackups`; used in errors. */
  readonly method: string;
  readonly verb: HttpVerb;
  /** As documented: `{{ api-host-mdb }}` or `compute.{{ api-host }}`. */
  readonly host: string;
  /** The path around its parameters: `pathParams.length + 1` literal pieces. */
  readonly path: readonly string[];
  /** Request fields (jsonName, dotted where nested) placed in the path, in order. */
  readonly pathParams: readonly string[];
  /** `*` (the whole request minus path parameters), one field's jsonName, or null (no body). */
  readonly body: string | null;
  readonly validateRequest: ((value: unknown) => { ok: true } | { ok: false; issues: Issue[] }) | null;
  readonly validateResponse: ((value: unknown) => { ok: true } | { ok: false; issues: Issue[] }) | null;
  /** Where the request holds int64 fields, so that numbers and bigints there go out as strings. */
  readonly int64?: Int64Shape | undefined;
  /** Retried whatever the verb: a call that cannot take effect twice (a token exchange). */
  readonly retryable?: boolean | undefined;
}

export interface HttpRequestParts {
  path: string;
  query: string;
  body: string | undefined;
}

/**
 * Places the request's fields per the gRPC HTTP mapping: path parameters percent-encoded
 * (a `/` in a value never changes the path's shape; `.` and `..`, which URL parsers resolve
 * even when encoded as `%2E`, are refused), the body field or `*` as JSON, and
 * every other field in the query string (`a.b=1` for nested, one key per repeated value).
 */
export function buildRequest(call: RestCall, request: object): HttpRequestParts | Issue[] {
  const issues: Issue[] = [];
  let path = call.path[0] ?? '';
  for (let i = 0; i < call.pathParams.length; i++) {
    const name = call.pathParams[i] as string;
    const value = valueAt(request, name);
    if (value === undefined || value === null || value === '') {
      issues.push({ path: name, code: 'required', message: 'path parameter is missing' });
    } else if (value === '.' || value === '..') {
      issues.push({ path: name, code: 'invalid', message: `path parameter must not be ${JSON.stringify(value)}: it would change the path` });
    } else {
      path += encodeURIComponent(String(value)) + (call.path[i + 1] ?? '');
    }
  }
  if (issues.length > 0) return issues;
  const bound = new Set(call.pathParams);
  let body: string | undefined;
  if (call.body === '*') {
    body = toJson(withoutKeys(request, bound));
  } else if (call.body !== null) {
    bound.add(call.body);
    body = toJson(ownValue(request, call.body) ?? {});
  }
  const query: string[] = [];
  if (call.body !== '*') appendQuery(query, '', request, bound);
  return { path, query: query.length > 0 ? `?${query.join('&')}` : '', body };
}

/** JSON as the API reads it: a bigint (say, in a field the docs type loosely) as its decimal string. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
}

function appendQuery(out: string[], prefix: string, value: unknown, bound: ReadonlySet<string>): void {
  if (value === undefined || value === null || bound.has(prefix)) return;
  if (Array.isArray(value)) {
    for (const item of value) appendQuery(out, prefix, item, bound);
  } else if (typeof value === 'object') {
    for (const key of Object.keys(value)) {
      appendQuery(out, prefix === '' ? key : `${prefix}.${key}`, (value as Record<string, unknown>)[key], bound);
    }
  } else if (prefix !== '') {
    out.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`);
  }
}

function valueAt(value: object, dottedPath: string): unknown {
  let current: unknown = value;
  for (const key of dottedPath.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = ownValue(current, key);
  }
  return current;
}

function ownValue(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function withoutKeys(value: object, keys: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!keys.has(key)) Object.defineProperty(out, key, { value: (value as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}
