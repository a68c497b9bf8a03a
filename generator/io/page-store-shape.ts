/**
 * Shape checks for what the page store reads back: JSON that parses but was cut, edited or
 * written by something else must be a miss, not a crash deep in the merge. They check what
 * the later stages read, not every key.
 */
import type { Source } from '../model/ir.ts';
import type { PackedPage, PooledType } from '../pipeline/packed-page.ts';

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isBoolean: Check = (value) => typeof value === 'boolean';
const isText: Check = (value) => isObject(value) && (value.en === undefined || isString(value.en)) && (value.ru === undefined || isString(value.ru));
const listOf =
  (check: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return false;
    for (const item of value) if (!check(item)) return false;
    return true;
  };
const nullOr = (check: Check): Check => (value) => value === null || check(value);
// The store holds a million fields: the checks are built once and run as plain loops.
const shaped = (keys: Record<string, Check>): Check => {
  const entries = Object.entries(keys);
  return (value) => {
    if (!isObject(value)) return false;
    for (const [key, check] of entries) if (!check(value[key])) return false;
    return true;
  };
};

const isSource = shaped({ path: isString, lang: (value) => value === 'en' || value === 'ru', layout: isString, sha256: isString });
const isDiagnostic = shaped({ severity: isString, code: isString, message: isString, source: isString, line: isNumber, column: isNumber });
const isTypeRef: Check = (value) => isObject(value) && (isString(value.scalar) || isString(value.wellKnown) || isString(value.ref));
const isField = shaped({
  name: isString,
  jsonName: isString,
  description: isText,
  type: isTypeRef,
  repeated: isBoolean,
  map: nullOr(shaped({ key: isString })),
  required: isBoolean,
  oneof: nullOr(isString),
  deprecated: isBoolean,
  constraints: isObject,
});
const isOneof = shaped({ name: isString, fields: listOf(isString), required: isBoolean });
const isEnumValue = shaped({ name: isString, description: isText });
const isHttp = shaped({ verb: isString, host: isString, path: isString, pathParams: listOf(isString), queryParams: listOf(isString), body: nullOr(isString) });
const isMethod = shaped({
  name: isString,
  description: isText,
  request: isString,
  response: isString,
  clientStreaming: isBoolean,
  serverStreaming: isBoolean,
  http: nullOr(isHttp),
  operation: nullOr(shaped({ metadata: nullOr(isString), response: nullOr(isString) })),
  sources: listOf(isString),
});
const isService = shaped({ name: isString, product: isString, package: nullOr(isString), description: isText, methods: listOf(isMethod) });
const isTypeRefEntry: Check = (value) => Array.isArray(value) && value.length === 2 && isString(value[0]) && listOf(isString)(value[1]);
const isTypeHead = shaped({ id: isString, name: isString, origin: isString, description: isText });
const isMessageBody = shaped({ fields: listOf(isField), oneofs: listOf(isOneof) });
const isEnumBody = shaped({ values: listOf(isEnumValue) });
const isPageBody = shaped({ source: isSource, services: listOf(isService), types: listOf(isTypeRefEntry), diagnostics: listOf(isDiagnostic) });

export const isPooledType = (value: unknown): value is PooledType =>
  isTypeHead(value) &&
  ((value as { kind?: unknown }).kind === 'message' ? isMessageBody(value) : (value as { kind?: unknown }).kind === 'enum' && isEnumBody(value));

export const isPackedPage = (value: unknown): value is PackedPage =>
  isPageBody(value) &&
  [undefined, true].includes((value as { notApiReference?: unknown }).notApiReference as undefined);

export const isPageSource = (value: unknown): value is Source => isSource(value);
