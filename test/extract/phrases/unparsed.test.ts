import { describe, expect, it } from 'vitest';
import { parseDescription } from '../../../generator/extract/phrases/index.ts';

describe('constraint-like sentences no phrase matches', () => {
  it.each([
    ['The string length in characters must be a multiple of 2.', 'The string length in characters must be a multiple of 2.'],
    ['Name of the disk. Value must match the regular expression [a-z]+.', 'Value must match the regular expression [a-z]+.'],
    ['Acceptable values are 1KB to 2MB, inclusive.', 'Acceptable values are 1KB to 2MB, inclusive.'],
    ['The value must satisfy: even numbers only.', 'The value must satisfy: even numbers only.'],
    ['The number of elements must be even.', 'The number of elements must be even.'],
    ['Includes only one of the fields listed below.', 'Includes only one of the fields listed below.'],
    ['Длина строки в символах должна быть кратна 2.', 'Длина строки в символах должна быть кратна 2.'],
    ['Количество элементов должно быть четным.', 'Количество элементов должно быть четным.'],
    ['Значение должно соответствовать регулярному выражению [a-z]+.', 'Значение должно соответствовать регулярному выражению [a-z]+.'],
  ])('reports "%s"', (given, sentence) => {
    const facts = parseDescription(given);
    expect(facts.unparsed).toEqual([{ text: sentence, offset: given.indexOf(sentence) }]);
  });

  it('reports only the sentence it cannot read and reads the rest', () => {
    const given = 'Required. Name.\n\nThe maximum string length in characters is 63. The string length in characters must be odd.';
    const facts = parseDescription(given);
    expect(facts.required).toBe(true);
    expect(facts.constraints).toEqual({ maxLength: 63 });
    expect(facts.unparsed).toEqual([{ text: 'The string length in characters must be odd.', offset: given.indexOf('The string length in characters must be odd.') }]);
  });

  it('finds the sentence around a period inside inline code', () => {
    const given = 'Host. Each key must match the regular expression `[a-z.]+` unless empty.';
    expect(parseDescription(given).unparsed).toEqual([{ text: 'Each key must match the regular expression `[a-z.]+` unless empty.', offset: 6 }]);
  });
});

describe('statements the phrases contradict', () => {
  it('reports two different patterns and keeps the older sentence\'s one', () => {
    const facts = parseDescription('The value must match the regular expression: `[a-z]+`.\n\nValue must match the regular expression ` [a-z0-9]+ `.');
    expect(facts.constraints.pattern).toBe('[a-z0-9]+');
    expect(facts.conflicts).toEqual([{ key: 'pattern', kept: '[a-z0-9]+', dropped: '[a-z]+', offset: 0 }]);
  });

  it('takes the 2025 sentence with doubled backslashes and the older one as the same pattern', () => {
    const facts = parseDescription(
      'The value must match the regular expression: `[a-zA-Z0-9./@_][ 0-9a-zA-Z./@_,:;()\\\\[\\\\]<>-]{0,198}`.\nThis field is required.\n\nValue must match the regular expression ` [a-zA-Z0-9./@_][ 0-9a-zA-Z./@_,:;()\\[\\]<>-]{0,198} `.',
    );
    expect(facts).toMatchObject({ required: true, constraints: { pattern: '[a-zA-Z0-9./@_][ 0-9a-zA-Z./@_,:;()\\[\\]<>-]{0,198}' }, conflicts: [] });
  });

  it('reports a lower bound above the upper one', () => {
    const facts = parseDescription('The minimum string length in characters is 10. The maximum string length in characters is 5.');
    expect(facts.constraints).toEqual({ minLength: 10, maxLength: 5 });
    expect(facts.conflicts).toEqual([{ key: 'minLength', kept: '10', dropped: 'maxLength 5', offset: 0 }]);
  });

  it('tightens a bound stated twice instead of reporting it', () => {
    const facts = parseDescription('Required. The maximum string length in characters is 20. The string length in characters must be equal to 20.');
    expect(facts.constraints).toEqual({ minLength: 20, maxLength: 20 });
    expect(facts.conflicts).toEqual([]);
  });
});
