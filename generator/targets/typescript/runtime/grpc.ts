/**
 * Methods that the docs describe only over gRPC go through a transport that you supply:
 * this package has no gRPC wire codec of its own (no protobuf encoding, no HTTP/2 framing).
 * Messages cross this interface in their JSON form, the same objects the types describe;
 * a transport built on, say, @grpc/grpc-js with the published .proto files converts them.
 */
export interface GrpcTransport {
  unary(call: GrpcCall, request: unknown, options: GrpcCallOptions): Promise<unknown>;
  serverStream?(call: GrpcCall, request: unknown, options: GrpcCallOptions): AsyncIterable<unknown>;
  clientStream?(call: GrpcCall, requests: AsyncIterable<unknown>, options: GrpcCallOptions): Promise<unknown>;
  bidiStream?(call: GrpcCall, requests: AsyncIterable<unknown>, options: GrpcCallOptions): AsyncIterable<unknown>;
}

/** Which rpc is called. */
export interface GrpcCall {
  /** Full service name, e.g. `yandex.cloud.mdb.redis.v1.ClusterService`. */
  readonly service: string;
  /** The rpc as named in the .proto, e.g. `StreamLogs`. */
  readonly method: string;
  /** `/<service>/<method>`, the HTTP/2 path of the call. */
  readonly path: string;
  readonly clientStreaming: boolean;
  readonly serverStreaming: boolean;
}

export interface GrpcCallOptions {
  signal: AbortSignal | undefined;
  timeoutMs: number | undefined;
  /** Call metadata; holds `authorization` when the client has a token. */
  metadata: Record<string, string>;
}
