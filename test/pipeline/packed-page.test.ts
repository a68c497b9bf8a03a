import { describe, expect, it } from 'vitest';
import { extractPage } from '../../generator/extract/extract-page.ts';
import { packPage, unpackPage } from '../../generator/pipeline/packed-page.ts';
import { docsPage } from '../helpers/fixtures.ts';

const EN = 'en/managed-redis/api-ref/grpc/Cluster/listBackups.md';
const RU = 'ru/managed-redis/api-ref/grpc/Cluster/listBackups.md';

describe('packPage / unpackPage', () => {
  it('give back the extract as it was', () => {
    const page = extractPage(EN, docsPage(EN));
    const { packed, types } = packPage(page);
    expect(unpackPage(packed, new Map(types))).toEqual(page);
  });

  it('key a type by its content, not by where it stands', () => {
    const en = packPage(extractPage(EN, docsPage(EN)));
    const moved = packPage(extractPage(EN, new TextEncoder().encode(`\n\n${new TextDecoder().decode(docsPage(EN))}`)));
    expect(moved.types.map(([key]) => key)).toEqual(en.types.map(([key]) => key));
    expect(moved.packed.types.map(([, sources]) => sources)).not.toEqual(en.packed.types.map(([, sources]) => sources));
    const ru = packPage(extractPage(RU, docsPage(RU)));
    expect(ru.types.map(([key]) => key)).not.toEqual(en.types.map(([key]) => key));
  });

  it('refuse a packed page whose type the pool lacks', () => {
    const { packed } = packPage(extractPage(EN, docsPage(EN)));
    expect(() => unpackPage(packed, new Map())).toThrow(/missing from the pool/);
  });
});
