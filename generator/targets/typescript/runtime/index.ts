export { ApiError, NetworkError, OperationError, TimeoutError, ValidationError } from './errors.js';
export type { GrpcCall, GrpcCallOptions, GrpcTransport } from './grpc.js';
export { resolveHost, type HostTable } from './hosts.js';
export type { OperationLike, WaitOptions } from './operation.js';
export type { ClientOptions, RequestOptions, TokenSource } from './options.js';
export type { StandardSchemaV1 } from './standard-schema.js';
export type { Issue, IssueCode, ValidationResult, Validator } from './validation.js';
