import { Deadline, sleep } from './deadline.js';
import { ApiError, NetworkError, ValidationError, redact } from './errors.js';
import { baseUrl, type HostTable } from './hosts.js';
import { resolveToken, type ClientOptions, type RequestOptions } from './options.js';
import { buildRequest, type RestCall } from './request.js';
import { MAX_RETRY_AFTER_MS, backoffMs, isIdempotent, isRetryableStatus, retryAfterMs } from './retry.js';

const DEFAULT_RETRIES = 2;

/** Sends REST calls with fetch: auth, deadline, retries, errors and optional validation. */
export class HttpTransport {
  readonly #options: ClientOptions;
  readonly #hosts: HostTable;
  readonly #baseUrls = new Map<string, string>();
  /** The token last sent, so that an error echoing it can be redacted even when it came from a function. */
  #sentToken: string | undefined;

  constructor(options: ClientOptions, defaultHosts: HostTable) {
    this.#options = options;
    this.#hosts = options.hosts ? { ...defaultHosts, ...options.hosts } : defaultHosts;
  }

  get validates(): boolean {
    return this.#options.validate === true;
  }

  async unary(call: RestCall, request: object, options: RequestOptions | undefined): Promise<unknown> {
    const deadline = this.#deadline(call, options);
    try {
      const response = await this.#send(call, request, deadline);
      const value = parseJson(await readText(response, deadline), call, response);
      this.#checkResponse(call, value);
      return value;
    } finally {
      deadline.dispose();
    }
  }

  /** Server streaming over REST: the answer is newline-delimited JSON, one `{"result": …}` a line. */
  async *stream(call: RestCall, request: object, options: RequestOptions | undefined): AsyncGenerator<unknown> {
    const deadline = this.#deadline(call, options);
    try {
      const response = await this.#send(call, request, deadline);
      for await (const line of lines(response, deadline)) {
        const message = JSON.parse(line) as unknown;
        const envelope = typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : {};
        if (envelope['error'] !== undefined) throw this.#statusError(call, response, envelope['error']);
        const value = envelope['result'] !== undefined ? envelope['result'] : message;
        this.#checkResponse(call, value);
        yield value;
      }
    } finally {
      deadline.dispose();
    }
  }

  #deadline(call: RestCall, options: RequestOptions | undefined): Deadline {
    return new Deadline(call.method, options?.signal, options?.timeoutMs ?? this.#options.timeoutMs);
  }

  async #send(call: RestCall, request: object, deadline: Deadline): Promise<Response> {
    if (this.validates && call.validateRequest) {
      const result = call.validateRequest(request);
      if (!result.ok) throw new ValidationError(call.method, 'request', result.issues);
    }
    const parts = buildRequest(call, request);
    if (Array.isArray(parts)) throw new ValidationError(call.method, 'request', parts);
    const url = this.#baseUrl(call.host) + parts.path + parts.query;
    const retries = isIdempotent(call.verb) ? Math.max(0, this.#options.retries ?? DEFAULT_RETRIES) : 0;
    const fetchImpl = this.#options.fetch ?? globalThis.fetch;
    for (let attempt = 0; ; attempt++) {
      deadline.throwIfAborted();
      const init: RequestInit = { method: call.verb, headers: await this.#headers(parts.body !== undefined), signal: deadline.signal };
      if (parts.body !== undefined) init.body = parts.body;
      let response: Response;
      try {
        response = await fetchImpl(url, init);
      } catch (error) {
        deadline.throwIfAborted();
        if (attempt >= retries) throw new NetworkError(call.method, error);
        await sleep(backoffMs(attempt), deadline.signal);
        continue;
      }
      if (response.ok) return response;
      const pause = attempt < retries && isRetryableStatus(response.status) ? retryDelay(response, attempt) : undefined;
      if (pause === undefined) throw await this.#apiError(call, response, deadline);
      await response.body?.cancel().catch(() => undefined);
      await sleep(pause, deadline.signal);
    }
  }

  async #headers(hasBody: boolean): Promise<Record<string, string>> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.#options.headers };
    if (hasBody) headers['content-type'] = 'application/json';
    const token = await resolveToken(this.#options.token);
    this.#sentToken = token;
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    return headers;
  }

  #baseUrl(hostTemplate: string): string {
    let url = this.#baseUrls.get(hostTemplate);
    if (url === undefined) {
      url = baseUrl(this.#options.endpoint, hostTemplate, this.#hosts);
      this.#baseUrls.set(hostTemplate, url);
    }
    return url;
  }

  #checkResponse(call: RestCall, value: unknown): void {
    if (!this.validates || !call.validateResponse) return;
    const result = call.validateResponse(value);
    if (!result.ok) throw new ValidationError(call.method, 'response', result.issues);
  }

  async #apiError(call: RestCall, response: Response, deadline: Deadline): Promise<ApiError> {
    const text = await readText(response, deadline).catch(() => '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = { message: text.trim().slice(0, 500) };
    }
    return this.#statusError(call, response, body);
  }

  #statusError(call: RestCall, response: Response, status: unknown): ApiError {
    const fields = typeof status === 'object' && status !== null ? (status as Record<string, unknown>) : {};
    const secret = this.#sentToken;
    const message = typeof fields['message'] === 'string' && fields['message'] !== ''
      ? fields['message']
      : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const code = fields['code'];
    return new ApiError({
      status: response.status,
      code: typeof code === 'number' || typeof code === 'string' ? code : undefined,
      message: redact(message, secret),
      details: Array.isArray(fields['details']) ? fields['details'] : undefined,
      method: call.method,
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
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

function parseJson(text: string, call: RestCall, response: Response): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError({
      status: response.status,
      code: undefined,
      message: 'the response is not JSON',
      details: undefined,
      method: call.method,
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
