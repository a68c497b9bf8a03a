import { readFileSync } from 'node:fs';

/** The published hosts of Yandex Cloud (the docs' presets), as kept beside this file. */
export function defaultHosts(): Record<string, string> {
  const table = JSON.parse(readFileSync(new URL('./hosts.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(table).filter((entry): entry is [string, string] => entry[0] !== 'about' && typeof entry[1] === 'string'),
  );
}
