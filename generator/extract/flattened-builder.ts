import type { TypeRef, WellKnown } from '../model/ir.ts';
import type { PageMessage } from '../model/page.ts';
import { buildField } from './field-builder.ts';
import type { FieldRow } from './field-table.ts';
import { MessageDraft } from './message-builder.ts';
import { fieldNames, pascalCase } from './names.ts';
import type { PageContext, TypeName } from './page-context.ts';

interface Node {
  draft: MessageDraft;
  /** The parent's field that holds this object, turned into a map if the object turns out to have no fields. */
  holder: { draft: MessageDraft; jsonName: string } | null;
}

const pathKey = (segments: readonly string[]): string => segments.map((segment) => segment.replace(/\[\]$/, '')).join('.');

/**
 * Legacy REST tables flatten nested messages into rows named `a[].b.c`; each `**object**`
 * row opens an anonymous message the later rows fill. An object with no rows under it is a
 * map (the legacy renderer writes `map<string,string>` as a bare `**object**`).
 */
export function buildFlattenedMessages(root: TypeName, rows: readonly FieldRow[], context: PageContext, sourceRef: string): PageMessage[] {
  const nodes = new Map<string, Node>([['', { draft: new MessageDraft(root, context, sourceRef), holder: null }]]);
  for (const row of rows) {
    const segments = row.name.split('.').filter(Boolean);
    const leaf = segments.pop();
    if (!leaf) continue;
    const parent = parentNode(nodes, segments, row, context, sourceRef);
    const built = buildField(row, parent.draft.typeName, context, leaf);
    if (built.notation?.kind === 'object') {
      const child = childTypeName(parent.draft.typeName, built.field.jsonName);
      built.field.type = { ref: child.id };
      nodes.set(pathKey([...segments, leaf]), { draft: new MessageDraft(child, context, context.diagnostics.ref(row.node)), holder: { draft: parent.draft, jsonName: built.field.jsonName } });
    }
    parent.draft.add(built.field, row);
    if (built.oneofFields) parent.draft.addOneofByMembers(built.oneofFields);
  }
  const messages: PageMessage[] = [];
  for (const node of nodes.values()) {
    if (node.holder && node.draft.fields.length === 0 && !node.holder.draft.inOneof(node.holder.jsonName)) {
      turnIntoMap(node.holder);
      continue;
    }
    const wellKnown = node.holder ? wellKnownShape(node.draft) : null;
    if (node.holder && wellKnown) {
      setFieldType(node.holder, { wellKnown });
      continue;
    }
    messages.push(node.draft.finish({}));
  }
  return messages;
}

function parentNode(nodes: Map<string, Node>, segments: readonly string[], row: FieldRow, context: PageContext, sourceRef: string): Node {
  const key = pathKey(segments);
  const existing = nodes.get(key);
  if (existing) return existing;
  context.diagnostics.at(row.node, 'warning', 'missing-parent-row', `row '${row.name}' has no row for its parent '${key}'; the parent is assumed to be an object`);
  const grandparent = parentNode(nodes, segments.slice(0, -1), row, context, sourceRef);
  const last = segments.at(-1) ?? '';
  const { name, jsonName } = fieldNames(last.replace(/\[\]$/, ''));
  const typeName = childTypeName(grandparent.draft.typeName, jsonName);
  grandparent.draft.fields.push({
    name,
    jsonName,
    description: {},
    type: { ref: typeName.id },
    repeated: last.endsWith('[]'),
    map: null,
    required: false,
    oneof: null,
    deprecated: false,
    constraints: {},
  });
  const node: Node = { draft: new MessageDraft(typeName, context, sourceRef), holder: { draft: grandparent.draft, jsonName } };
  nodes.set(key, node);
  return node;
}

function childTypeName(parent: TypeName, jsonName: string): TypeName {
  return { id: `${parent.id}.${jsonName}`, name: pascalCase(jsonName), origin: 'anonymous' };
}

/**
 * Legacy REST pages flatten `google.type.TimeOfDay` and `google.type.Date` like any object;
 * their exact field sets give them away.
 */
const SHAPES: [WellKnown, string][] = [
  ['TimeOfDay', 'hours,minutes,nanos,seconds'],
  ['Date', 'day,month,year'],
];

function wellKnownShape(draft: MessageDraft): WellKnown | null {
  const names = draft.fields.map((field) => field.jsonName).sort().join(',');
  return SHAPES.find(([, shape]) => shape === names)?.[0] ?? null;
}

function setFieldType(holder: { draft: MessageDraft; jsonName: string }, type: TypeRef): void {
  const field = holder.draft.fields.find((candidate) => candidate.jsonName === holder.jsonName);
  if (field) field.type = type;
}

function turnIntoMap(holder: { draft: MessageDraft; jsonName: string }): void {
  const field = holder.draft.fields.find((candidate) => candidate.jsonName === holder.jsonName);
  if (!field) return;
  if (field.repeated) {
    // A list of objects with no documented fields (`details[]` of an error) holds arbitrary messages.
    field.type = { wellKnown: 'Any' };
    return;
  }
  field.type = { scalar: 'string' };
  field.map = { key: 'string' };
}
