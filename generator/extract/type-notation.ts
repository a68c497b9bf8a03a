import type { Scalar, WellKnown } from '../model/ir.ts';

/** What the type column of a field row says, before anchors are resolved against the page. */
export type TypeNotation =
  | { kind: 'scalar'; scalar: Scalar }
  | { kind: 'wellKnown'; wellKnown: WellKnown; generic: LinkTarget | null }
  /** A link to a message or enum documented on a page (`**[Backup](#yandex.cloud.mdb.redis.v1.Backup)**`). */
  | { kind: 'link'; target: LinkTarget }
  /** An enum whose values the cell lists (`enum **BackupType**`, `**enum** (BackupType)`, legacy `**string**` + list). */
  | { kind: 'enum'; name: string | null }
  /** A legacy REST `**object**`: its fields follow as flattened rows, or it is a map. */
  | { kind: 'object' }
  | { kind: 'map'; key: Scalar; value: TypeNotation }
  /** A legacy gRPC `**oneof:** `a` or `b`` row; the member rows follow, indented. */
  | { kind: 'oneof'; fields: string[] };

export interface LinkTarget {
  /** The link text, e.g. `Backup` or `google.rpc.Status`. */
  text: string;
  url: string;
  /** The anchor after `#`, or null. */
  anchor: string | null;
}

const WELL_KNOWN: Record<string, WellKnown> = {
  'google.protobuf.Timestamp': 'Timestamp',
  'google.protobuf.Duration': 'Duration',
  'google.protobuf.FieldMask': 'FieldMask',
  'google.protobuf.Struct': 'Struct',
  'google.protobuf.Value': 'Value',
  'google.protobuf.ListValue': 'ListValue',
  'google.protobuf.Any': 'Any',
  'google.protobuf.Empty': 'Empty',
  'google.protobuf.Int64Value': 'Int64Value',
  'google.protobuf.UInt64Value': 'UInt64Value',
  'google.protobuf.Int32Value': 'Int32Value',
  'google.protobuf.UInt32Value': 'UInt32Value',
  'google.protobuf.DoubleValue': 'DoubleValue',
  'google.protobuf.FloatValue': 'FloatValue',
  'google.protobuf.BoolValue': 'BoolValue',
  'google.protobuf.StringValue': 'StringValue',
  'google.protobuf.BytesValue': 'BytesValue',
  'google.type.TimeOfDay': 'TimeOfDay',
  'google.type.Date': 'Date',
};

/** gRPC scalar names, with the sint/fixed variants folded as the model asks. */
const GRPC_SCALARS: Record<string, Scalar> = {
  string: 'string',
  bool: 'bool',
  bytes: 'bytes',
  int32: 'int32',
  sint32: 'int32',
  sfixed32: 'int32',
  uint32: 'uint32',
  fixed32: 'uint32',
  int64: 'int64',
  sint64: 'int64',
  sfixed64: 'int64',
  uint64: 'uint64',
  fixed64: 'uint64',
  double: 'double',
  float: 'float',
};

/** REST (JSON schema) formats written in parentheses after the JSON type. */
const REST_FORMATS: Record<string, { scalar: Scalar } | { wellKnown: WellKnown }> = {
  int64: { scalar: 'int64' },
  uint64: { scalar: 'uint64' },
  int32: { scalar: 'int32' },
  uint32: { scalar: 'uint32' },
  double: { scalar: 'double' },
  float: { scalar: 'float' },
  byte: { scalar: 'bytes' },
  bytes: { scalar: 'bytes' },
  boolean: { scalar: 'bool' },
  'date-time': { wellKnown: 'Timestamp' },
  duration: { wellKnown: 'Duration' },
  'field-mask': { wellKnown: 'FieldMask' },
};

const REST_DEFAULTS: Record<string, Scalar> = { string: 'string', integer: 'int32', number: 'double', boolean: 'bool' };

const LINK = /^\[([^\]]*)\]\(([^)\s]*)\)$/;
const BOLD = /^\*\*(.+)\*\*$/s;

export function linkTarget(text: string, url: string): LinkTarget {
  const hash = url.indexOf('#');
  return { text: text.trim(), url, anchor: hash >= 0 ? url.slice(hash + 1) : null };
}

/**
 * Parses a type notation in its compact inline form (see inline-source.ts).
 * Returns null for a notation no rule knows; the caller reports it.
 */
export function parseTypeNotation(source: string): TypeNotation | null {
  const text = source.replace(/\s+/g, ' ').trim();
  return (
    parseOneof(text) ??
    parseEnum(text) ??
    parseMap(text) ??
    parseRest(text) ??
    parseBold(text)
  );
}

function parseOneof(text: string): TypeNotation | null {
  const match = /^\*\*oneof:?\*\*:?\s*(.*)$/i.exec(text);
  if (!match) return null;
  const fields = [...(match[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').trim());
  return { kind: 'oneof', fields };
}

function parseEnum(text: string): TypeNotation | null {
  const grpc = /^enum \*\*([\w.]+)\*\*$/.exec(text);
  if (grpc) return { kind: 'enum', name: grpc[1] ?? null };
  const rest = /^\*\*enum\*\*(?: \(([\w.]+)\))?$/.exec(text);
  if (rest) return { kind: 'enum', name: rest[1] ?? null };
  return null;
}

/** `**object** (map<**string**, **string**>)`, `**map<string,string>**`, `map<**string**, **[X](#x)**>`. */
function parseMap(text: string): TypeNotation | null {
  const match = /^(?:\*\*object\*\* \()?(?:\*\*)?map<(.+)>(?:\*\*)?\)?$/.exec(text);
  if (!match) return null;
  const inner = match[1] ?? '';
  const comma = splitTopLevelComma(inner);
  if (!comma) return null;
  const key = parseTypeNotation(unbold(comma[0]));
  const value = parseTypeNotation(comma[1]) ?? parseTypeNotation(unbold(comma[1]));
  if (!key || key.kind !== 'scalar' || !value) return null;
  return { kind: 'map', key: key.scalar, value };
}

function splitTopLevelComma(text: string): [string, string] | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '<' || char === '(' || char === '[') depth++;
    else if (char === '>' || char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
  }
  return null;
}

const unbold = (text: string): string => {
  const match = BOLD.exec(text);
  return match ? `**${(match[1] ?? '').trim()}**` : `**${text.trim()}**`;
};

/** `**string** (int64)`, `**integer** (int32)`, `**string** (date-time)`, `**object**`. */
function parseRest(text: string): TypeNotation | null {
  const match = /^\*\*(string|integer|number|boolean|object)\*\*(?: \(([\w-]+)\))?$/.exec(text);
  if (!match) return null;
  const [, jsonType = '', format] = match;
  if (jsonType === 'object') return format ? null : { kind: 'object' };
  if (format) {
    const known = REST_FORMATS[format];
    if (!known) return null;
    return 'scalar' in known ? { kind: 'scalar', scalar: known.scalar } : { kind: 'wellKnown', wellKnown: known.wellKnown, generic: null };
  }
  const scalar = REST_DEFAULTS[jsonType];
  return scalar ? { kind: 'scalar', scalar } : null;
}

/** `**int64**`, `**[Backup](#…)**`, `**[google.protobuf.Any](…)<[Meta](#…)>**`. */
function parseBold(text: string): TypeNotation | null {
  const bold = BOLD.exec(text);
  if (!bold) return null;
  const inner = (bold[1] ?? '').trim();
  const scalar = GRPC_SCALARS[inner];
  if (scalar) return { kind: 'scalar', scalar };
  const unlinked = WELL_KNOWN[inner];
  if (unlinked) return { kind: 'wellKnown', wellKnown: unlinked, generic: null };
  const generic = /^(\[[^\]]*\]\([^)\s]*\))<(\[[^\]]*\]\([^)\s]*\))>$/.exec(inner);
  const link = LINK.exec(generic ? (generic[1] ?? '') : inner);
  if (!link) return null;
  const target = linkTarget(link[1] ?? '', link[2] ?? '');
  // A REST page links `[TimeOfDay](#google.type.TimeOfDay)` (`…TimeOfDay2` for a second copy) to a section of its own: the anchor names it.
  const wellKnown = WELL_KNOWN[target.text] ?? WELL_KNOWN[(target.anchor ?? '').replace(/\d+$/, '')];
  if (wellKnown) {
    const param = generic ? LINK.exec(generic[2] ?? '') : null;
    return { kind: 'wellKnown', wellKnown, generic: param ? linkTarget(param[1] ?? '', param[2] ?? '') : null };
  }
  return generic ? null : { kind: 'link', target };
}
