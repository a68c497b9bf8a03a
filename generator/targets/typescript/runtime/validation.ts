import type { StandardSchemaV1 } from './standard-schema.js';

/** What went wrong, and where: `path` reads like `backups[0].createdAt` (empty for the value itself). */
export interface Issue {
  path: string;
  code: IssueCode;
  message: string;
}

export type IssueCode =
  | 'required'
  | 'type'
  | 'enum'
  | 'int64'
  | 'integer'
  | 'minimum'
  | 'maximum'
  | 'min_length'
  | 'max_length'
  | 'min_items'
  | 'max_items'
  | 'pattern'
  | 'timestamp'
  | 'duration'
  | 'base64'
  | 'map_key'
  | 'allowed_values'
  | 'oneof'
  | 'invalid';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** A validator is a function and, at the same time, a Standard Schema v1 object. */
export type Validator<T> = ((value: unknown) => ValidationResult<T>) & StandardSchemaV1<unknown, T>;

/** Checks one value and appends what is wrong to `issues`; generated once per message. */
export type Check = (value: unknown, path: string, issues: Issue[]) => void;

type Key = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INT64 = /^-?(0|[1-9][0-9]{0,18})$/;
const UINT64 = /^(0|[1-9][0-9]{0,19})$/;
const INT64_MIN = '-9223372036854775808';
const INT64_MAX = '9223372036854775807';
const UINT64_MAX = '18446744073709551615';
const TIMESTAMP =
  /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$/;
const DURATION = /^-?[0-9]{1,12}(\.[0-9]{1,9})?s$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$|^[A-Za-z0-9_-]*$/;
const ZERO = /^-?0*(\.0*)?$/;
const LEADING_ZEROS = /^0+/;
const SIGNED_INTEGER_KEY = /^-?(0|[1-9][0-9]*)$/;
const UNSIGNED_INTEGER_KEY = /^(0|[1-9][0-9]*)$/;

/** Wraps a generated check into a validator; called once per message when the module loads. */
export function createValidator<T>(check: Check): Validator<T> {
  const validate = (value: unknown): ValidationResult<T> => runCheck<T>(check, value);
  const standard: StandardSchemaV1.Props<unknown, T> = {
    version: 1,
    vendor: 'apiref',
    validate: (value: unknown) => toStandardResult(runCheck<T>(check, value)),
  };
  return Object.assign(validate, { '~standard': standard });
}

function runCheck<T>(check: Check, value: unknown): ValidationResult<T> {
  const issues: Issue[] = [];
  try {
    check(value, '', issues);
  } catch (error) {
    // A cyclic object or a throwing getter must not escape as an exception.
    issues.push({ path: '', code: 'invalid', message: `the value could not be checked: ${describeError(error)}` });
  }
  return issues.length === 0 ? { ok: true, value: value as T } : { ok: false, issues };
}

function toStandardResult<T>(result: ValidationResult<T>): StandardSchemaV1.Result<T> {
  if (result.ok) return { value: result.value };
  return { issues: result.issues.map((issue) => ({ message: issue.message, path: pathSegments(issue.path) })) };
}

/**
 * The kind of what a check threw, without ever throwing itself: the thrown value may be a
 * Proxy whose traps throw (`instanceof` runs `getPrototypeOf`) or an error whose `name` getter
 * throws or is not a string.
 */
function describeError(error: unknown): string {
  try {
    const name: unknown = error instanceof Error ? error.name : typeof error;
    return typeof name === 'string' ? name : 'Error';
  } catch {
    return 'an exception that cannot be inspected';
  }
}

// ---- paths -------------------------------------------------------------------------------

/** The path of `key` below `path`: `a.b`, `a[0]`, `a["x.y"]`. */
export function join(path: string, key: Key): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** `join` for a key known to be an identifier when the code was generated. */
export function prop(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function index(path: string, position: number): string {
  return `${path}[${position}]`;
}

/** Splits a path built by `join` back into keys (for Standard Schema issues). */
export function pathSegments(path: string): PropertyKey[] {
  const segments: PropertyKey[] = [];
  let i = 0;
  while (i < path.length) {
    const char = path[i];
    if (char === '.') {
      i++;
    } else if (char === '[') {
      const end = path[i + 1] === '"' ? endOfJsonString(path, i + 1) + 1 : path.indexOf(']', i);
      const inner = path.slice(i + 1, end);
      segments.push(inner.startsWith('"') ? (JSON.parse(inner) as string) : Number(inner));
      i = end + 1;
    } else {
      let end = i;
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
      segments.push(path.slice(i, end));
      i = end;
    }
  }
  return segments;
}

function endOfJsonString(path: string, start: number): number {
  let i = start + 1;
  while (i < path.length && path[i] !== '"') i += path[i] === '\\' ? 2 : 1;
  return i;
}

// ---- reporting ---------------------------------------------------------------------------

function report(issues: Issue[], path: string, key: Key, code: IssueCode, message: string): void {
  issues.push({ path: join(path, key), code, message });
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function wrongType(issues: Issue[], path: string, key: Key, expected: string, value: unknown): false {
  report(issues, path, key, 'type', `expected ${expected}, got ${kindOf(value)}`);
  return false;
}

/** For the value a check was called on (a message at `path`). */
export function notObject(issues: Issue[], path: string, value: unknown): void {
  issues.push({ path, code: 'type', message: `expected object, got ${kindOf(value)}` });
}

export function missing(issues: Issue[], path: string, key: string): void {
  report(issues, path, key, 'required', 'required field is missing');
}

// ---- JSON types --------------------------------------------------------------------------

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwnProperty = Object.prototype.hasOwnProperty;

export function hasOwn(value: object, key: string): boolean {
  return hasOwnProperty.call(value, key);
}

/** Reads an own property only: `constructor` or `__proto__` must not come from the prototype. */
export function own(value: Record<string, unknown>, key: string): unknown {
  return hasOwnProperty.call(value, key) ? value[key] : undefined;
}

export function record(issues: Issue[], path: string, key: Key, value: unknown): value is Record<string, unknown> {
  return isRecord(value) || wrongType(issues, path, key, 'object', value);
}

export function array(issues: Issue[], path: string, key: Key, value: unknown): value is unknown[] {
  return Array.isArray(value) || wrongType(issues, path, key, 'array', value);
}

export function string(issues: Issue[], path: string, key: Key, value: unknown): value is string {
  return typeof value === 'string' || wrongType(issues, path, key, 'string', value);
}

export function boolean(issues: Issue[], path: string, key: Key, value: unknown): value is boolean {
  return typeof value === 'boolean' || wrongType(issues, path, key, 'boolean', value);
}

/** double and float: any finite number. */
export function number(issues: Issue[], path: string, key: Key, value: unknown): value is number {
  if (typeof value !== 'number') return wrongType(issues, path, key, 'number', value);
  if (Number.isFinite(value)) return true;
  report(issues, path, key, 'type', 'expected a finite number');
  return false;
}

export function int32(issues: Issue[], path: string, key: Key, value: unknown): value is number {
  return integer(issues, path, key, value, -2147483648, 2147483647, 'int32');
}

export function uint32(issues: Issue[], path: string, key: Key, value: unknown): value is number {
  return integer(issues, path, key, value, 0, 4294967295, 'uint32');
}

function integer(issues: Issue[], path: string, key: Key, value: unknown, min: number, max: number, name: string): value is number {
  if (typeof value !== 'number') return wrongType(issues, path, key, 'number', value);
  if (Number.isInteger(value) && value >= min && value <= max) return true;
  report(issues, path, key, 'integer', `expected an ${name} integer (${min} to ${max}), got ${value}`);
  return false;
}

/** int64 travels as a decimal string in JSON so that no precision is lost. */
export function int64(issues: Issue[], path: string, key: Key, value: unknown): value is string {
  if (typeof value !== 'string') return wrongType(issues, path, key, 'string (int64)', value);
  if (INT64.test(value) && (digitCount(value) < 19 || withinInt64(value))) return true;
  report(issues, path, key, 'int64', 'expected an int64 as a decimal string');
  return false;
}

export function uint64(issues: Issue[], path: string, key: Key, value: unknown): value is string {
  if (typeof value !== 'string') return wrongType(issues, path, key, 'string (uint64)', value);
  if (UINT64.test(value) && (value.length < 20 || compareDecimal(value, UINT64_MAX) <= 0)) return true;
  report(issues, path, key, 'int64', 'expected a uint64 as a decimal string');
  return false;
}

function digitCount(value: string): number {
  return value.charCodeAt(0) === 45 ? value.length - 1 : value.length;
}

function withinInt64(value: string): boolean {
  return compareDecimal(value, INT64_MIN) >= 0 && compareDecimal(value, INT64_MAX) <= 0;
}

export function timestamp(issues: Issue[], path: string, key: Key, value: unknown): value is string {
  if (typeof value !== 'string') return wrongType(issues, path, key, 'string (RFC 3339 timestamp)', value);
  if (TIMESTAMP.test(value)) return true;
  report(issues, path, key, 'timestamp', 'expected an RFC 3339 timestamp such as 2024-01-31T12:00:00Z');
  return false;
}

export function duration(issues: Issue[], path: string, key: Key, value: unknown): value is string {
  if (typeof value !== 'string') return wrongType(issues, path, key, 'string (duration)', value);
  if (DURATION.test(value)) return true;
  report(issues, path, key, 'duration', 'expected a duration in seconds such as "1.5s"');
  return false;
}

export function bytes(issues: Issue[], path: string, key: Key, value: unknown): value is string {
  if (typeof value !== 'string') return wrongType(issues, path, key, 'string (base64)', value);
  if (BASE64.test(value)) return true;
  report(issues, path, key, 'base64', 'expected base64-encoded bytes');
  return false;
}

export function enumValue(issues: Issue[], path: string, key: Key, value: unknown, allowed: ReadonlySet<string>): value is string {
  if (typeof value !== 'string') return wrongType(issues, path, key, 'string (enum)', value);
  if (allowed.has(value)) return true;
  report(issues, path, key, 'enum', `expected one of ${listOf([...allowed])}, got ${JSON.stringify(value)}`);
  return false;
}

/** `google.protobuf.Any`: an object whose `@type`, where present, names the packed message. */
export function any(issues: Issue[], path: string, key: Key, value: unknown): value is Record<string, unknown> {
  if (!record(issues, path, key, value)) return false;
  const type = own(value, '@type');
  return type === undefined || string(issues, join(path, key), '@type', type);
}

/** Map keys are strings in JSON; integer and boolean keys must still read as such. */
export function mapKey(issues: Issue[], path: string, key: string, kind: 'signed' | 'unsigned' | 'bool'): boolean {
  const ok = kind === 'bool' ? key === 'true' || key === 'false' : (kind === 'signed' ? SIGNED_INTEGER_KEY : UNSIGNED_INTEGER_KEY).test(key);
  if (!ok) report(issues, path, key, 'map_key', `map key must be ${kind === 'bool' ? 'true or false' : 'an integer'}`);
  return ok;
}

function listOf(values: readonly string[]): string {
  const shown = values.slice(0, 12).join(', ');
  return values.length > 12 ? `${shown}, …` : shown;
}

// ---- constraints stated by the docs ------------------------------------------------------

/** Lengths are counted in characters (code points); UTF-16 length bounds them, so most strings skip the count. */
export function minLength(issues: Issue[], path: string, key: Key, value: string, min: number): void {
  if (value.length < min || (value.length < 2 * min && codePoints(value) < min)) {
    report(issues, path, key, 'min_length', `must be at least ${min} characters long`);
  }
}

export function maxLength(issues: Issue[], path: string, key: Key, value: string, max: number): void {
  if (value.length > max && codePoints(value) > max) {
    report(issues, path, key, 'max_length', `must be at most ${max} characters long`);
  }
}

function codePoints(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdbff || i + 1 === value.length) count++;
    else {
      const next = value.charCodeAt(i + 1);
      count++;
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}

/** For bytes fields, lengths count the decoded bytes of the base64 text. */
export function minBytes(issues: Issue[], path: string, key: Key, value: string, min: number): void {
  if (decodedLength(value) < min) report(issues, path, key, 'min_length', `must be at least ${min} bytes long`);
}

export function maxBytes(issues: Issue[], path: string, key: Key, value: string, max: number): void {
  if (decodedLength(value) > max) report(issues, path, key, 'max_length', `must be at most ${max} bytes long`);
}

function decodedLength(base64: string): number {
  let end = base64.length;
  while (end > 0 && base64.charCodeAt(end - 1) === 61) end--;
  return Math.floor((end * 3) / 4);
}

export function pattern(issues: Issue[], path: string, key: Key, value: string, regexp: RegExp): void {
  if (!regexp.test(value)) report(issues, path, key, 'pattern', `must match the regular expression ${regexp.source}`);
}

/** A documented value set ("Value must be one of 0, 1, 2 or 4."); numbers compare by their canonical decimal. */
export function allowedValue(issues: Issue[], path: string, key: Key, value: string | number, allowed: ReadonlySet<string>): void {
  const text = typeof value === 'number' ? String(value) : value;
  if (!allowed.has(text)) report(issues, path, key, 'allowed_values', `must be one of ${listOf([...allowed])}`);
}

/** Duration bounds in the JSON mapping's seconds (`"60s"`), compared exactly as decimals. */
export function minDuration(issues: Issue[], path: string, key: Key, value: string, min: string): void {
  if (compareDecimal(value.slice(0, -1), min.slice(0, -1)) < 0) report(issues, path, key, 'minimum', `must be at least ${min}`);
}

export function maxDuration(issues: Issue[], path: string, key: Key, value: string, max: string): void {
  if (compareDecimal(value.slice(0, -1), max.slice(0, -1)) > 0) report(issues, path, key, 'maximum', `must be at most ${max}`);
}

/** The docs' limits on each key of a map, reported as the key's issue: the value's path alone would not say which. */
export function mapKeyLimits(issues: Issue[], path: string, key: string, min: number, max: number | undefined, regexp: RegExp | undefined): void {
  const length = codePoints(key);
  if (length < min) report(issues, path, key, 'map_key', `map key must be at least ${min} characters long`);
  if (max !== undefined && length > max) report(issues, path, key, 'map_key', `map key must be at most ${max} characters long`);
  if (regexp !== undefined && !regexp.test(key)) report(issues, path, key, 'map_key', `map key must match the regular expression ${regexp.source}`);
}

export function minimum(issues: Issue[], path: string, key: Key, value: number, min: number): void {
  if (value < min) report(issues, path, key, 'minimum', `must be at least ${min}`);
}

export function maximum(issues: Issue[], path: string, key: Key, value: number, max: number): void {
  if (value > max) report(issues, path, key, 'maximum', `must be at most ${max}`);
}

/** Bounds of int64 fields are compared as decimal strings, so they stay exact beyond 2^53. */
export function minimumDecimal(issues: Issue[], path: string, key: Key, value: string, min: string): void {
  if (compareDecimal(value, min) < 0) report(issues, path, key, 'minimum', `must be at least ${min}`);
}

export function maximumDecimal(issues: Issue[], path: string, key: Key, value: string, max: string): void {
  if (compareDecimal(value, max) > 0) report(issues, path, key, 'maximum', `must be at most ${max}`);
}

export function minItems(issues: Issue[], path: string, key: Key, count: number, min: number): void {
  if (count < min) report(issues, path, key, 'min_items', `must have at least ${min} items`);
}

export function maxItems(issues: Issue[], path: string, key: Key, count: number, max: number): void {
  if (count > max) report(issues, path, key, 'max_items', `must have at most ${max} items`);
}

export function countKeys(value: Record<string, unknown>): number {
  let count = 0;
  for (const key in value) if (hasOwnProperty.call(value, key)) count++;
  return count;
}

export function oneofConflict(issues: Issue[], path: string, fields: readonly string[]): void {
  issues.push({ path, code: 'oneof', message: `only one of ${fields.join(', ')} may be set` });
}

export function oneofMissing(issues: Issue[], path: string, fields: readonly string[]): void {
  issues.push({ path, code: 'required', message: `one of ${fields.join(', ')} must be set` });
}

/**
 * Compares two decimal numbers written as strings (`-12`, `1000`, `0.5`) without converting
 * them to floating point; returns a negative number, zero or a positive number.
 */
export function compareDecimal(a: string, b: string): number {
  const negativeA = a.startsWith('-');
  const negativeB = b.startsWith('-');
  if (negativeA !== negativeB) return isZero(a) && isZero(b) ? 0 : negativeA ? -1 : 1;
  const magnitude = compareMagnitude(negativeA ? a.slice(1) : a, negativeB ? b.slice(1) : b);
  return negativeA ? -magnitude : magnitude;
}

function isZero(value: string): boolean {
  return ZERO.test(value);
}

function compareMagnitude(a: string, b: string): number {
  const [intA = '', fracA = ''] = a.split('.');
  const [intB = '', fracB = ''] = b.split('.');
  const wholeA = intA.replace(LEADING_ZEROS, '');
  const wholeB = intB.replace(LEADING_ZEROS, '');
  if (wholeA.length !== wholeB.length) return wholeA.length - wholeB.length;
  if (wholeA !== wholeB) return wholeA < wholeB ? -1 : 1;
  const width = Math.max(fracA.length, fracB.length);
  const partA = fracA.padEnd(width, '0');
  const partB = fracB.padEnd(width, '0');
  return partA === partB ? 0 : partA < partB ? -1 : 1;
}
