import type { Enum, Field, Message, TypeDef, TypeRef } from '../model/ir.ts';
import { compareConstraints } from './compare-constraints.ts';
import { compareText } from './compare-text.ts';
import { describeFieldType, describeShape, describeType } from './describe.ts';
import { pairBy, pairFields, type TypePairing } from './pairing.ts';
import { joinPath } from './reachability.ts';
import type { ChangeSink, Where } from './sink.ts';

/** Compares one type with its counterpart (same id, or followed by place). */
export function compareTypes(sink: ChangeSink, pairing: TypePairing, where: Where, before: TypeDef, after: TypeDef): void {
  if (before.kind !== after.kind) {
    sink.add('type-kind-changed', where, { subject: after.name, before: before.kind, after: after.kind });
    return;
  }
  if (before.id !== after.id) sink.add('type-id-changed', where, { subject: after.name, before: before.id, after: after.id });
  compareText(sink, where, before.description, after.description, { subject: after.name });
  if (before.kind === 'message') compareMessages(sink, pairing, where, before, after as Message);
  else compareEnums(sink, where, before, after as Enum);
}

function compareMessages(sink: ChangeSink, pairing: TypePairing, where: Where, before: Message, after: Message): void {
  const base = where.path ?? '';
  const fields = pairFields(before.fields, after.fields);
  for (const field of fields.removed) {
    sink.add('field-removed', where, { subject: field.jsonName, path: joinPath(base, field), before: describeFieldType(field) });
  }
  for (const field of fields.added) {
    const rule = field.required ? 'required-field-added' : 'field-added';
    sink.add(rule, where, { subject: field.jsonName, path: joinPath(base, field), after: describeFieldType(field) });
  }
  for (const [a, b] of fields.pairs) compareFields(sink, pairing, where, a, b);
  const oneofs = pairBy(before.oneofs, after.oneofs, [(o) => o.name]);
  for (const [a, b] of oneofs.pairs) {
    if (a.required === b.required) continue;
    sink.add(b.required ? 'oneof-became-required' : 'oneof-became-optional', where, { subject: b.name });
  }
}

function compareFields(sink: ChangeSink, pairing: TypePairing, where: Where, a: Field, b: Field): void {
  const at = { subject: b.jsonName, path: joinPath(where.path ?? '', b) };
  if (a.jsonName !== b.jsonName) sink.add('field-json-name-changed', where, { ...at, before: a.jsonName, after: b.jsonName });
  else if (a.name !== b.name) sink.add('field-proto-name-changed', where, { ...at, before: a.name, after: b.name });
  if (!sameType(pairing, a.type, b.type)) {
    sink.add('field-type-changed', where, { ...at, before: describeType(a.type), after: describeType(b.type) });
  }
  if (describeShape(a) !== describeShape(b)) {
    sink.add('field-shape-changed', where, { ...at, before: describeFieldType(a), after: describeFieldType(b) });
  }
  if (a.required !== b.required) sink.add(b.required ? 'field-became-required' : 'field-became-optional', where, at);
  if (a.deprecated !== b.deprecated) sink.add(b.deprecated ? 'field-deprecated' : 'field-undeprecated', where, at);
  if (a.oneof === null && b.oneof !== null) sink.add('field-joined-oneof', where, { ...at, after: b.oneof });
  if (a.oneof !== null && b.oneof === null) sink.add('field-left-oneof', where, { ...at, before: a.oneof });
  for (const change of compareConstraints(a.constraints, b.constraints)) {
    const rule = change.tightened ? 'constraint-tightened' : 'constraint-loosened';
    sink.add(rule, where, { ...at, before: bound(change.key, change.before), after: bound(change.key, change.after) });
  }
  compareText(sink, where, a.description, b.description, at);
}

/** `maxLength=50`: a constraint's key and value, or null where it is not stated. */
function bound(key: string, value: string | null): string | null {
  return value === null ? null : `${key}=${value}`;
}

function sameType(pairing: TypePairing, a: TypeRef, b: TypeRef): boolean {
  if ('ref' in a && 'ref' in b) return pairing.same(a.ref, b.ref);
  return JSON.stringify(a) === JSON.stringify(b);
}

function compareEnums(sink: ChangeSink, where: Where, before: Enum, after: Enum): void {
  const values = pairBy(before.values, after.values, [(v) => v.name]);
  for (const value of values.removed) sink.add('enum-value-removed', where, { subject: value.name });
  for (const value of values.added) sink.add('enum-value-added', where, { subject: value.name });
  for (const [a, b] of values.pairs) compareText(sink, where, a.description, b.description, { subject: b.name });
}
