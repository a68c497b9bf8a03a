import type { Lang, LocalizedText } from '../../model/ir.ts';
import type { PageExtract, PageMessage } from '../../model/page.ts';
import { fieldNames, rowPlace } from '../field-place.ts';
import { type Draft, withoutLanguage } from '../finding.ts';
import type { LintInput, LintRule } from '../input.ts';
import { placeOfRef } from '../refs.ts';

/**
 * A field that the page of one language folder describes and its translation documents with no text.
 * (A field the translation leaves out altogether is a field-set difference, which the merge reports.)
 */
export const oneLanguageField: LintRule = {
  name: 'one-language-field',
  level: 'warning',
  about: 'a field has a description on the page of one language and none on its translation',
  async check(input) {
    const drafts: Draft[] = [];
    for (const [en, ru] of twins(input.pages)) {
      drafts.push(...(await described(en, ru, 'en', input)), ...(await described(ru, en, 'ru', input)));
    }
    return drafts;
  },
};

/** The pages under `en/` and `ru/` of one path, where both were read (a page under `ru/` may be written in English). */
function twins(pages: readonly PageExtract[]): [PageExtract, PageExtract][] {
  const russian = new Map(pages.filter((page) => page.source.path.startsWith('ru/')).map((page) => [withoutLanguage(page.source.path), page]));
  return pages.flatMap((page) => {
    const twin = page.source.path.startsWith('en/') ? russian.get(withoutLanguage(page.source.path)) : undefined;
    return twin ? [[page, twin] as [PageExtract, PageExtract]] : [];
  });
}

/** Findings on `other` for fields that `page`, the `lang` folder's page, describes and `other` leaves without text. */
async function described(page: PageExtract, other: PageExtract, lang: Lang, { texts, relations }: LintInput): Promise<Draft[]> {
  const theirs = new Map(other.types.filter((type): type is PageMessage & { kind: 'message' } => type.kind === 'message').map((type) => [type.id, type]));
  const drafts: Draft[] = [];
  for (const type of page.types) {
    const twin = type.kind === 'message' ? theirs.get(type.id) : undefined;
    if (type.kind !== 'message' || !twin) continue;
    const mine = new Map(type.fields.map((field) => [field.jsonName, field]));
    for (const field of twin.fields) {
      const source = mine.get(field.jsonName);
      if (!source || !hasText(source.description) || hasText(field.description)) continue;
      const place = await rowPlace(texts, placeOfRef(twin.sources[0] ?? other.source.path), fieldNames(field));
      const from = await rowPlace(texts, placeOfRef(type.sources[0] ?? page.source.path), fieldNames(source));
      drafts.push({
        rule: oneLanguageField.name,
        place,
        others: [relations.other(place, from)],
        message: `${type.id}.${field.jsonName}: described in ${lang.toUpperCase()} at ${from.source}:${from.line}:${from.column}, no description here`,
      });
    }
  }
  return drafts;
}

const hasText = (text: LocalizedText): boolean => Boolean(text.en || text.ru);
