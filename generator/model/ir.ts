/**
 * docs-IR v1 (with the additive v1.1 constraint keys): the exported model, explained in
 * `ir-v1.md` and checked by `ir-v1.schema.json` beside this file. Every stage after the
 * merge reads only these types; `apiref ir` prints them as they are.
 */

import type { LayoutName, OTHER_LAYOUT } from '../extract/layouts/registry.ts';

export type Lang = 'en' | 'ru';

/** A page format the extractor's layout registry reads, or `other` for a page in none. */
export type Layout = LayoutName | typeof OTHER_LAYOUT;

export interface LocalizedText {
  en?: string;
  ru?: string;
}

/** `"<path>:<line>"`, 1-based. */
export type SourceRef = string;

export interface Source {
  path: string;
  lang: Lang;
  layout: Layout;
  sha256: string;
}

export type Scalar = 'string' | 'bool' | 'bytes' | 'int32' | 'uint32' | 'int64' | 'uint64' | 'double' | 'float';

export type WellKnown =
  | 'Timestamp'
  | 'Duration'
  | 'FieldMask'
  | 'Struct'
  | 'Value'
  | 'ListValue'
  | 'Any'
  | 'Empty'
  | 'Int64Value'
  | 'UInt64Value'
  | 'Int32Value'
  | 'UInt32Value'
  | 'DoubleValue'
  | 'FloatValue'
  | 'BoolValue'
  | 'StringValue'
  | 'BytesValue'
  | 'TimeOfDay'
  | 'Date';

export type TypeRef = { scalar: Scalar } | { wellKnown: WellKnown } | { ref: string };

export interface Constraints {
  minLength?: number;
  maxLength?: number;
  /** Decimal strings so that int64 bounds stay exact. */
  minimum?: string;
  maximum?: string;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  /** v1.1: a documented value set ("Value must be equal to 1,2,4."), as written. */
  allowedValues?: string[];
  /** v1.1: "Default value: 100.", as the docs write it. */
  default?: string;
  /** v1.1: Duration bounds in the JSON mapping's seconds form (`"1s"`, `"86400s"`). */
  minDuration?: string;
  maxDuration?: string;
  /** v1.1: limits on each key and each value of a map. */
  mapKey?: StringLimits;
  mapValue?: StringLimits;
}

/** The string limits a map's keys or values may carry. */
export interface StringLimits {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface Field {
  name: string;
  jsonName: string;
  description: LocalizedText;
  type: TypeRef;
  repeated: boolean;
  map: null | { key: string };
  required: boolean;
  oneof: string | null;
  deprecated: boolean;
  constraints: Constraints;
}

export interface Oneof {
  name: string;
  fields: string[];
  required: boolean;
}

export interface Message {
  kind: 'message';
  id: string;
  name: string;
  description: LocalizedText;
  fields: Field[];
  oneofs: Oneof[];
  sources: SourceRef[];
}

export interface EnumValue {
  name: string;
  description: LocalizedText;
}

export interface Enum {
  kind: 'enum';
  id: string;
  name: string;
  description: LocalizedText;
  values: EnumValue[];
  sources: SourceRef[];
}

export type TypeDef = Message | Enum;

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpBinding {
  verb: HttpVerb;
  host: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  body: string | null;
}

export interface OperationInfo {
  metadata: string | null;
  response: string | null;
}

export interface Pagination {
  pageSize: string | null;
  pageToken: string;
  nextPageToken: string;
  items: string | null;
}

export interface Method {
  name: string;
  description: LocalizedText;
  request: string;
  response: string;
  clientStreaming: boolean;
  serverStreaming: boolean;
  http: HttpBinding | null;
  operation: OperationInfo | null;
  pagination: Pagination | null;
  sources: SourceRef[];
}

export interface Service {
  id: string;
  name: string;
  product: string;
  description: LocalizedText;
  methods: Method[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  source: string;
  line: number;
  column: number;
}

export interface DocsIr {
  irVersion: 1;
  sources: Source[];
  services: Service[];
  types: Record<string, TypeDef>;
  diagnostics: Diagnostic[];
}
