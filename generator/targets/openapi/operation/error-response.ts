import type { SchemaObject } from '../types.ts';

export const ERROR_RESPONSE = 'Error';
export const ERROR_RESPONSE_REF = `#/components/responses/${ERROR_RESPONSE}`;

/**
 * What a failed call answers: the gRPC status as JSON (`google.rpc.Status`), as the cloud's
 * REST gateway writes it and the generated clients read it. The docs state no per-method
 * error codes, so every operation refers to this one response.
 */
export function errorResponse(): SchemaObject {
  return {
    description: 'The call failed: the gRPC status (google.rpc.Status) as JSON.',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            code: { type: 'integer', format: 'int32', description: 'The status code, a value of google.rpc.Code.' },
            message: { type: 'string', description: 'The error message.' },
            details: { type: 'array', items: { type: 'object', properties: { '@type': { type: 'string' } }, additionalProperties: {} }, description: 'Messages that carry the error details.' },
          },
        },
      },
    },
  };
}
