import type { Enum, EnumValue, LocalizedText } from '../model/ir.ts';
import type { PageEnum } from '../model/page.ts';
import { mergeSources, mergeText } from './context.ts';

export function mergeEnum(id: string, types: readonly PageEnum[]): Enum {
  const values = new Map<string, EnumValue>();
  let order: string[] = [];
  // Pages share a copy's values array: merging it again would change nothing.
  const absorbed = new Set<readonly EnumValue[]>();
  for (const type of types) {
    if (absorbed.has(type.values)) continue;
    absorbed.add(type.values);
    for (const value of type.values) {
      const existing = values.get(value.name);
      if (existing) existing.description = mergeText(existing.description, value.description);
      else values.set(value.name, { name: value.name, description: { ...value.description } });
    }
    order = interleave(order, type.values.map((value) => value.name));
  }
  return {
    kind: 'enum',
    id,
    name: types.find((type) => type.origin !== 'anonymous')?.name ?? types[0]?.name ?? id,
    description: types.reduce<LocalizedText>((text, type) => mergeText(text, type.description), {}),
    values: order.map((name) => values.get(name) as EnumValue),
    sources: mergeSources(types),
  };
}

/**
 * The documented order of values two pages list: a value only the second page has goes
 * right after the value it follows there (so `*_UNSPECIFIED`, listed first, stays first).
 */
function interleave(known: readonly string[], incoming: readonly string[]): string[] {
  const result = [...known];
  const present = new Set(known);
  let insertAt = 0;
  for (const name of incoming) {
    if (present.has(name)) {
      insertAt = result.indexOf(name) + 1;
      continue;
    }
    result.splice(insertAt++, 0, name);
    present.add(name);
  }
  return result;
}
