import { describe, expect, it } from 'vitest';
import { parseDescription } from '../../../generator/extract/phrases/index.ts';

// Human-written descriptions from the reference that resemble the generated sentences.
const PROSE = [
  'The maximum number of results per page to return. If the number of available results is larger than `page_size`, the service returns a next_page_token.',
  'Максимальное количество результатов на странице ответа на запрос. Если количество результатов больше чем `page_size`, сервис вернет значение next_page_token.',
  // A length said of something the field holds or names, not of the field itself.
  'The IDs are 1-63 characters long.',
  'Each label value must be a maximum of 256 characters long.',
  'If a field is specified in `updateMask` and no value for that field was sent in the request, the field\'s value will be reset to the default. The default value for most fields is null or 0.',
  'Если в запросе не было отправлено значение для этого поля, значение поля будет сброшено на значение по умолчанию. Значение по умолчанию для большинства полей — null или 0.',
  'The stack size for each thread. The default is large enough for normal operation.',
  'Whether version is deprecated.',
  'If `done == false` and there was no failure detected, neither `error` nor `response` is set. If `done == true`, exactly one of `error` or `response` is set.',
  'Если значение равно `false` — операция еще выполняется. Если `true` — операция завершена.',
  'String in [RFC3339](https://www.ietf.org/rfc/rfc3339.txt) text format. The range of possible values is from `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for fractions of a second.',
  'Значение в формате [RFC3339](https://www.ietf.org/rfc/rfc3339.txt). Код ошибки. Значение из списка google.rpc.Code.',
  'Regular expression to filter the log records by.',
  'The number of seconds to wait for more data from a connection before aborting the read.',
  'The maximum permitted number of simultaneous client connections.',
  'The total size of all keys and values must be less than 512 KB.\nThe values must be 256 KB or less.',
  'Required for clusters with sharding only.',
  'Not required.',
  '`READ_WRITE`: Read/Write access. Default value.',
  'Required field. oneof disk_spec or disk_id\nDisk specification that is attached to the instance.',
  'Allowed values:</br>- `false`: The instance group can be deleted.</br>- `true`: The instance group cannot be deleted.',
  'A list of values. The maximum value is determined by the host class.',
  'Value must be set when the cluster is sharded.',
];

describe('prose that states no constraint', () => {
  it.each(PROSE)('reads nothing and warns of nothing in "%s"', (given) => {
    const facts = parseDescription(given);
    expect(facts.constraints).toEqual({});
    expect(facts.unparsed).toEqual([]);
    expect(facts.conflicts).toEqual([]);
    expect(facts.default).toBeUndefined();
    expect(facts.oneofFields).toBeUndefined();
    expect(facts.deprecated).toBeUndefined();
  });

  it('reads "Required field." only where it is a sentence of its own', () => {
    expect(parseDescription('Required for clusters with sharding only.').required).toBe(false);
    expect(parseDescription('Not required.').required).toBe(false);
    expect(parseDescription('Required field. oneof disk_spec or disk_id').required).toBe(true);
  });
});
