import { describe, expect, it } from 'vitest';
import { parseDescription, resolveValueBounds } from '../../../generator/extract/phrases/index.ts';

describe('exclusive bounds resolved by the field type', () => {
  it('turns "greater than 0" into minimum 1 on integers', () => {
    const { constraints } = parseDescription('Value must be greater than 0.');
    expect(resolveValueBounds(constraints, 'integer')).toEqual({ constraints: { minimum: '1' }, unresolved: [] });
  });

  it('keeps "greater than 0" out of the model on floats and says so', () => {
    const { constraints } = parseDescription('Target value for the custom metric.\nThe value must be greater than 0.');
    expect(resolveValueBounds(constraints, 'float')).toEqual({ constraints: {}, unresolved: [{ bound: 'exclusiveMinimum', value: '0' }] });
  });

  it('is exact at the int64 limits', () => {
    const high = parseDescription('Value must be less than 9223372036854775807.').constraints;
    expect(resolveValueBounds(high, 'integer').constraints).toEqual({ maximum: '9223372036854775806' });
    const low = parseDescription('Value must be greater than -9223372036854775808.').constraints;
    expect(resolveValueBounds(low, 'integer').constraints).toEqual({ minimum: '-9223372036854775807' });
    const unsigned = parseDescription('Acceptable values are 0 to 18446744073709551615, inclusive.').constraints;
    expect(resolveValueBounds(unsigned, 'integer').constraints).toEqual({ minimum: '0', maximum: '18446744073709551615' });
  });

  it('keeps the tighter of an inclusive and an exclusive bound', () => {
    const { constraints } = parseDescription('The minimum value is 5. Value must be greater than 0. Value must be less than 10. The maximum value is 100.');
    expect(resolveValueBounds(constraints, 'integer').constraints).toEqual({ minimum: '5', maximum: '9' });
  });

  it('rounds a fractional exclusive bound to the next integer', () => {
    const { constraints } = parseDescription('Value must be greater than -0.5. Value must be less than 2.5.');
    expect(resolveValueBounds(constraints, 'integer').constraints).toEqual({ minimum: '0', maximum: '2' });
  });

  it('normalizes the numbers it reads: minus sign, plus sign, leading and trailing zeros', () => {
    expect(parseDescription('Acceptable values are −10 to +007.50, inclusive.').constraints).toEqual({ minimum: '-10', maximum: '7.5' });
  });
});
