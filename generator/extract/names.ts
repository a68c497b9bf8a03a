/** protoc's json_name rule: drop each `_` and upper-case the letter after it (`config_5_0` → `config50`). */
export function protoJsonName(name: string): string {
  let out = '';
  let upperNext = false;
  for (const char of name) {
    if (char === '_') {
      upperNext = true;
    } else {
      out += upperNext ? char.toUpperCase() : char;
      upperNext = false;
    }
  }
  return out;
}

/** `sourceShardNames` → `source_shard_names`; REST names keep their own underscores (`redisConfig_5_0`). */
export function camelToSnake(name: string): string {
  return name.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
}

/** A field name as documented (snake_case on gRPC pages, camelCase on REST pages) → protobuf name and jsonName. */
export function fieldNames(documented: string): { name: string; jsonName: string } {
  const name = /[A-Z]/.test(documented) ? camelToSnake(documented) : documented;
  return { name, jsonName: protoJsonName(name) };
}

export function pascalCase(name: string): string {
  return protoJsonName(name.includes('_') ? name.toLowerCase() : name).replace(/^./, (c) => c.toUpperCase());
}
