import type { LocalizedText, SourceRef } from '../model/ir.ts';
import type { PageExtract } from '../model/page.ts';

/**
 * A page's extract with its words left out (every `description`, and the page's hash): two
 * versions of a page with equal structures say the same things in other words.
 */
export function structureOf(page: PageExtract): string {
  return JSON.stringify(page, withoutWords);
}

/** `JSON.stringify`'s replacer that leaves out a page's words (every `description`) and its hash. */
export const withoutWords = (key: string, value: unknown): unknown => (key === 'description' || key === 'sha256' ? undefined : value);

/** What changed between two versions of a page of one structure: the places of the types and methods whose words did. */
export interface ChangedTexts {
  types: SourceRef[][];
  methods: SourceRef[][];
}

/**
 * The types and methods whose words differ between two versions of one structure; null where
 * words changed that the merge reads for more than text: a service's (merged across all its
 * methods' pages, not in page order) or an anonymous type's (two legacy objects documented
 * alike, words included, are one type).
 */
export function changedTexts(before: PageExtract, after: PageExtract): ChangedTexts | null {
  const changed: ChangedTexts = { types: [], methods: [] };
  for (const [index, service] of after.services.entries()) {
    const old = before.services[index]!;
    if (!sameText(old.description, service.description)) return null;
    for (const [at, method] of service.methods.entries()) if (!sameText(old.methods[at]!.description, method.description)) changed.methods.push(method.sources);
  }
  for (const [index, type] of after.types.entries()) {
    if (textsOf(before.types[index]!) === textsOf(type)) continue;
    if (type.origin === 'anonymous') return null;
    changed.types.push(type.sources);
  }
  return changed;
}

/** Every text of a page type, as one string: equal strings, equal words. */
export function textsOf(type: PageExtract['types'][number]): string {
  const parts = type.kind === 'message' ? type.fields.map((field) => field.description) : type.values.map((value) => value.description);
  return JSON.stringify([type.description, parts]);
}

export const sameText = (a: LocalizedText, b: LocalizedText): boolean => JSON.stringify(a) === JSON.stringify(b);
