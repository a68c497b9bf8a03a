import table from './hosts.json' with { type: 'json' };

/** The published hosts of Yandex Cloud (the docs' presets), as kept beside this file. */
export function defaultHosts(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(table as Record<string, unknown>).filter((entry): entry is [string, string] => entry[0] !== 'about' && typeof entry[1] === 'string'),
  );
}
