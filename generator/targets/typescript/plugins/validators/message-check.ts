/**
 * The check function of one message: each field read once into a local, its presence, JSON
 * type and stated constraints checked, arrays and maps walked, nested messages handed to
 * their own check function (so recursive types recurse), then oneof exclusivity.
 */
import type { Constraints, Field, Message, StringLimits } from '../../../../model/ir.ts';
import type { ProductModel, ResolvedType } from '../../model/product.ts';
import { isPlainIdentifier } from '../../naming.ts';
import { propertyRead } from '../../property.ts';
import { stringLiteral } from '../../text.ts';
import type { ModuleConstants } from './constants.ts';
import { constraintFamily, isNullable, VALUE_SET_FAMILIES, valueCheck, type Lines, type Target } from './value-check.ts';

export interface CheckContext {
  product: ProductModel;
  constants: ModuleConstants;
  checkName: (id: string) => string;
  warn: (message: string) => void;
}

export function messageCheckBody(message: Message, context: CheckContext): Lines {
  const lines: Lines = ['if (!$v.isRecord(value)) {', '  $v.notObject(issues, path, value);', '  return;', '}'];
  const locals = new Map<string, string>();
  const inOneof = new Set(message.oneofs.flatMap((oneof) => oneof.fields));
  message.fields.forEach((field, index) => {
    if (locals.has(field.jsonName)) return;
    const local = `f${index}`;
    const check = fieldCheck(field, local, message, context);
    if (check.length === 0 && !inOneof.has(field.jsonName)) return;
    locals.set(field.jsonName, local);
    lines.push(...(check.length === 0 ? [readField(field, local)] : check));
  });
  message.oneofs.forEach((oneof, index) => {
    const members = oneof.fields.filter((name) => locals.has(name));
    if (members.length === 0) return;
    const count = members.map((name) => `(${locals.get(name)} !== undefined && ${locals.get(name)} !== null ? 1 : 0)`).join(' + ');
    const list = context.constants.stringList(members);
    const counter = `oneof${index}`;
    lines.push(`const ${counter} = ${count};`);
    lines.push(`if (${counter} > 1) $v.oneofConflict(issues, path, ${list});`);
    if (oneof.required) lines.push(`else if (${counter} === 0) $v.oneofMissing(issues, path, ${list});`);
  });
  return lines;
}

function fieldCheck(field: Field, local: string, message: Message, context: CheckContext): Lines {
  const resolved = context.product.resolve(field.type);
  reportInapplicable(field, resolved, message, context);
  const key = stringLiteral(field.jsonName);
  const ownPath = isPlainIdentifier(field.jsonName) ? `$v.prop(path, ${key})` : `$v.join(path, ${key})`;
  const read = readField(field, local);
  const single = !field.repeated && !field.map;
  const nullable = field.required || (single && isNullable(resolved));
  const absent = nullable ? `${local} === undefined || ${local} === null` : `${local} === undefined`;
  const present = nullable ? `${local} !== undefined && ${local} !== null` : `${local} !== undefined`;
  const body = field.map
    ? mapCheck(field, resolved, local, key, ownPath, context)
    : field.repeated
      ? arrayCheck(field, resolved, local, key, ownPath, context)
      : valueCheck(resolved, field.constraints, { value: local, path: 'path', key, ownPath }, context.constants, context.checkName);
  if (field.required) {
    const missing = `if (${absent}) $v.missing(issues, path, ${key});`;
    if (body.length === 0) return [read, missing];
    return [read, missing, ...(body.length === 1 || isOneBlock(body) ? [`else ${body[0]}`, ...body.slice(1)] : ['else {', ...indent(body), '}'])];
  }
  if (body.length === 0) return [];
  if (body.length === 1) return [read, `if (${present}) ${body[0]}`];
  if (isOneBlock(body)) return [read, `if (${present} && ${(body[0] as string).slice(4)}`, ...body.slice(1)];
  return [read, `if (${present}) {`, ...indent(body), '}'];
}

/** A body that is one `if (…) { … }` block, which the presence test can join instead of nesting. */
function isOneBlock(body: Lines): boolean {
  return body.length > 1 && /^if \(.*\) \{$/.test(body[0] as string) && body[body.length - 1] === '}' && body.slice(1, -1).every((line) => line.startsWith('  '));
}

function readField(field: Field, local: string): string {
  return `const ${local} = ${propertyRead('value', field.jsonName, '$v.own')};`;
}

function arrayCheck(field: Field, resolved: ResolvedType, local: string, key: string, ownPath: string, context: CheckContext): Lines {
  const element: Target = { value: 'item', path: 'itemsPath', key: 'i', ownPath: '$v.index(itemsPath, i)' };
  const check = valueCheck(resolved, field.constraints, element, context.constants, context.checkName);
  const counts = itemCounts(field.constraints, key, `${local}.length`);
  const loop = check.length === 0 ? [] : [`const itemsPath = ${ownPath};`, `for (let i = 0; i < ${local}.length; i++) {`, `  const item = ${local}[i];`, ...indent(check, 2), '}'];
  return [`if ($v.array(issues, path, ${key}, ${local})) {`, ...indent([...counts, ...loop]), '}'];
}

/** Map values are checked by type and `mapValue`, keys by their JSON form and `mapKey`; the field's own keys count entries. */
function mapCheck(field: Field, resolved: ResolvedType, local: string, key: string, ownPath: string, context: CheckContext): Lines {
  const element: Target = { value: 'item', path: 'itemsPath', key: 'k', ownPath: '$v.join(itemsPath, k)' };
  const check = valueCheck(resolved, field.constraints.mapValue ?? {}, element, context.constants, context.checkName);
  const keyKind = mapKeyKind(field.map?.key ?? 'string');
  const keyCheck = [
    ...(keyKind === undefined ? [] : [`$v.mapKey(issues, itemsPath, k, ${stringLiteral(keyKind)});`]),
    ...keyLimits(field.constraints.mapKey, context),
  ];
  const counts = itemCounts(field.constraints, key, `$v.countKeys(${local})`);
  const walk = [...keyCheck, ...(check.length === 0 ? [] : ['const item = ' + `${local}[k];`, ...check])];
  const loop = walk.length === 0 ? [] : [`const itemsPath = ${ownPath};`, `for (const k in ${local}) {`, `  if (!$v.hasOwn(${local}, k)) continue;`, ...indent(walk, 2), '}'];
  return [`if ($v.record(issues, path, ${key}, ${local})) {`, ...indent([...counts, ...loop]), '}'];
}

function keyLimits(limits: StringLimits | undefined, context: CheckContext): Lines {
  if (limits === undefined) return [];
  const regexp = limits.pattern === undefined ? undefined : context.constants.pattern(limits.pattern);
  if (limits.minLength === undefined && limits.maxLength === undefined && regexp === undefined) return [];
  return [`$v.mapKeyLimits(issues, itemsPath, k, ${limits.minLength ?? 0}, ${limits.maxLength ?? 'undefined'}, ${regexp ?? 'undefined'});`];
}

function itemCounts(constraints: Constraints, key: string, count: string): Lines {
  const lines: Lines = [];
  if (constraints.minItems !== undefined && constraints.minItems > 0) lines.push(`$v.minItems(issues, path, ${key}, ${count}, ${constraints.minItems});`);
  if (constraints.maxItems !== undefined) lines.push(`$v.maxItems(issues, path, ${key}, ${count}, ${constraints.maxItems});`);
  return lines;
}

function mapKeyKind(key: string): 'signed' | 'unsigned' | 'bool' | undefined {
  if (key === 'bool') return 'bool';
  if (/^(s?int|sfixed)(32|64)$/.test(key)) return 'signed';
  if (/^(uint|fixed)(32|64)$/.test(key)) return 'unsigned';
  return undefined;
}

/** A constraint the type cannot carry (a length on a number, say) is an extraction slip worth hearing about. */
function reportInapplicable(field: Field, resolved: ResolvedType, message: Message, context: CheckContext): void {
  const family = constraintFamily(resolved);
  const c = field.constraints;
  const stray: string[] = [];
  const lengths = c.minLength !== undefined || c.maxLength !== undefined;
  if (!field.map && ((lengths && family !== 'string' && family !== 'bytes') || (c.pattern !== undefined && family !== 'string'))) stray.push('length/pattern');
  if (family !== 'number' && family !== 'decimal' && (c.minimum !== undefined || c.maximum !== undefined)) stray.push('minimum/maximum');
  if (!field.repeated && !field.map && (c.minItems !== undefined || c.maxItems !== undefined)) stray.push('item count');
  if (c.allowedValues !== undefined && !VALUE_SET_FAMILIES.has(family)) stray.push('value set');
  if ((c.minDuration !== undefined || c.maxDuration !== undefined) && family !== 'duration') stray.push('duration bounds');
  if (!field.map && (c.mapKey !== undefined || c.mapValue !== undefined)) stray.push('map key/value limits');
  if (stray.length > 0) context.warn(`${message.id}.${field.jsonName}: ${stray.join(', ')} constraint does not apply to its type; not checked`);
}

function indent(lines: Lines, spaces = 2): Lines {
  const pad = ' '.repeat(spaces);
  return lines.map((line) => (line === '' ? line : pad + line));
}
