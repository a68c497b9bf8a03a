import type { RootContent } from 'mdast';
import type { Field, LocalizedText, Oneof } from '../model/ir.ts';
import { oneofNameFor } from '../model/oneof-name.ts';
import type { PageMessage } from '../model/page.ts';
import { buildField } from './field-builder.ts';
import type { FieldRow } from './field-table.ts';
import { fieldNames } from './names.ts';
import type { PageContext, TypeName } from './page-context.ts';

/** Fields and oneofs being gathered for one message. */
export class MessageDraft {
  readonly fields: Field[] = [];
  private readonly oneofs = new Map<string, Oneof>();

  constructor(
    readonly typeName: TypeName,
    readonly context: PageContext,
    readonly sourceRef: string,
  ) {}

  add(field: Field, row: FieldRow): void {
    if (this.fields.some((existing) => existing.jsonName === field.jsonName)) {
      this.context.diagnostics.at(row.node, 'warning', 'duplicate-field', `field '${field.jsonName}' is documented twice in ${this.typeName.name}; the first row is kept`);
      return;
    }
    this.fields.push(field);
  }

  /** "Includes only one of the fields `a`, `b`." names a oneof by its members. */
  addOneofByMembers(members: readonly string[]): void {
    const jsonNames = [...new Set(members.map((member) => fieldNames(member).jsonName))];
    this.addOneof(oneofNameFor(jsonNames), jsonNames);
  }

  addOneof(name: string, jsonNames: readonly string[]): void {
    const existing = this.oneofs.get(name);
    if (existing) existing.fields = [...new Set([...existing.fields, ...jsonNames])];
    else this.oneofs.set(name, { name, fields: [...jsonNames], required: false });
  }

  inOneof(jsonName: string): boolean {
    for (const oneof of this.oneofs.values()) if (oneof.fields.includes(jsonName)) return true;
    return false;
  }

  finish(description: LocalizedText): PageMessage {
    const present = new Set(this.fields.map((field) => field.jsonName));
    const oneofs: Oneof[] = [];
    for (const oneof of this.oneofs.values()) {
      const fields = oneof.fields.filter((field) => present.has(field));
      if (fields.length === 0) continue;
      oneofs.push({ ...oneof, fields });
      for (const field of this.fields) if (fields.includes(field.jsonName)) field.oneof = oneof.name;
    }
    return {
      kind: 'message',
      id: this.typeName.id,
      origin: this.typeName.origin,
      name: this.typeName.name,
      description,
      fields: this.fields,
      oneofs,
      sources: [this.sourceRef],
    };
  }
}

/** A message documented as a flat table (gRPC pages, 2024+ REST pages): one row, one field. */
export function buildFlatMessage(typeName: TypeName, rows: readonly FieldRow[], description: RootContent[], context: PageContext, sourceRef: string): PageMessage {
  const draft = new MessageDraft(typeName, context, sourceRef);
  let openOneof: string | null = null;
  for (const row of rows) {
    if (isEmptyMarker(row)) continue;
    if (!row.indented) openOneof = null;
    const built = buildField(row, typeName, context, row.name);
    if (built.notation?.kind === 'oneof') {
      // Legacy gRPC: `result | **oneof:** `error` or `response`` heads the indented member rows.
      openOneof = row.name;
      draft.addOneof(row.name, built.notation.fields.map((member) => fieldNames(member).jsonName));
      continue;
    }
    draft.add(built.field, row);
    if (openOneof) draft.addOneof(openOneof, [built.field.jsonName]);
    if (built.oneofFields) draft.addOneofByMembers(built.oneofFields);
  }
  return draft.finish(context.describe(description));
}

/** `|| Empty | > ||` is how the generator writes a message with no fields. */
function isEmptyMarker(row: FieldRow): boolean {
  return row.name === 'Empty' && (row.typeSource === null || row.typeSource === '>' || row.typeSource === '&gt;');
}
