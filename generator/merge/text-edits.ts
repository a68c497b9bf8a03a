import type { DocsIr, LocalizedText, Method, Source, SourceRef, TypeDef } from '../model/ir.ts';
import type { PageExtract, PageType } from '../model/page.ts';
import { mergeText, splitRef } from './context.ts';
import { comparePages } from './occurrences.ts';
import { changedTexts, sameText, structureOf, textsOf } from './page-texts.ts';

/** A page as it was when the model was merged, and as it is now. */
export interface PageEdit {
  before: PageExtract;
  after: PageExtract;
}

/** Every page of the docs by path, as it is now (edited ones after the edit). */
export type PageAt = (path: string) => PageExtract | undefined;

/**
 * The merged model of the pages after edits that changed only words, found without merging
 * again; null where the edits are not such (the caller merges all pages then). It holds because
 * the merge reads a method's or a named type's words for nothing but the text it keeps, which
 * is each language's first text in page order (`comparePages`) among the places that document
 * it: so each edited text is that again, over those places. Before a text is replaced, the
 * same rule is checked against the model over the pages as they were; where it does not give
 * the model's text, nothing is patched.
 */
export function applyTextEdits(ir: DocsIr, edits: readonly PageEdit[], pageAt: PageAt): DocsIr | null {
  const edited = new Map(edits.map((edit) => [edit.after.source.path, edit]));
  const beforeAt: PageAt = (path) => edited.get(path)?.before ?? pageAt(path);
  const places = new Places(ir);
  const typeIds = new Set<string>();
  const methods = new Set<Method>();
  for (const { before, after } of edits) {
    if (before.source.path !== after.source.path || structureOf(before) !== structureOf(after)) return null;
    const changed = changedTexts(before, after);
    if (changed === null) return null;
    for (const refs of changed.types) {
      const id = places.typeOf(refs);
      if (id === undefined) return null;
      typeIds.add(id);
    }
    for (const refs of changed.methods) {
      const method = places.methodOf(refs);
      if (!method) return null;
      methods.add(method);
    }
  }
  const types = patchTypes(ir, typeIds, places, beforeAt, pageAt);
  const texts = patchMethods(methods, places, beforeAt, pageAt);
  const sources = patchSources(ir.sources, edited);
  if (types === null || texts === null || sources === null) return null;
  const services = ir.services.map((service) =>
    service.methods.some((method) => texts.has(method)) ? { ...service, methods: service.methods.map((method) => (texts.has(method) ? { ...method, description: texts.get(method)! } : method)) } : service,
  );
  return { ...ir, sources, services, types };
}

function patchTypes(ir: DocsIr, ids: ReadonlySet<string>, places: Places, beforeAt: PageAt, pageAt: PageAt): DocsIr['types'] | null {
  if (ids.size === 0) return ir.types;
  const types = { ...ir.types };
  for (const id of ids) {
    const type = ir.types[id]!;
    const was = typeTexts(type, places, beforeAt);
    if (was === null || !holdsTexts(type, was)) return null;
    const now = typeTexts(type, places, pageAt);
    if (now === null) return null;
    types[id] = withTexts(type, now);
  }
  return types;
}

function patchMethods(methods: ReadonlySet<Method>, places: Places, beforeAt: PageAt, pageAt: PageAt): Map<Method, LocalizedText> | null {
  const texts = new Map<Method, LocalizedText>();
  for (const method of methods) {
    const was = methodText(method, places, beforeAt);
    if (was === null || !sameText(was, method.description)) return null;
    const now = methodText(method, places, pageAt);
    if (now === null) return null;
    texts.set(method, now);
  }
  return texts;
}

function patchSources(sources: readonly Source[], edited: ReadonlyMap<string, PageEdit>): Source[] | null {
  let found = 0;
  const patched = sources.map((source) => {
    const edit = edited.get(source.path);
    if (edit === undefined) return source;
    if (JSON.stringify(source) === JSON.stringify(edit.before.source)) found++;
    return edit.after.source;
  });
  return found === edited.size ? patched : null;
}

/** A type's texts as the merge keeps them: its description, and each field's or value's by name. */
interface TypeTexts {
  description: LocalizedText;
  parts: Map<string, LocalizedText>;
}

function typeTexts(type: TypeDef, places: Places, pageAt: PageAt): TypeTexts | null {
  const copies = documenting(type.sources, pageAt, (page) => page.types, (refs) => places.typeRelation(refs, type.id), textsOf);
  if (copies === null) return null;
  const parts = new Map<string, LocalizedText[]>();
  for (const copy of copies) {
    for (const part of partsOf(copy)) parts.get(part.name)?.push(part.description) ?? parts.set(part.name, [part.description]);
  }
  const description = firstTexts(copies.map((copy) => copy.description));
  const merged = new Map<string, LocalizedText>();
  for (const [name, texts] of parts) {
    const text = firstTexts(texts);
    if (text === null) return null;
    merged.set(name, text);
  }
  return description === null ? null : { description, parts: merged };
}

function methodText(method: Method, places: Places, pageAt: PageAt): LocalizedText | null {
  const methodsOf = (page: PageExtract) => page.services.flatMap((service) => service.methods);
  const copies = documenting(method.sources, pageAt, methodsOf, (refs) => places.methodRelation(refs, method), (copy) => JSON.stringify(copy.description));
  return copies === null ? null : firstTexts(copies.map((copy) => copy.description));
}

/**
 * The copies of one thing that the pages at its places hold, pages in merge order; null where a
 * page cannot be had, holds something that may or may not be a copy, holds no copy, or holds
 * two in different words (which of the two the merge takes first is not the page's order).
 */
function documenting<T extends { sources: SourceRef[] }>(
  refs: readonly SourceRef[],
  pageAt: PageAt,
  itemsOf: (page: PageExtract) => readonly T[],
  relationOf: (refs: readonly SourceRef[]) => Relation,
  wordsOf: (item: T) => string,
): T[] | null {
  const pages: PageExtract[] = [];
  for (const path of new Set(refs.map((ref) => splitRef(ref)[0]))) {
    const page = pageAt(path);
    if (page === undefined) return null;
    pages.push(page);
  }
  pages.sort(comparePages);
  const copies: T[] = [];
  for (const page of pages) {
    const related = itemsOf(page).map((item) => ({ item, relation: relationOf(item.sources) }));
    if (related.some(({ relation }) => relation === 'unsure')) return null;
    const mine = related.filter(({ relation }) => relation === 'copy').map(({ item }) => item);
    if (mine.length === 0 || mine.some((item) => wordsOf(item) !== wordsOf(mine[0]!))) return null;
    copies.push(...mine);
  }
  return copies;
}

function partsOf(type: PageType): { name: string; description: LocalizedText }[] {
  return type.kind === 'message' ? type.fields.map((field) => ({ name: field.jsonName, description: field.description })) : type.values;
}

/**
 * Each language's first text, as the merge joins them (`mergeText`); null for a text not in
 * the shape pages give (one language, a non-empty string), where copying a page's text and
 * joining it would differ.
 */
function firstTexts(texts: readonly LocalizedText[]): LocalizedText | null {
  if (!texts.every(isPageText)) return null;
  return texts.reduce<LocalizedText>((text, next) => mergeText(text, next), {});
}

function isPageText(text: LocalizedText): boolean {
  const keys = Object.keys(text);
  return keys.length <= 1 && keys.every((key) => (key === 'en' || key === 'ru') && typeof text[key] === 'string' && text[key] !== '');
}

function holdsTexts(type: TypeDef, texts: TypeTexts): boolean {
  if (!sameText(type.description, texts.description)) return false;
  const parts = new Map<string, LocalizedText>(type.kind === 'message' ? type.fields.map((field) => [field.jsonName, field.description]) : type.values.map((value) => [value.name, value.description]));
  return [...texts.parts].every(([name, text]) => parts.has(name) && sameText(parts.get(name)!, text));
}

function withTexts(type: TypeDef, texts: TypeTexts): TypeDef {
  const text = (name: string, description: LocalizedText): LocalizedText => texts.parts.get(name) ?? description;
  if (type.kind === 'message') return { ...type, description: texts.description, fields: type.fields.map((field) => ({ ...field, description: text(field.jsonName, field.description) })) };
  return { ...type, description: texts.description, values: type.values.map((value) => ({ ...value, description: text(value.name, value.description) })) };
}

/** Which model types and methods each documented place belongs to (as a rule one). */
class Places {
  readonly #types = new Map<SourceRef, string[]>();
  readonly #methods = new Map<SourceRef, Method[]>();

  constructor(ir: DocsIr) {
    for (const type of Object.values(ir.types)) for (const ref of type.sources) claim(this.#types, ref, type.id);
    for (const service of ir.services) for (const method of service.methods) for (const ref of method.sources) claim(this.#methods, ref, method);
  }

  /** The one model type that all these places are places of, and no other is; else undefined. */
  typeOf(refs: readonly SourceRef[]): string | undefined {
    return soleOwner(this.#types, refs);
  }

  typeRelation(refs: readonly SourceRef[], id: string): Relation {
    return relation(this.#types, refs, id);
  }

  methodOf(refs: readonly SourceRef[]): Method | undefined {
    return soleOwner(this.#methods, refs);
  }

  methodRelation(refs: readonly SourceRef[], method: Method): Relation {
    return relation(this.#methods, refs, method);
  }
}

/** A page's type or method is one of a model entry's copies, another's, or maybe either (places it shares with another). */
type Relation = 'copy' | 'other' | 'unsure';

function claim<T>(map: Map<SourceRef, T[]>, ref: SourceRef, owner: T): void {
  const owners = map.get(ref);
  if (owners === undefined) map.set(ref, [owner]);
  else if (!owners.includes(owner)) owners.push(owner);
}

function soleOwner<T>(map: ReadonlyMap<SourceRef, readonly T[]>, refs: readonly SourceRef[]): T | undefined {
  const first = map.get(refs[0] ?? '')?.[0];
  return first !== undefined && refs.every((ref) => relation(map, [ref], first) === 'copy') ? first : undefined;
}

function relation<T>(map: ReadonlyMap<SourceRef, readonly T[]>, refs: readonly SourceRef[], owner: T): Relation {
  const owned = refs.map((ref) => map.get(ref) ?? []);
  if (refs.length > 0 && owned.every((owners) => owners.length === 1 && owners[0] === owner)) return 'copy';
  return owned.some((owners) => owners.includes(owner)) ? 'unsure' : 'other';
}
