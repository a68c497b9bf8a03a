/** The words of a PascalCase name: `ClientOutputBufferLimitNormal` → Client, Output, Buffer, Limit, Normal. */
const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

/**
 * A name that fits every place one anonymous type stands in: the words all its names begin
 * (`ClientOutputBufferLimitNormal`, `…Pubsub` → `ClientOutputBufferLimit`) or end with
 * (`EffectiveConfig`, `UserConfig` → `Config`), whichever is longer; null where they share none.
 */
export function fittingName(names: readonly string[]): string | null {
  const unique = distinctSpellings(names);
  if (unique.length <= 1) return unique[0] ?? null;
  const words = unique.map((name) => name.match(WORD) ?? []);
  const prefix = commonStart(words);
  const suffix = commonStart(words.map((list) => [...list].reverse())).reverse();
  const best = prefix.length >= suffix.length ? prefix : suffix;
  return best.length > 0 ? best.join('') : null;
}

/** `RedisConfig_5_0` and `RedisConfig50` are one name spelt two ways; the first spelling stands. */
function distinctSpellings(names: readonly string[]): string[] {
  const bySpelling = new Map<string, string>();
  for (const name of names) {
    const key = name.replace(/_/g, '').toLowerCase();
    if (!bySpelling.has(key)) bySpelling.set(key, name);
  }
  return [...bySpelling.values()];
}

function commonStart(lists: readonly string[][]): string[] {
  const [first = [], ...rest] = lists;
  let length = 0;
  while (length < first.length && rest.every((list) => list[length] === first[length])) length++;
  return first.slice(0, length);
}
