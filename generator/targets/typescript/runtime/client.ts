import { ValidationError, redactIssues } from './errors.js';
import type { GrpcCall, GrpcCallOptions, GrpcTransport } from './grpc.js';
import type { HostTable } from './hosts.js';
import { HttpTransport, responseIssues } from './http.js';
import { int64ToWire, type Int64Shape } from './int64.js';
import { waitForOperation, type OperationLike, type WaitOptions } from './operation.js';
import { resolveToken, type ClientOptions, type RequestOptions } from './options.js';
import { paginate, type PageFields } from './pagination.js';
import type { RestCall } from './request.js';
import type { SdkInfo } from './trace.js';
import type { Issue } from './validation.js';

/** A gRPC-only method: which rpc, and how to check its messages. */
export interface GrpcMethod extends GrpcCall {
  readonly validateRequest: ((value: unknown) => { ok: true } | { ok: false; issues: Issue[] }) | null;
  readonly validateResponse: ((value: unknown) => { ok: true } | { ok: false; issues: Issue[] }) | null;
  /** Where the request holds int64 fields, so that numbers and bigints there go out as strings. */
  readonly int64?: Int64Shape | undefined;
}

/** What every generated `<Service>Client` shares; its methods are the generated ones. */
export abstract class ServiceClient {
  readonly #options: ClientOptions;
  readonly #http: HttpTransport;
  /** The token last sent over gRPC, cut out of a response's validation issues should they echo it. */
  #grpcToken: string | undefined;

  protected constructor(options: ClientOptions, defaultHosts: HostTable, sdk?: SdkInfo) {
    this.#options = options;
    this.#http = new HttpTransport(options, defaultHosts, sdk);
  }

  /**
   * Polls an Operation until it is done (with growing pauses), then resolves to its
   * `response` or rejects with an `OperationError` carrying its `error`. Where the docs name
   * the response type, the Operation a method returns carries it, and so does the result:
   * `const user = await client.waitForOperation(await client.update(request))`. Given an
   * operation id or an Operation of unnamed type, name it yourself: `waitForOperation<User>(id)`.
   */
  waitForOperation<Response = unknown>(operation: OperationLike<Response> | string, options?: WaitOptions): Promise<Response> {
    return waitForOperation<Response>(this.#http, operation, options);
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
    const response = await transport.unary(method, this.#grpcRequest(method, request), await this.#grpcOptions(options));
    this.#checkGrpc(method, 'response', response);
    return response as T;
  }

  protected async *$grpcServerStream<T>(method: GrpcMethod, request: object, options: RequestOptions | undefined): AsyncIterable<T> {
    const transport = this.#grpc(method);
    if (!transport.serverStream) throw missingStreaming(method, 'serverStream');
    const wire = this.#grpcRequest(method, request);
    for await (const message of transport.serverStream(method, wire, await this.#grpcOptions(options))) {
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
    this.#grpcToken = token;
    return {
      signal: options?.signal,
      timeoutMs: options?.timeoutMs ?? this.#options.timeoutMs,
      metadata: token === undefined ? {} : { authorization: `Bearer ${token}` },
    };
  }

  /** The request as it goes out (int64 numbers as strings), checked when validation is on. */
  #grpcRequest(method: GrpcMethod, request: object): object {
    const issues: Issue[] = [];
    const wire = method.int64 ? (int64ToWire(request, method.int64, '', issues) as object) : request;
    if (issues.length > 0) throw new ValidationError(`${method.service}.${method.method}`, 'request', issues);
    this.#checkGrpc(method, 'request', wire);
    return wire;
  }

  #checkGrpc(method: GrpcMethod, target: 'request' | 'response', value: unknown): void {
    const validate = target === 'request' ? method.validateRequest : method.validateResponse;
    if (this.#options.validate !== true || !validate) return;
    const result = validate(value);
    const issues = result.ok ? [] : target === 'response' ? redactIssues(responseIssues(result.issues), this.#grpcToken) : result.issues;
    if (issues.length > 0) throw new ValidationError(`${method.service}.${method.method}`, target, issues);
  }

  async *#checkedStream(method: GrpcMethod, requests: AsyncIterable<object>): AsyncIterable<object> {
    for await (const request of requests) yield this.#grpcRequest(method, request);
  }
}

function missingStreaming(method: GrpcMethod, member: string): Error {
  return new Error(`${method.service}.${method.method} streams; the GrpcTransport passed in the client options has no \`${member}\``);
}
