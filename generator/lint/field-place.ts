import type { Field } from '../model/ir.ts';
import type { PageType } from '../model/page.ts';
import type { Place } from './finding.ts';
import type { PageTexts } from './input.ts';
import { locate } from './locate.ts';
import type { Statement } from './type-groups.ts';

/** Where a page writes a field (or an enum value) of a type: its name's first place below the type's heading. */
export async function namePlace(texts: PageTexts, statement: Statement<PageType>, names: readonly string[]): Promise<Place> {
  const text = await texts.get(statement.page);
  if (text === null) return statement.at;
  for (const name of names) {
    const place = locate(text, name, statement.at.line, statement.page);
    if (place) return place;
  }
  return statement.at;
}

/** The names a page may write a field by: its protobuf name, then its JSON name. */
export const fieldNames = (field: Pick<Field, 'name' | 'jsonName'>): string[] => [...new Set([field.name, field.jsonName])];
