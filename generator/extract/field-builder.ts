import type { Constraints, Field, Scalar, TypeRef } from '../model/ir.ts';
import type { PageEnum } from '../model/page.ts';
import { blocksToMarkdown, splitEnumList } from './description.ts';
import type { FieldRow } from './field-table.ts';
import { fieldNames, pascalCase } from './names.ts';
import type { PageContext, TypeName } from './page-context.ts';
import { type DescriptionFacts, parseDescription, resolveValueBounds, type StatedConstraints } from './phrases/index.ts';
import { re2ToJavaScript } from '../model/re2-pattern.ts';
import { compiles, normalisePattern } from './pattern.ts';
import { type Report, statedConstraints } from './stated-constraints.ts';
import { parseTypeNotation, type TypeNotation } from './type-notation.ts';

/** A field read off one row, with what the row tells beyond the field itself. */
interface BuiltField {
  field: Field;
  notation: TypeNotation | null;
  /** Fields named by "Includes only one of the fields …" on this row. */
  oneofFields: string[] | null;
}

const INTEGRAL = new Set<Scalar>(['int32', 'uint32', 'int64', 'uint64']);
const KEY_VALUE_PAIRS = /`{1,2}\s*(key|ключ)\s*:\s*(value|значение)\s*`{1,2}|\b(key|ключ):(value|значение)\b/i;
const RFC3339 = /RFC\s?3339/;
// Legacy REST pages write an update mask as a plain string; its description says what it is.
const FIELD_MASK = /field mask|comma-separated names|маска полей|имена полей через запятую/i;

/**
 * Builds the field a row documents inside the message `owner`. Enums a row defines inline
 * are added to the page; links to other sections stay references.
 */
export function buildField(row: FieldRow, owner: TypeName, context: PageContext, documentedName: string): BuiltField {
  const repeated = documentedName.endsWith('[]');
  const { name, jsonName } = fieldNames(documentedName.replace(/\[\]$/, ''));
  const notation = row.typeSource === null ? null : (parseTypeNotation(row.typeSource) ?? sectionOfPage(row.typeSource, context));
  if (row.typeSource !== null && notation === null) {
    context.diagnostics.at(row.node, 'warning', 'unknown-type-notation', `field '${documentedName}': type notation '${row.typeSource}' is not recognised; typed as string`);
  }
  const plainString = notation?.kind === 'scalar' && notation.scalar === 'string' && !context.marksEnums;
  const wantsEnum = notation?.kind === 'enum' || row.typeSource === null || plainString;
  const { values, rest } = wantsEnum ? splitEnumList(row.description, notation?.kind !== 'enum') : { values: null, rest: row.description };
  const text = blocksToMarkdown(rest, context.source);
  const facts = parseDescription(text);
  for (const sentence of facts.unparsed) {
    context.diagnostics.at(row.node, 'warning', 'unparsed-constraint', `field '${documentedName}': constraint-like sentence not understood: "${sentence.text}"`);
  }
  for (const conflict of facts.conflicts) {
    context.diagnostics.at(row.node, 'warning', 'conflicting-phrases', `field '${documentedName}': ${conflict.key} stated as '${conflict.kept}' and '${conflict.dropped}'; the first is kept`);
  }
  if (facts.caseDefaults) {
    const stated = facts.caseDefaults.map((value) => `'${value}'`).join(', ');
    context.diagnostics.at(row.node, 'info', 'case-defaults', `field '${documentedName}': a default per case (${stated}, each in its own list item); the field has none`);
  }

  let type: TypeRef = { scalar: 'string' };
  let map: Field['map'] = null;
  if (values || notation?.kind === 'enum') {
    type = context.refTo(defineEnum(owner, notation?.kind === 'enum' ? notation.name : null, jsonName, values ?? [], row, context, text));
  } else if (notation) {
    const resolved = typeOf(notation, context);
    type = resolved.type;
    map = resolved.map;
  } else if (row.typeSource === null) {
    type = untypedParameter(facts.constraints, text);
  }
  if (!map && !repeated && 'scalar' in type && type.scalar === 'string') {
    if (KEY_VALUE_PAIRS.test(text)) map = { key: 'string' };
    else if (/Mask$/.test(jsonName) && FIELD_MASK.test(text)) type = { wellKnown: 'FieldMask' };
  }

  const field: Field = {
    name,
    jsonName,
    description: context.text(text),
    type,
    repeated: repeated && !map,
    map,
    required: facts.required,
    oneof: null,
    deprecated: facts.deprecated ?? false,
    constraints: resolveBounds(facts, type, row, documentedName, context),
  };
  const report: Report = (severity, code, message) => context.diagnostics.at(row.node, severity, code, `field '${documentedName}': ${message}`);
  Object.assign(field.constraints, statedConstraints(facts, field, notation?.kind === 'object', report));
  if (field.constraints.pattern !== undefined) {
    field.constraints.pattern = normalisePattern(field.constraints.pattern);
    const javascript = re2ToJavaScript(field.constraints.pattern);
    if (javascript === null || !compiles(javascript)) {
      context.diagnostics.at(row.node, 'warning', 'invalid-pattern', `field '${documentedName}': the pattern /${field.constraints.pattern}/ is not a valid regular expression`);
    }
  }
  return { field, notation, oneofFields: facts.oneofFields ?? null };
}

/** `**Condition**` with a `### Condition {#Condition}` section on the page: a message of the page, written without its link. */
function sectionOfPage(typeSource: string, context: PageContext): TypeNotation | null {
  const name = /^\*\*([A-Z]\w*)\*\*$/.exec(typeSource)?.[1];
  const section = name ? context.sectionNamed(name) : undefined;
  return section ? { kind: 'link', target: { text: section.name, url: `#${name}`, anchor: name ?? null } } : null;
}

/** The type a notation names; maps carry their key beside it. */
function typeOf(notation: TypeNotation, context: PageContext): { type: TypeRef; map: Field['map'] } {
  switch (notation.kind) {
    case 'scalar':
      return { type: { scalar: notation.scalar }, map: null };
    case 'wellKnown':
      return { type: { wellKnown: notation.wellKnown }, map: null };
    case 'link':
      return { type: context.refTo(context.resolveLink(notation.target)), map: null };
    case 'map':
      return { type: typeOf(notation.value, context).type, map: { key: notation.key } };
    case 'object':
      // In a flat table a bare `**object**` is how REST pages render google.protobuf.Struct;
      // in flattened legacy tables the flattening builder gives it the rows that follow.
      return { type: { wellKnown: 'Struct' }, map: null };
    default:
      return { type: { scalar: 'string' }, map: null };
  }
}

/**
 * Legacy REST parameter tables state no type. The docs' own facts decide: numeric bounds
 * mean an integer (int64, as the REST mapping writes integers), an RFC 3339 note a timestamp.
 */
function untypedParameter(constraints: StatedConstraints, text: string): TypeRef {
  const bounds = [constraints.minimum, constraints.maximum, constraints.exclusiveMinimum, constraints.exclusiveMaximum];
  if (bounds.some((bound) => bound !== undefined)) return { scalar: 'int64' };
  if (RFC3339.test(text)) return { wellKnown: 'Timestamp' };
  return { scalar: 'string' };
}

function defineEnum(owner: TypeName, name: string | null, jsonName: string, values: { name: string; description: string }[], row: FieldRow, context: PageContext, text: string): TypeName {
  const enumName = name ?? pascalCase(jsonName);
  const linked = name ? linkedFullName(text, name) : null;
  const typeName: TypeName = linked
    ? { id: linked, name: enumName, origin: 'qualified' }
    : { id: scopedEnumId(owner, enumName, jsonName, values, context), name: enumName, origin: name ? owner.origin : 'anonymous' };
  if (values.length === 0) {
    context.diagnostics.at(row.node, 'info', 'empty-enum', `enum '${enumName}' lists no values`);
  }
  const type: PageEnum = {
    kind: 'enum',
    id: typeName.id,
    origin: typeName.origin,
    name: enumName,
    description: {},
    values: values.map((value) => ({ name: value.name, description: context.text(value.description) })),
    sources: [context.diagnostics.ref(row.node)],
  };
  context.addType(type);
  return typeName;
}

/**
 * An inline enum is known by its message and name (`…ListArtifactsWithFiltersRequest.Kind`),
 * but one message can hold two enums of one name from different messages (`registry_kind` a
 * `Registry.Kind`, `kind` an `Artifact.Kind`): the second, listing other values, is told
 * apart by its field, and the merge meets it with its own type by its values.
 */
function scopedEnumId(owner: TypeName, enumName: string, jsonName: string, values: readonly { name: string }[], context: PageContext): string {
  const id = `${owner.id}.${enumName}`;
  const existing = context.types.get(id);
  if (existing?.kind !== 'enum' || existing.values.length === 0 || values.length === 0) return id;
  const same = existing.values.length === values.length && existing.values.every((value, i) => value.name === values[i]?.name);
  return same ? id : `${owner.id}.${pascalCase(jsonName)}${enumName}`;
}

/**
 * "See [LogLevel.Level](…#yandex.cloud.logging.v1.LogLevel.Level) for details": an enum shown
 * inline whose description links its full name is that type, not one scoped to this message.
 */
function linkedFullName(text: string, name: string): string | null {
  for (const match of text.matchAll(/\]\([^)\s]*#([\w.]+)\)/g)) {
    const anchor = match[1] ?? '';
    if (anchor.includes('.') && anchor.endsWith(`.${name}`)) return anchor;
  }
  return null;
}

/** "Greater than N" is exclusive: on integers it becomes the inclusive N+1 the model stores; elsewhere it is reported. */
function resolveBounds(facts: DescriptionFacts, type: TypeRef, row: FieldRow, documentedName: string, context: PageContext): Constraints {
  const resolved = resolveValueBounds(facts.constraints, isIntegral(type) ? 'integer' : 'float');
  for (const { bound, value } of resolved.unresolved) {
    context.diagnostics.at(row.node, 'info', 'exclusive-bound', `field '${documentedName}': ${bound} ${value} on a non-integer has no place in the model`);
  }
  return resolved.constraints;
}

function isIntegral(type: TypeRef): boolean {
  if ('wellKnown' in type) return /^U?Int(32|64)Value$/.test(type.wellKnown);
  return 'scalar' in type && INTEGRAL.has(type.scalar);
}
