import type { Lang, LocalizedText } from '../model/ir.ts';
import type { ChangeSink, Detail, Where } from './sink.ts';

const langs: readonly Lang[] = ['en', 'ru'];

/** A description that changed in a language (written, rewritten or dropped): docs only. */
export function compareText(
  sink: ChangeSink,
  where: Where,
  before: LocalizedText,
  after: LocalizedText,
  detail: Pick<Detail, 'subject' | 'path'> = {},
): void {
  for (const lang of langs) {
    const [a, b] = [before[lang] ?? null, after[lang] ?? null];
    if (a !== b) sink.add('description-changed', where, { ...detail, lang, before: a, after: b });
  }
}
