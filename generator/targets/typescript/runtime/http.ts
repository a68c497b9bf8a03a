import { Deadline, sleep } from './deadline.js';
import { ApiError, NetworkError, ValidationError, redact, redactIssues, redactValue, type CallTrace } from './errors.js';
import { baseUrl, type HostTable } from './hosts.js';
import { int64ToWire } from './int64.js';
import { isTokenService, resolveToken, type ClientOptions, type RequestOptions } from './options.js';
import { buildRequest, type RestCall } from './request.js';
import { MAX_RETRY_AFTER_MS, backoffMs, isIdempotent, isRetryableStatus, retryAfterMs } from './retry.js';
import { newRequestId, userAgentHeader, type SdkInfo } from './trace.js';
import type { Issue } from './validation.js';

const DEFAULT_RETRIES = 2;
/** A call that sets no `timeoutMs` still ends: a server that stops mid-answer must not hang it forever. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Error bodies are read up to this many bytes (a `google.rpc.Status` is far smaller); the rest is dropped. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** One call in flight: where it goes and the token it sent, to name the first and redact the second. */
interface CallContext {
  readonly trace: CallTrace;
  token: string | undefined;
}

/** Sends REST calls with fetch: auth, deadline, retries, tracing, errors and optional validation. */
export class HttpTransport {
  readonly #options: ClientOptions;
  readonly #hosts: HostTable;
  readonly #sdk: SdkInfo | undefined;
  readonly #baseUrls = new Map<string, string>();
  /** The token last sent, so that an operation's error echoing it can be redacted too. */
  #lastToken: string | undefined;

  constructor(options: ClientOptions, defaultHosts: HostTable, sdk?: SdkInfo) {
    this.#options = options;
    this.#hosts = options.hosts ? { ...defaultHosts, ...options.hosts } : defaultHosts;
    this.#sdk = sdk;
  }

  get validates(): boolean {
    return this.#options.validate === true;
  }

  /** `value` with the token last sent cut out of every string in it. */
  redact<T>(value: T): T {
    return redactValue(value, this.#lastToken) as T;
  }

  async unary(call: RestCall, request: object, options: RequestOptions | undefined): Promise<unknown> {
    const deadline = this.#deadline(call, options);
    try {
      const { response, context } = await this.#send(call, request, deadline);
      const value = parseJson(await readText(response, deadline), context, response);
      this.#checkResponse(call, value, context);
      return value;
    } finally {
      deadline.dispose();
    }
  }

  /** Server streaming over REST: the answer is newline-delimited JSON, one `{"result": …}` a line. */
  async *stream(call: RestCall, request: object, options: RequestOptions | undefined): AsyncGenerator<unknown> {
    const deadline = this.#deadline(call, options);
    try {
      const { response, context } = await this.#send(call, request, deadline);
      if (timeoutOf(options, this.#options) === undefined) deadline.stopTimer();
      for await (const line of lines(response, deadline)) {
        const message = JSON.parse(line) as unknown;
        const envelope = typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : {};
        if (envelope['error'] !== undefined) throw statusError(context, response, envelope['error']);
        const value = envelope['result'] !== undefined ? envelope['result'] : message;
        this.#checkResponse(call, value, context);
        yield value;
      }
    } finally {
      deadline.dispose();
    }
  }

  #deadline(call: RestCall, options: RequestOptions | undefined): Deadline {
    return new Deadline(call.method, options?.signal, timeoutOf(options, this.#options) ?? DEFAULT_TIMEOUT_MS);
  }

  async #send(call: RestCall, request: object, deadline: Deadline): Promise<{ response: Response; context: CallContext }> {
    const wire = this.#checkedRequest(call, request);
    const parts = buildRequest(call, wire);
    if (Array.isArray(parts)) throw new ValidationError(call.method, 'request', parts);
    const url = this.#baseUrl(call.host) + parts.path + parts.query;
    const context: CallContext = { trace: { method: call.method, host: hostOf(url), clientRequestId: newRequestId() }, token: undefined };
    const retries = call.retryable === true || isIdempotent(call.verb) ? Math.max(0, this.#options.retries ?? DEFAULT_RETRIES) : 0;
    const fetchImpl = this.#options.fetch ?? globalThis.fetch;
    let reauthorized = false;
    for (let attempt = 0; ; attempt++) {
      deadline.throwIfAborted();
      const init: RequestInit = { method: call.verb, headers: await this.#headers(parts.body !== undefined, context), signal: deadline.signal };
      if (parts.body !== undefined) init.body = parts.body;
      let response: Response;
      try {
        response = await fetchImpl(url, init);
      } catch (error) {
        deadline.throwIfAborted();
        if (attempt >= retries) throw new NetworkError(context.trace, error);
        await sleep(backoffMs(attempt), deadline.signal);
        continue;
      }
      if (response.ok) return { response, context };
      if (response.status === 401 && !reauthorized && this.#invalidateToken(context.token)) {
        // A token the service cached was rejected (revoked, or expired early): one more try with a new one.
        reauthorized = true;
        attempt--;
        await response.body?.cancel().catch(() => undefined);
        continue;
      }
      const pause = attempt < retries && isRetryableStatus(response.status) ? retryDelay(response, attempt) : undefined;
      if (pause === undefined) throw await apiError(context, response, deadline);
      await response.body?.cancel().catch(() => undefined);
      await sleep(pause, deadline.signal);
    }
  }

  /** The request as it goes out (int64 numbers as strings), checked against the docs when validation is on. */
  #checkedRequest(call: RestCall, request: object): object {
    const issues: Issue[] = [];
    const wire = call.int64 ? (int64ToWire(request, call.int64, '', issues) as object) : request;
    if (issues.length > 0) throw new ValidationError(call.method, 'request', issues);
    if (this.validates && call.validateRequest) {
      const result = call.validateRequest(wire);
      if (!result.ok) throw new ValidationError(call.method, 'request', result.issues);
    }
    return wire;
  }

  async #headers(hasBody: boolean, context: CallContext): Promise<Record<string, string>> {
    const headers: Record<string, string> = { accept: 'application/json', 'x-client-request-id': context.trace.clientRequestId };
    const agent = this.#sdk ? userAgentHeader(this.#sdk) : undefined;
    if (agent !== undefined) headers['user-agent'] = agent;
    if (hasBody) headers['content-type'] = 'application/json';
    Object.assign(headers, this.#options.headers);
    const token = await resolveToken(this.#options.token);
    context.token = token;
    this.#lastToken = token;
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    return headers;
  }

  #invalidateToken(token: string | undefined): boolean {
    const source = this.#options.token;
    if (token === undefined || !isTokenService(source) || !source.invalidate) return false;
    source.invalidate(token);
    return true;
  }

  #baseUrl(hostTemplate: string): string {
    let url = this.#baseUrls.get(hostTemplate);
    if (url === undefined) {
      url = baseUrl(this.#options.endpoint, hostTemplate, this.#hosts);
      this.#baseUrls.set(hostTemplate, url);
    }
    return url;
  }

  #checkResponse(call: RestCall, value: unknown, context: CallContext): void {
    if (!this.validates || !call.validateResponse) return;
    const result = call.validateResponse(value);
    const issues = result.ok ? [] : responseIssues(result.issues);
    if (issues.length > 0) throw new ValidationError(call.method, 'response', redactIssues(issues, context.token));
  }
}

/**
 * What makes a response invalid: everything a validator finds except an enum value the docs
 * do not list (yet). APIs add enum values all the time; requests stay checked strictly.
 */
export function responseIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.code !== 'enum');
}

function timeoutOf(options: RequestOptions | undefined, client: ClientOptions): number | undefined {
  return options?.timeoutMs ?? client.timeoutMs;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

async function apiError(context: CallContext, response: Response, deadline: Deadline): Promise<ApiError> {
  const text = await readCapped(response, MAX_ERROR_BODY_BYTES, deadline).catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = { message: text.trim().slice(0, 500) };
  }
  return statusError(context, response, body);
}

function statusError(context: CallContext, response: Response, status: unknown): ApiError {
  const fields = typeof status === 'object' && status !== null ? (status as Record<string, unknown>) : {};
  const secret = context.token;
  const message = typeof fields['message'] === 'string' && fields['message'] !== '' ? fields['message'] : response.statusText || 'no message';
  const code = fields['code'];
  const requestId = response.headers.get('x-request-id');
  return new ApiError({
    trace: context.trace,
    status: response.status,
    code: typeof code === 'number' ? code : typeof code === 'string' ? redact(code, secret) : undefined,
    message: redact(message, secret),
    details: Array.isArray(fields['details']) ? (redactValue(fields['details'], secret) as unknown[]) : undefined,
    requestId: requestId === null ? undefined : redact(requestId, secret),
  });
}

function retryDelay(response: Response, attempt: number): number | undefined {
  const requested = retryAfterMs(response.headers.get('retry-after'), Date.now());
  if (requested !== undefined && requested > MAX_RETRY_AFTER_MS) return undefined;
  return Math.max(backoffMs(attempt), requested ?? 0);
}

async function readText(response: Response, deadline: Deadline): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    deadline.throwIfAborted();
    throw error;
  }
}

/** The body's first `limit` bytes as text; the rest is never downloaded. */
async function readCapped(response: Response, limit: number, deadline: Deadline): Promise<string> {
  if (!response.body) return (await readText(response, deadline)).slice(0, limit);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  try {
    while (received < limit) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      const chunk = value.byteLength > limit - received ? value.subarray(0, limit - received) : value;
      received += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    deadline.throwIfAborted();
    throw error;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function parseJson(text: string, context: CallContext, response: Response): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError({
      trace: context.trace,
      status: response.status,
      code: undefined,
      message: 'the response is not JSON',
      details: undefined,
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
}

async function* lines(response: Response, deadline: Deadline): AsyncGenerator<string> {
  if (!response.body) {
    yield* splitLines(await readText(response, deadline));
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let finished = false;
  try {
    while (!finished) {
      const { done, value } = await reader.read();
      finished = done;
      pending += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const cut = done ? pending.length : pending.lastIndexOf('\n') + 1;
      yield* splitLines(pending.slice(0, cut));
      pending = pending.slice(cut);
    }
  } catch (error) {
    deadline.throwIfAborted();
    throw error;
  } finally {
    // The consumer may stop early: release the connection instead of leaving it half read.
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

function* splitLines(text: string): Generator<string> {
  for (const line of text.split('\n')) if (line.trim() !== '') yield line;
}
