/** What the package says about itself in its requests: `user-agent` where the runtime lets it. */
export interface SdkInfo {
  /** `<package name>/<version>`, e.g. `@apiref/yandex-cloud/0.1.0`. */
  readonly userAgent: string;
}

interface RuntimeGlobals {
  navigator?: { userAgent?: string };
  process?: { versions?: { node?: string } };
  crypto?: { randomUUID?: () => string };
}

const runtime = globalThis as unknown as RuntimeGlobals;

/**
 * The `user-agent` header to send, or undefined in a browser: there the browser sets it (and
 * a page may not), and a header the server's CORS rules do not allow would fail the call.
 */
export function userAgentHeader(sdk: SdkInfo): string | undefined {
  const agent = runtime.navigator?.userAgent;
  if (agent !== undefined && agent.startsWith('Mozilla/')) return undefined;
  const node = runtime.process?.versions?.node;
  const platform = node !== undefined ? `node/${node}` : agent;
  return platform ? `${sdk.userAgent} ${platform}` : sdk.userAgent;
}

/** A fresh `x-client-request-id`: a UUID, from WebCrypto where the runtime has it. */
export function newRequestId(): string {
  const uuid = runtime.crypto?.randomUUID;
  if (uuid) return uuid.call(runtime.crypto);
  const hex = (digits: number): string => Array.from({ length: digits }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
}
