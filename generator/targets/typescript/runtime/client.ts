import { ValidationError } from './errors.js';
import type { GrpcCall, GrpcCallOptions, GrpcTransport } from './grpc.js';
import type { HostTable } from './hosts.js';
import { HttpTransport } from './http.js';
import { waitForOperation, type OperationLike, type WaitOptions } from './operation.js';
import { resolveToken, type ClientOptions, type RequestOptions } from './options.js';
import { paginate, type PageFields } from './pagination.js';
import type { RestCall } from './request.js';
import type { Issue } from './validation.js';

/** A gRPC-only method: which rpc, and how to check its messages. */
export interface GrpcMethod extends GrpcCall {
  readonly validateRequest: ((value: unknown) => { ok: true } | { ok: false; issues: Issue[] }) | null;
  readonly validateResponse: ((value: unknown) => { ok: true } | { ok: false; issues: Issue[] }) | null;
}

/** What every generated `<Service>Client` shares; its methods are the generated ones. */
export abstract class ServiceClient {
  readonly #options: ClientOptions;
  readonly #http: HttpTransport;

  protected constructor(options: ClientOptions, defaultHosts: HostTable) {
    this.#options = options;
    this.#http = new HttpTransport(options, defaultHosts);
  }

  /**
   * Polls an Operation until it is done (with growing pauses), then resolves to its
   * `response` or rejects with an `OperationError` carrying its `error`.
   * Name the response type to get it typed: `await client.waitForOperation<Cluster>(op)`.
   */
  waitForOperation<T = unknown>(operation: OperationLike | string, options?: WaitOptions): Promise<T> {
    return waitForOperation<T>(this.#http, operation, options);
  }

  protected $rest<T>(call: RestCall, request: object, options: RequestOptions | undefined): Promise<T> {
    return this.#http.unary(call, request, options) as Promise<T>;
  }

  protected $restStream<T>(call: RestCall, request: object, options: RequestOptions | undefined): AsyncIterable<T> {
    return this.#http.stream(call, request, options) as AsyncIterable<T>;
  }

  protected $pages<T>(fetchPage: (request: object) => Promise<unknown>, request: object, fields: PageFields): AsyncIterable<T> {
    return paginate(fetchPage, request, fields) as AsyncIterable<T>;
  }

  protected async $grpcUnary<T>(method: GrpcMethod, request: object, options: RequestOptions | undefined): Promise<T> {
    const transport = this.#grpc(method);
    this.#checkGrpc(method, 'request', request);
    const response = await transport.unary(method, request, await this.#grpcOptions(options));
    this.#checkGrpc(method, 'response', response);
    return response as T;
  }

  protected async *$grpcServerStream<T>(method: GrpcMethod, request: object, options: RequestOptions | undefined): AsyncIterable<T> {
    const transport = this.#grpc(method);
    if (!transport.serverStream) throw missingStreaming(method, 'serverStream');
    this.#checkGrpc(method, 'request', request);
    for await (const message of transport.serverStream(method, request, await this.#grpcOptions(options))) {
      this.#checkGrpc(method, 'response', message);
      yield message as T;
    }
  }

  protected async $grpcClientStream<T>(method: GrpcMethod, requests: AsyncIterable<object>, options: RequestOptions | undefined): Promise<T> {
    const transport = this.#grpc(method);
    if (!transport.clientStream) throw missingStreaming(method, 'clientStream');
    const response = await transport.clientStream(method, this.#checkedStream(method, requests), await this.#grpcOptions(options));
    this.#checkGrpc(method, 'response', response);
    return response as T;
  }

  protected async *$grpcBidiStream<T>(method: GrpcMethod, requests: AsyncIterable<object>, options: RequestOptions | undefined): AsyncIterable<T> {
    const transport = this.#grpc(method);
    if (!transport.bidiStream) throw missingStreaming(method, 'bidiStream');
    for await (const message of transport.bidiStream(method, this.#checkedStream(method, requests), await this.#grpcOptions(options))) {
      this.#checkGrpc(method, 'response', message);
      yield message as T;
    }
  }

  #grpc(method: GrpcMethod): GrpcTransport {
    if (this.#options.grpc) return this.#options.grpc;
    throw new Error(
      `${method.service}.${method.method} is documented only over gRPC; pass \`grpc\` (a GrpcTransport) in the client options. ` +
        'This package has no gRPC wire codec of its own.',
    );
  }

  async #grpcOptions(options: RequestOptions | undefined): Promise<GrpcCallOptions> {
    const token = await resolveToken(this.#options.token);
    return {
      signal: options?.signal,
      timeoutMs: options?.timeoutMs ?? this.#options.timeoutMs,
      metadata: token === undefined ? {} : { authorization: `Bearer ${token}` },
    };
  }

  #checkGrpc(method: GrpcMethod, target: 'request' | 'response', value: unknown): void {
    const validate = target === 'request' ? method.validateRequest : method.validateResponse;
    if (this.#options.validate !== true || !validate) return;
    const result = validate(value);
    if (!result.ok) throw new ValidationError(`${method.service}.${method.method}`, target, result.issues);
  }

  async *#checkedStream(method: GrpcMethod, requests: AsyncIterable<object>): AsyncIterable<object> {
    for await (const request of requests) {
      this.#checkGrpc(method, 'request', request);
      yield request;
    }
  }
}

function missingStreaming(method: GrpcMethod, member: string): Error {
  return new Error(`${method.service}.${method.method} streams; the GrpcTransport passed in the client options has no \`${member}\``);
}
