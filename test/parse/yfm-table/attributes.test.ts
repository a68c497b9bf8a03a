import { describe, expect, it } from 'vitest';
import { parseAttributeBlock } from '../../../generator/parse/yfm-table/attributes.ts';

describe('parseAttributeBlock', () => {
  it.each([
    { given: '{.red}', want: { class: 'red' } },
    { given: '{.a .b #x #y}', want: { class: 'a b', id: 'x y' } },
    { given: '{wide-view}', want: { 'wide-view': 'true' } },
    { given: '{k=v n="two words"}', want: { k: 'v', n: 'two words' } },
    { given: '  { .t  wide }  ', want: { class: 't', wide: 'true' } },
  ])('reads $given', ({ given, want }) => {
    expect(parseAttributeBlock(given)).toEqual(want);
  });

  it.each(['{}', '{ }', 'red', '{.red', '{{ variable }}', '{a b=}', '{"x"}', '{.a}{.b}'])(
    'rejects %j',
    (given) => {
      expect(parseAttributeBlock(given)).toBeUndefined();
    },
  );
});
