import type { DocsIr, LocalizedText, Method, Source, SourceRef, TypeDef } from '../model/ir.ts';
import type { PageExtract, PageType } from '../model/page.ts';
import { splitRef } from './context.ts';
import { followLineMoves, type PageEdit } from './line-moves.ts';
import { comparePages } from './occurrences.ts';
import { changedTexts, sameText, structureOf, textsOf } from './page-texts.ts';

/** Every page of the docs by path, as it is now (edited ones after the edit): its source cheaply, its extract when asked. */
export interface Pages {
  source(path: string): Source | undefined;
  page(path: string): PageExtract | undefined;
}

/**
 * The merged model of the pages after edits that changed only words, found without merging
 * again; null where the edits are not such (the caller merges all pages then). It holds because
 * the merge reads a method's or a named type's words for nothing but the text it keeps, which
 * is each language's first text in page order (`comparePages`) among the places that document
 * it: so each edited text is that again, over those places. Before a text is replaced, the
 * same rule is checked against the model over the pages as they were; where it does not give
 * the model's text, nothing is patched. Lines the edits added or removed are followed first
 * (`followLineMoves`).
 */
export function applyTextEdits(merged: DocsIr, pageEdits: readonly PageEdit[], pages: Pages): DocsIr | null {
  const moved = followLineMoves(merged, pageEdits);
  if (moved === null) return null;
  const { ir, edits } = moved;
  const edited = new Map(edits.map((edit) => [edit.after.source.path, edit]));
  const asWere: Pages = {
    source: (path) => edited.get(path)?.before.source ?? pages.source(path),
    page: (path) => edited.get(path)?.before ?? pages.page(path),
  };
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
  const types = patchTypes(ir, typeIds, places, asWere, pages);
  const texts = patchMethods(methods, places, asWere, pages);
  const sources = patchSources(ir.sources, edited);
  if (types === null || texts === null || sources === null) return null;
  const services = ir.services.map((service) =>
    service.methods.some((method) => texts.has(method)) ? { ...service, methods: service.methods.map((method) => (texts.has(method) ? { ...method, description: texts.get(method)! } : method)) } : service,
  );
  return { ...ir, sources, services, types };
}

function patchTypes(ir: DocsIr, ids: ReadonlySet<string>, places: Places, asWere: Pages, now: Pages): DocsIr['types'] | null {
  if (ids.size === 0) return ir.types;
  const types = { ...ir.types };
  for (const id of ids) {
    const type = ir.types[id]!;
    const was = typeTexts(type, places, asWere);
    if (was === null || !holdsTexts(type, was)) return null;
    const texts = typeTexts(type, places, now);
    if (texts === null) return null;
    types[id] = withTexts(type, texts);
  }
  return types;
}

function patchMethods(methods: ReadonlySet<Method>, places: Places, asWere: Pages, now: Pages): Map<Method, LocalizedText> | null {
  const texts = new Map<Method, LocalizedText>();
  for (const method of methods) {
    const was = methodText(method, places, asWere);
    if (was === null || !sameText(was, method.description)) return null;
    const text = methodText(method, places, now);
    if (text === null) return null;
    texts.set(method, text);
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

function typeTexts(type: TypeDef, places: Places, pages: Pages): TypeTexts | null {
  const names = type.kind === 'message' ? type.fields.map((field) => field.jsonName) : type.values.map((value) => value.name);
  const texts = firstTexts(type.sources, pages, {
    itemsOf: (page) => page.types,
    relationOf: (refs) => places.typeRelation(refs, type.id),
    wordsOf: textsOf,
    textsOf: (copy) => [['', copy.description], ...partsOf(copy).map((part): [string, LocalizedText] => [part.name, part.description])],
    slots: ['', ...names],
  });
  if (texts === null || [...texts.keys()].some((name) => name !== '' && !names.includes(name))) return null;
  const { '': description = {}, ...rest } = Object.fromEntries(texts);
  return { description, parts: new Map(Object.entries(rest)) };
}

function methodText(method: Method, places: Places, pages: Pages): LocalizedText | null {
  const texts = firstTexts(method.sources, pages, {
    itemsOf: (page) => page.services.flatMap((service) => service.methods),
    relationOf: (refs) => places.methodRelation(refs, method),
    wordsOf: (copy) => JSON.stringify(copy.description),
    textsOf: (copy) => [['', copy.description]],
    slots: [''],
  });
  return texts === null ? null : (texts.get('') ?? {});
}

/** How to find one thing's copies on its pages, and the texts each holds by slot (`''`: its own description). */
interface CopiesOf<T> {
  itemsOf: (page: PageExtract) => readonly T[];
  relationOf: (refs: readonly SourceRef[]) => Relation;
  wordsOf: (item: T) => string;
  textsOf: (item: T) => [slot: string, text: LocalizedText][];
  /** The slots the model has: once each has a language's text, later pages cannot change it. */
  slots: readonly string[];
}

/**
 * Each slot's text as the merge joins its copies (`mergeText`): each language's first text, in
 * merge order. Pages are of one language, so each language is read from its own pages, in order,
 * until every slot has its text. Null where a page cannot be had, holds something that may or
 * may not be a copy, holds no copy, holds two in different words (which of the two the merge
 * takes first is not the page's order), or holds a text not of the shape pages give (one
 * language, the page's, a non-empty string).
 */
function firstTexts<T extends { sources: SourceRef[] }>(refs: readonly SourceRef[], pages: Pages, copies: CopiesOf<T>): Map<string, LocalizedText> | null {
  const ranked: PageExtract[] = [];
  for (const path of new Set(refs.map((ref) => splitRef(ref)[0]))) {
    const source = pages.source(path);
    if (source === undefined) return null;
    ranked.push({ source } as PageExtract);
  }
  ranked.sort(comparePages);
  const found = new Map<string, LocalizedText>();
  for (const lang of ['en', 'ru'] as const) {
    let open = copies.slots.length;
    for (const { source } of ranked) {
      if (source.lang !== lang) continue;
      const page = pages.page(source.path);
      const mine = page === undefined ? null : copiesOn(page, copies);
      if (mine === null) return null;
      for (const [slot, text] of copies.textsOf(mine)) {
        if (!isPageText(text, lang)) return null;
        const merged = found.get(slot) ?? {};
        if (merged[lang] === undefined && text[lang] !== undefined) {
          merged[lang] = text[lang];
          if (copies.slots.includes(slot)) open--;
        }
        found.set(slot, merged);
      }
      if (open === 0) break;
    }
  }
  return found;
}

/** The page's copy (its copies, in the same words); null where that cannot be told or there is none. */
function copiesOn<T extends { sources: SourceRef[] }>(page: PageExtract, copies: CopiesOf<T>): T | null {
  const related = copies.itemsOf(page).map((item) => ({ item, relation: copies.relationOf(item.sources) }));
  if (related.some(({ relation }) => relation === 'unsure')) return null;
  const mine = related.filter(({ relation }) => relation === 'copy').map(({ item }) => item);
  return mine.length > 0 && mine.every((item) => copies.wordsOf(item) === copies.wordsOf(mine[0]!)) ? mine[0]! : null;
}

function partsOf(type: PageType): { name: string; description: LocalizedText }[] {
  return type.kind === 'message' ? type.fields.map((field) => ({ name: field.jsonName, description: field.description })) : type.values;
}

function isPageText(text: LocalizedText, lang: 'en' | 'ru'): boolean {
  const keys = Object.keys(text);
  return keys.length === 0 || (keys.length === 1 && keys[0] === lang && typeof text[lang] === 'string' && text[lang] !== '');
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
  readonly #types = new Claims<string>();
  readonly #methods = new Claims<Method>();

  constructor(ir: DocsIr) {
    for (const type of Object.values(ir.types)) for (const ref of type.sources) this.#types.claim(ref, type.id);
    for (const service of ir.services) for (const method of service.methods) for (const ref of method.sources) this.#methods.claim(ref, method);
  }

  /** The one model type that all these places are places of, and no other is; else undefined. */
  typeOf(refs: readonly SourceRef[]): string | undefined {
    return this.#types.soleOwner(refs);
  }

  typeRelation(refs: readonly SourceRef[], id: string): Relation {
    return this.#types.relation(refs, id);
  }

  methodOf(refs: readonly SourceRef[]): Method | undefined {
    return this.#methods.soleOwner(refs);
  }

  methodRelation(refs: readonly SourceRef[], method: Method): Relation {
    return this.#methods.relation(refs, method);
  }
}

/** A page's type or method is one of a model entry's copies, another's, or maybe either (places it shares with another). */
type Relation = 'copy' | 'other' | 'unsure';

/** Each place's owner; the few places several own are kept apart, with all their owners. */
class Claims<T> {
  readonly #owner = new Map<SourceRef, T>();
  readonly #shared = new Map<SourceRef, T[]>();

  claim(ref: SourceRef, owner: T): void {
    const shared = this.#shared.get(ref);
    if (shared !== undefined) {
      if (!shared.includes(owner)) shared.push(owner);
      return;
    }
    const known = this.#owner.get(ref);
    if (known === undefined) this.#owner.set(ref, owner);
    else if (known !== owner) {
      this.#owner.delete(ref);
      this.#shared.set(ref, [known, owner]);
    }
  }

  soleOwner(refs: readonly SourceRef[]): T | undefined {
    const first = this.#owner.get(refs[0] ?? '');
    return first !== undefined && this.relation(refs, first) === 'copy' ? first : undefined;
  }

  relation(refs: readonly SourceRef[], owner: T): Relation {
    if (refs.length > 0 && refs.every((ref) => this.#owner.get(ref) === owner)) return 'copy';
    return refs.some((ref) => this.#owner.get(ref) === owner || this.#shared.get(ref)?.includes(owner)) ? 'unsure' : 'other';
  }
}
