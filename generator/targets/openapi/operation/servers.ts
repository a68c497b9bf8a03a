import type { JsonValue } from '../types.ts';

/** An OpenAPI Server Object. */
export type ServerObject = { url: string; variables?: Record<string, { default: string; description: string }> };

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/**
 * The server of a documented host (`{{ api-host-mdb }}`, `compute.{{ api-host }}`), its
 * placeholders resolved from the host table. A placeholder the table lacks becomes a server
 * variable, so the document stays valid and says what to set; undefined for no host at all.
 */
export function serverOf(host: string, hosts: Readonly<Record<string, string>>, warn: (message: string) => void): ServerObject | undefined {
  if (host.trim() === '') return undefined;
  const variables: Record<string, { default: string; description: string }> = {};
  const resolved = host.replace(PLACEHOLDER, (_, name: string) => {
    if (Object.hasOwn(hosts, name)) return hosts[name]!;
    if (!Object.hasOwn(variables, name)) {
      warn(`the host table has no value for {{ ${name} }} (config 'hosts'); the servers name it as a variable`);
      variables[name] = { default: name, description: `The value of {{ ${name} }}, which the host table lacks` };
    }
    return `{${name}}`;
  });
  let end = resolved.length;
  while (end > 0 && resolved[end - 1] === '/') end--;
  const trimmed = resolved.slice(0, end);
  const url = SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  return Object.keys(variables).length === 0 ? { url } : { url, variables };
}

export function serverKey(server: ServerObject): string {
  return JSON.stringify(server as unknown as JsonValue);
}
