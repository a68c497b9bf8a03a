import type { Field } from '../model/ir.ts';
import type { PageType } from '../model/page.ts';
import type { Place } from './finding.ts';
import type { PageTexts } from './input.ts';
import { locate, locateRow } from './locate.ts';
import type { Statement } from './type-groups.ts';

/** Where a page writes an enum value of a type: its name's first place below the type's heading. */
export async function namePlace(texts: PageTexts, statement: Statement<PageType>, names: readonly string[]): Promise<Place> {
  const lines = await texts.lines(statement.page);
  if (lines === null) return statement.at;
  for (const name of names) {
    const place = locate(lines, name, statement.at.line, statement.page);
    if (place) return place;
  }
  return statement.at;
}

/** Where a page's field table has the row of a field, below `at` (the type's heading); `at` where none is found. */
export async function rowPlace(texts: PageTexts, at: Place, names: readonly string[]): Promise<Place> {
  const lines = await texts.lines(at.source);
  return (lines === null ? null : locateRow(lines, names, at.line, at.source)) ?? at;
}

/** The names a page may write a field by: its protobuf name, its JSON name. */
export const fieldNames = (field: Pick<Field, 'name' | 'jsonName'>): string[] => [...new Set([field.name, field.jsonName])];

/** The names of a field the model knows by its JSON name: `journalSize`, `journal_size`. */
export const namesOfJson = (jsonName: string): string[] => [...new Set([jsonName, jsonName.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)])];
