import { describe, expect, it } from 'vitest';
import { parseDescription } from '../../../generator/extract/phrases/index.ts';
import { prepareText } from '../../../generator/extract/phrases/text.ts';

describe('text the generator writes untidily', () => {
  it('reads a doubled "Required field. Required." and double spaces', () => {
    expect(parseDescription('Required field. Required. ID of the Redis cluster.').required).toBe(true);
    expect(parseDescription('Required.  The maximum string length in characters is 63. Value must match the regular expression ` [a-zA-Z0-9_-]* `.')).toMatchObject({
      required: true,
      constraints: { maxLength: 63, pattern: '[a-zA-Z0-9_-]*' },
    });
  });

  it('reads a phrase broken across lines or spaced out', () => {
    expect(parseDescription('The maximum string length\nin characters  is 50.').constraints).toEqual({ maxLength: 50 });
    expect(parseDescription('Максимальная длина строки\u00a0в символах —\n50.').constraints).toEqual({ maxLength: 50 });
  });

  it('skips the `false` artifact of old gRPC pages before the constraints', () => {
    const given = 'Обязательное поле. Имя базы данных MongoDB. Длина 1-63 символов. false Максимальная длина строки в символах — 63. Значение должно соответствовать регулярному выражению ` [a-zA-Z0-9_-]{1,63} `.';
    expect(parseDescription(given)).toMatchObject({ required: true, constraints: { maxLength: 63, pattern: '[a-zA-Z0-9_-]{1,63}' }, unparsed: [] });
    expect(parseDescription('Обязательное поле. Конфигурация создаваемой базы данных. false')).toMatchObject({ required: true, constraints: {}, unparsed: [] });
  });

  it('leaves `false` alone where it is text, not the artifact', () => {
    const given = 'Если значение равно `false` — операция еще выполняется. Flag is false when unset.';
    expect(prepareText(given).text).toBe(given);
  });

  it('reads Russian phrases written with Latin lookalike letters, and only for matching', () => {
    // Latin `c` in "cтроки" and "cимволах", Latin `O` in "Oбязательное", as the RU reference has `Cписок`.
    const given = 'Oбязательное поле. Максимальная длина cтроки в cимволах — 50.';
    expect(parseDescription(given)).toMatchObject({ required: true, constraints: { maxLength: 50 } });
    expect(prepareText(given).source).toBe(given);
    expect(prepareText('Cписок хостов для кластера.').text).toBe('\u0421писок хостов для кластера.');
  });

  it('keeps code spans untouched by lookalike unification', () => {
    const given = 'Значение должно соответствовать регулярному выражению `[a-zа-яC]+`.';
    expect(parseDescription(given).constraints.pattern).toBe('[a-zа-яC]+');
  });

  it('offsets stay offsets into the description after unification', () => {
    const given = 'Cписок. Длина строки в символах должна быть кратна 2.';
    const [entry] = parseDescription(given).unparsed;
    expect(entry?.offset).toBe(given.indexOf('Длина'));
    expect(entry?.text).toBe('Длина строки в символах должна быть кратна 2.');
  });
});
