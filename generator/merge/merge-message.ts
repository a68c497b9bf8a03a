import type { Field, LocalizedText, Message, Oneof, TypeRef } from '../model/ir.ts';
import { oneofNameFor } from '../model/oneof-name.ts';
import { fittingName } from './fitting-name.ts';
import type { PageMessage } from '../model/page.ts';
import { type MergeContext, mergeSources, mergeText, report, splitRef } from './context.ts';
import { builtinType } from './builtins.ts';
import { mergeField } from './merge-field.ts';
import type { TypeOccurrence } from './occurrences.ts';

export function mergeMessage(id: string, list: readonly (TypeOccurrence & { type: PageMessage })[], context: MergeContext): Message {
  const fields = new Map<string, { field: Field; where: string }>();
  const oneofs = new Map<string, Oneof>();
  const standard = new Map(builtinType(id)?.fields.map((field) => [field.jsonName, field]));
  const absorbed = new Set<readonly Field[]>();
  for (const { type } of list) {
    if (absorbed.has(type.fields)) continue;
    const where = type.sources[0] ?? type.id;
    let quiet = true;
    const watched: MergeContext = { ...context, report: (diagnostic) => ((quiet = false), context.report(diagnostic)) };
    for (const field of type.fields) {
      const incoming = withStandardShape({ ...field, type: mapRef(field.type, context) }, standard.get(field.jsonName));
      const existing = fields.get(field.jsonName);
      if (existing) existing.field = mergeField(existing.field, incoming, existing.where, where, id, watched);
      else fields.set(field.jsonName, { field: incoming, where });
    }
    // A copy of content already merged without a word changes nothing: mergeField keeps what it
    // has and fills gaps, so the reference's thousand copies of one message are merged once. A
    // copy that disagreed is merged again at each place, so that each place is reported.
    if (quiet) absorbed.add(type.fields);
    for (const oneof of type.oneofs) {
      const existing = oneofs.get(oneof.name);
      if (existing) {
        existing.fields = [...new Set([...existing.fields, ...oneof.fields])];
        existing.required ||= oneof.required;
      } else oneofs.set(oneof.name, { ...oneof, fields: [...oneof.fields] });
    }
  }
  const types = list.map((entry) => entry.type);
  reportFieldSets(id, types, fields, context);
  const merged = [...fields.values()].map((entry) => entry.field);
  return {
    kind: 'message',
    id,
    name: types.find((type) => type.origin !== 'anonymous')?.name ?? fittingName(types.map((type) => type.name)) ?? types[0]?.name ?? id,
    description: types.reduce<LocalizedText>((text, type) => mergeText(text, type.description), {}),
    fields: merged,
    oneofs: preferDocumentedNames([...oneofs.values()], merged),
    sources: mergeSources(types),
  };
}

/**
 * One oneof seen differently on different pages: one page names it (`result`), another only
 * lists its members ("Includes only one of the fields `error`, `response`"), a third leaves a
 * member out ("… the fields `error`."). A oneof named after its members folds into the
 * documented or larger oneof that holds them all.
 */
function preferDocumentedNames(oneofs: Oneof[], fields: Field[]): Oneof[] {
  const listed = (oneof: Oneof): boolean => oneof.name === oneofNameFor(oneof.fields);
  const holder = (oneof: Oneof): Oneof | undefined =>
    oneofs.find((other) => other !== oneof && (!listed(other) || other.fields.length > oneof.fields.length) && oneof.fields.every((member) => other.fields.includes(member)));
  const kept: Oneof[] = [];
  for (const oneof of oneofs) {
    const into = listed(oneof) ? holder(oneof) : undefined;
    if (into === undefined) {
      kept.push(oneof);
      continue;
    }
    for (const field of fields) if (field.oneof === oneof.name) field.oneof = into.name;
  }
  return kept;
}

/** Pages that document one message with different fields (often pages of different dates) are told apart, naming both places. */
function reportFieldSets(id: string, types: readonly PageMessage[], fields: Map<string, { where: string }>, context: MergeContext): void {
  if (types.length < 2) return;
  const reported = new Set<string>();
  const ownNames = new Map<readonly Field[], Set<string>>();
  for (const type of types) {
    let own = ownNames.get(type.fields);
    if (own === undefined) ownNames.set(type.fields, (own = new Set(type.fields.map((field) => field.jsonName))));
    // `fields` is the union of every copy's: a copy with as many has them all.
    if (own.size === fields.size) continue;
    const where = type.sources[0] ?? type.id;
    const page = splitRef(where)[0];
    if (reported.has(page)) continue;
    const missing = [...fields].filter(([jsonName, entry]) => !own.has(jsonName) && splitRef(entry.where)[0] !== page);
    if (missing.length === 0) continue;
    reported.add(page);
    const named = missing.map(([jsonName, entry]) => `${jsonName} (${entry.where})`).join(', ');
    report(context, where, 'field-set-differs', `${id}: this page does not document ${named}`, 'info');
  }
}

/** A standard message's fields have their fixed types, whatever a legacy page's bare `**object**` suggested. */
function withStandardShape(field: Field, standard: Field | undefined): Field {
  return standard ? { ...field, type: standard.type, repeated: standard.repeated, map: standard.map } : field;
}

function mapRef(type: TypeRef, context: MergeContext): TypeRef {
  return 'ref' in type ? { ref: context.idOf(type.ref) } : type;
}
