/** Values of the `{{ api-host-* }}` placeholders that the docs write in their request lines. */
export type HostTable = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/**
 * Turns a documented host (`{{ api-host-mdb }}`, `compute.{{ api-host }}`) into a host name.
 * A placeholder missing from the table is a configuration mistake, reported with the fix.
 */
export function resolveHost(template: string, hosts: HostTable): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(hosts, name) ? hosts[name] : undefined;
    if (value === undefined) {
      throw new Error(`no value for the host placeholder {{ ${name} }}: pass \`hosts: { '${name}': '…' }\` or \`endpoint\` in the client options`);
    }
    return value;
  });
}

/** The URL prefix for a call: the caller's `endpoint` where given, else `https://` and the documented host. */
export function baseUrl(endpoint: string | undefined, hostTemplate: string, hosts: HostTable): string {
  const base = endpoint ?? resolveHost(hostTemplate, hosts);
  const withScheme = SCHEME.test(base) ? base : `https://${base}`;
  return withScheme.endsWith('/') ? withScheme.slice(0, -1) : withScheme;
}
