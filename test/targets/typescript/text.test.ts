import { describe, expect, test } from 'vitest';
import { commentText, localizedDoc, rewriteLinks, stringLiteral } from '../../../generator/targets/typescript/text.ts';

describe('commentText keeps docs text inert inside /** */', () => {
  test.each([
    ['ends */ the comment', 'ends *\\/ the comment'],
    ['a\u2028b\u2029c\r\nd\re', 'a\nb\nc\nd\ne'],
    ['<\/script><script>alert(1)</script>', '<\\/script><script>alert(1)<\\/script>'],
    ['@deprecated is text\n  @param too', '\\@deprecated is text\n  \\@param too'],
    ['nul\u0000 bell\u0007', 'nul  bell'],
    ['  trimmed  \n\n', 'trimmed'],
  ])('%j', (raw, want) => expect(commentText(raw)).toBe(want));
});

describe('stringLiteral', () => {
  test.each([
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['${x} `y`', "'${x} `y`'"],
    ['</script>', "'\\x3C/script>'"],
    ['line\u2028sep', "'line\\u2028sep'"],
    ['кириллица', "'кириллица'"],
  ])('%j → %s', (raw, want) => {
    expect(stringLiteral(raw)).toBe(want);
    expect(new Function(`return ${stringLiteral(raw)};`)()).toBe(raw);
  });
});

describe('links', () => {
  const links = { typeName: (id: string) => ({ 'yandex.cloud.mdb.redis.v1.Backup': 'Backup' })[id] };
  test.each([
    ['[Backup](#yandex.cloud.mdb.redis.v1.Backup)', 'en', '{@link Backup}'],
    ['[the backup](#yandex.cloud.mdb.redis.v1.Backup)', 'en', '{@link Backup | the backup}'],
    ['[x](#unknown.Type)', 'en', '[x](#unknown.Type)'],
    ['[list](/docs/managed-redis/api-ref/Cluster/list#List)', 'ru', '[list](https://yandex.cloud/ru/docs/managed-redis/api-ref/Cluster/list#List)'],
    ['[RFC3339](https://www.ietf.org/rfc/rfc3339.txt)', 'en', '[RFC3339](https://www.ietf.org/rfc/rfc3339.txt)'],
    ['[list](list.md#List)', 'en', '[list](list.md#List)'],
  ] as const)('%s (%s)', (text, lang, want) => expect(rewriteLinks(text, lang, links)).toBe(want));

  test('both languages, English first', () => {
    expect(localizedDoc({ en: 'ID.', ru: 'Идентификатор.' }, links)).toBe('ID.\n\nRU: Идентификатор.');
    expect(localizedDoc({ ru: 'Только по-русски.' }, links)).toBe('Только по-русски.');
  });
});
