/**
 * Every name the emitters write that comes from the docs passes through here: identifiers
 * are made valid, never start with `$` (kept for the generated code's own names), never
 * shadow a global the generated code relies on, and collisions resolve deterministically.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Globals that generated type and value positions refer to by name. */
const RESERVED_GLOBALS = new Set([
  'Array',
  'AsyncIterable',
  'Boolean',
  'Error',
  'Function',
  'JSON',
  'Map',
  'Number',
  'Object',
  'Promise',
  'ReadonlySet',
  'Record',
  'RegExp',
  'Set',
  'String',
  'Symbol',
]);

/** Words that cannot name a type or a local binding. */
const RESERVED_WORDS = new Set(
  (
    'abstract any as asserts async await bigint boolean break case catch class const constructor continue debugger declare ' +
    'default delete do else enum export extends false finally for from function get global if implements import in infer ' +
    'instanceof interface is keyof let module namespace never new null number object of out package private protected public ' +
    'readonly require return satisfies set static string super switch symbol this throw true try type typeof undefined unique ' +
    'unknown var void while with yield arguments eval'
  ).split(' '),
);

/** Any text into a valid identifier: invalid characters become `_`, a leading digit gets `_` before it. */
export function identifier(raw: string): string {
  const cleaned = raw.normalize('NFKC').replace(/[^A-Za-z0-9_]/g, '_');
  if (cleaned === '') return '_';
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** A name for an exported type, class or enum object: PascalCase start, no clash with reserved words or globals. */
export function typeIdentifier(raw: string): string {
  const name = identifier(raw);
  const pascal = name.charAt(0).toUpperCase() + name.slice(1);
  return RESERVED_GLOBALS.has(pascal) || RESERVED_WORDS.has(pascal) ? `${pascal}_` : pascal;
}

/** `ListBackups` → `listBackups`, `IAMToken` → `iamToken`: a method name as users of TypeScript SDKs expect. */
export function memberIdentifier(raw: string): string {
  const name = identifier(raw);
  const leadingCapitals = /^[A-Z]+(?=[A-Z][a-z]|[0-9_]|$)/.exec(name)?.[0];
  const camel = leadingCapitals ? leadingCapitals.toLowerCase() + name.slice(leadingCapitals.length) : name.charAt(0).toLowerCase() + name.slice(1);
  return camel === 'constructor' ? 'constructor_' : camel;
}

/** Keys whose plain access (`value.key`) would reach `Object.prototype` when the key is absent. */
export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}

const PROTOTYPE_KEYS = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

export function isPlainIdentifier(key: string): boolean {
  return IDENTIFIER.test(key);
}

/** Hands out unique names in a fixed order: the first claim keeps its name, later ones get `_2`, `_3`, … */
export class NameTable {
  readonly #taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.#taken.add(name);
  }

  claim(preferred: string): string {
    let name = preferred;
    for (let n = 2; this.#taken.has(name); n++) name = `${preferred}_${n}`;
    this.#taken.add(name);
    return name;
  }

  has(name: string): boolean {
    return this.#taken.has(name);
  }
}

/**
 * Names for the types of one product. Nested enums carry their parents (`Backup_BackupType`):
 * short names such as `Status` recur in many messages, and adding one must not rename another.
 * Messages keep their own name; where two collide, each is qualified by as many enclosing id
 * segments as it takes (`V1_Resources`, `Config_Resources`), and a numeric suffix settles the rest.
 */
export function assignTypeNames(types: ReadonlyArray<{ id: string; name: string; kind: 'message' | 'enum' }>, table: NameTable): Map<string, string> {
  const sorted = [...types].sort((a, b) => compareStrings(a.id, b.id));
  const messages = new Map(sorted.filter((type) => type.kind === 'message').map((type) => [type.id, type.name]));
  const base = new Map(sorted.map((type) => [type.id, baseName(type, messages)]));
  const groups = new Map<string, string[]>();
  for (const type of sorted) {
    const name = (base.get(type.id) as BaseName).name;
    groups.get(name)?.push(type.id) ?? groups.set(name, [type.id]);
  }
  const names = new Map<string, string>();
  for (const [name, ids] of groups) {
    const qualified = ids.length === 1 ? new Map([[ids[0] as string, name]]) : qualify(ids, name, base);
    for (const id of ids) names.set(id, qualified.get(id) as string);
  }
  const result = new Map<string, string>();
  for (const type of sorted) result.set(type.id, table.claim(names.get(type.id) as string));
  return result;
}

/** A type's name before collisions, and the id segments it stands for (the rest may qualify it). */
interface BaseName {
  name: string;
  enclosing: string[];
}

/** An enum declared inside a message is named after it (`Backup_BackupType`); the message's own name wins over its id. */
function baseName(type: { id: string; name: string; kind: 'message' | 'enum' }, messages: ReadonlyMap<string, string>): BaseName {
  const enclosing = enclosingSegments(type.id, type.name);
  const own = typeIdentifier(type.name);
  if (type.kind !== 'enum') return { name: own, enclosing };
  const parentName = messages.get(enclosing.join('.'));
  if (parentName !== undefined && enclosing.length > 0) {
    return { name: typeIdentifier(`${typeIdentifier(parentName)}_${type.name}`), enclosing: enclosing.slice(0, -1) };
  }
  let depth = 0;
  while (depth < enclosing.length && /^[A-Z]/.test(enclosing[enclosing.length - 1 - depth] as string)) depth++;
  if (depth === 0) return { name: own, enclosing };
  return { name: typeIdentifier([...enclosing.slice(-depth), type.name].join('_')), enclosing: enclosing.slice(0, -depth) };
}

/** The id's segments before the type's own name: `a.b.Backup.BackupType` → `a`, `b`, `Backup`. */
function enclosingSegments(id: string, name: string): string[] {
  const trimmed = id.endsWith(`.${name}`) ? id.slice(0, -name.length - 1) : id.slice(0, Math.max(0, id.lastIndexOf('.')));
  return trimmed === '' ? [] : trimmed.split('.');
}

function qualify(ids: string[], name: string, base: ReadonlyMap<string, BaseName>): Map<string, string> {
  const segments = new Map(ids.map((id) => [id, (base.get(id) as BaseName).enclosing]));
  const longest = Math.max(...ids.map((id) => (segments.get(id) as string[]).length));
  for (let depth = 1; depth <= longest; depth++) {
    const candidates = new Map(ids.map((id) => [id, prefixed((segments.get(id) as string[]).slice(-depth), name)]));
    if (new Set(candidates.values()).size === ids.length) return candidates;
  }
  return new Map(ids.map((id) => [id, prefixed(segments.get(id) as string[], name)]));
}

function prefixed(segments: string[], name: string): string {
  return typeIdentifier([...segments.map(pascalSegment), name].join('_'));
}

function pascalSegment(segment: string): string {
  return segment
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** Code-unit order, independent of locale, so names are the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A directory and export subpath for a product: lower-case `[a-z0-9-]`, never empty. */
export function moduleDirectory(product: string): string {
  const slug = product
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'product' : slug;
}
