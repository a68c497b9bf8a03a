import { describe, expect, it } from 'vitest';
import { locate, locateRow } from '../../generator/lint/locate.ts';
import { placeOfRef, placesIn } from '../../generator/lint/refs.ts';

describe('placesIn', () => {
  const table = [
    { given: 'x.y: minLength is 1 at en/a/b.md:12, 3 here; the first is kept', want: [{ source: 'en/a/b.md', line: 12, column: 1 }] },
    { given: 'T: this page does not document a (ru/p.md:4:7), b (ru/p.md:4:7), c (en/q.md:9)', want: [{ source: 'ru/p.md', line: 4, column: 7 }, { source: 'en/q.md', line: 9, column: 1 }] },
    { given: 'no place here, nor at xen/a.md:1', want: [] },
  ];
  it.each(table)('$given', ({ given, want }) => expect(placesIn(given)).toEqual(want));
});

describe('placeOfRef', () => {
  const table = [
    { given: 'en/a.md:12', want: { source: 'en/a.md', line: 12, column: 1 } },
    { given: 'en/a.md', want: { source: 'en/a.md', line: 1, column: 1 } },
  ];
  it.each(table)('$given', ({ given, want }) => expect(placeOfRef(given)).toEqual(want));
});

describe('locate and locateRow', () => {
  const page = ['## Backup {#Backup}', '', '#|', '||Field | Description ||', '|| id | **string**', '', 'ID. 1-63 characters long. ||', '|| folder_id | **string** ||', 'backups[].<br>createdAt | **string**'];
  const table = [
    { names: ['folder_id'], from: 1, want: { source: 'p.md', line: 8, column: 4 } },
    { names: ['folderId', 'folder_id'], from: 1, want: { source: 'p.md', line: 8, column: 4 } },
    { names: ['id'], from: 1, want: { source: 'p.md', line: 5, column: 4 } },
    { names: ['createdAt'], from: 1, want: { source: 'p.md', line: 9, column: 15 } },
    { names: ['id'], from: 6, want: null },
    { names: ['Description'], from: 1, want: null },
    { names: ['string'], from: 1, want: null },
  ];
  it.each(table)('row of $names from line $from', ({ names, from, want }) => expect(locateRow(page, names, from, 'p.md')).toEqual(want));

  it('finds a sentence at or after a line', () => {
    expect(locate(page, '1-63 characters', 1, 'p.md')).toEqual({ source: 'p.md', line: 7, column: 5 });
    expect(locate(page, '1-63 characters', 8, 'p.md')).toBeNull();
  });
});
