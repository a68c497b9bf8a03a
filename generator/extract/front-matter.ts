import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { Constraints } from '../model/ir.ts';
import type { PageMessage } from '../model/page.ts';
import type { PageDiagnostics } from './location.ts';

/** What the `apiPlayground` schema of a 2024+ REST page states about one property. */
interface SchemaFacts {
  required: boolean;
  constraints: Constraints;
}

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The front matter of 2024+ REST pages carries a JSON Schema of the request
 * (`apiPlayground`: path, query, body and their definitions). It often states limits the
 * tables below leave out, so its facts fill the gaps of the request's messages.
 */
export function applyPlaygroundSchema(root: Root, messages: Iterable<PageMessage>, request: string, diagnostics: PageDiagnostics): void {
  const yaml = root.children.find((node) => node.type === 'yaml');
  if (!yaml || !yaml.value.includes('apiPlayground')) return;
  let document: unknown;
  try {
    document = parseYaml(yaml.value);
  } catch (error) {
    diagnostics.at(yaml, 'warning', 'bad-front-matter', `the front matter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return;
  }
  const playground = isSchema(document) && Array.isArray(document.apiPlayground) ? document.apiPlayground[0] : undefined;
  if (!isSchema(playground)) return;
  const byName = new Map<string, PageMessage>();
  for (const message of messages) byName.set(message.id === request ? '' : message.name, message);
  const target = byName.get('');
  for (const part of ['path', 'query', 'body']) {
    const schema = playground[part];
    if (target && isSchema(schema)) fill(target, schema);
  }
  if (isSchema(playground.definitions)) {
    for (const [name, schema] of Object.entries(playground.definitions)) {
      const message = byName.get(name);
      if (message && isSchema(schema)) fill(message, schema);
    }
  }
}

/**
 * `oneOf: [{required: [a]}, {required: [b]}]` demands exactly one of a and b: the oneof the
 * table states ("Includes only one of the fields") is required.
 */
function requiredOneof(schema: Schema): Set<string> | null {
  if (!Array.isArray(schema.oneOf)) return null;
  const members = new Set<string>();
  for (const branch of schema.oneOf) {
    if (!isSchema(branch) || !Array.isArray(branch.required) || branch.required.length !== 1) return null;
    members.add(String(branch.required[0]));
  }
  return members.size > 0 ? members : null;
}

function factsOf(schema: Schema): Map<string, SchemaFacts> {
  const facts = new Map<string, SchemaFacts>();
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  if (!isSchema(schema.properties)) return facts;
  for (const [name, property] of Object.entries(schema.properties)) {
    if (isSchema(property)) facts.set(name, { required: required.has(name), constraints: constraintsOf(property) });
  }
  return facts;
}

/** Limits of a property; for arrays and maps, the per-element limits bind what the field holds, as the prose's do. */
function constraintsOf(property: Schema): Constraints {
  const constraints: Constraints = { ...scalarLimits(isSchema(property.items) ? property.items : {}), ...scalarLimits(isSchema(property.additionalProperties) ? property.additionalProperties : {}), ...scalarLimits(property) };
  const items = numberOf(property.maxItems) ?? numberOf(property.maxProperties);
  const minItems = numberOf(property.minItems) ?? numberOf(property.minProperties);
  if (items !== undefined) constraints.maxItems = items;
  if (minItems !== undefined) constraints.minItems = minItems;
  return constraints;
}

function scalarLimits(schema: Schema): Constraints {
  const constraints: Constraints = {};
  const minLength = numberOf(schema.minLength);
  const maxLength = numberOf(schema.maxLength);
  if (minLength !== undefined) constraints.minLength = minLength;
  if (maxLength !== undefined) constraints.maxLength = maxLength;
  const minimum = decimalOf(schema.minimum);
  const maximum = decimalOf(schema.maximum);
  if (minimum !== undefined) constraints.minimum = minimum;
  if (maximum !== undefined) constraints.maximum = maximum;
  if (typeof schema.pattern === 'string') constraints.pattern = unanchored(schema.pattern);
  return constraints;
}

/** The prose writes patterns without `^…$` (they match the whole value anyway); one form keeps the pages agreeing. */
const unanchored = (pattern: string): string => (pattern.startsWith('^') && pattern.endsWith('$') && !pattern.endsWith('\\$') ? pattern.slice(1, -1) : pattern);

const numberOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined);

const decimalOf = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? value : undefined;

function fill(message: PageMessage, schema: Schema): void {
  const facts = factsOf(schema);
  const oneof = requiredOneof(schema);
  for (const group of message.oneofs) {
    if (oneof && group.fields.every((member) => oneof.has(member))) group.required = true;
  }
  for (const field of message.fields) {
    const stated = facts.get(field.jsonName);
    if (!stated) continue;
    field.required ||= stated.required;
    field.constraints = { ...stated.constraints, ...field.constraints };
  }
}
