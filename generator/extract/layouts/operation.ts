import type { PageMessage, PageMethod } from '../../model/page.ts';

const OPERATION_ID = 'yandex.cloud.operation.Operation';

export function isOperationId(id: string, name: string): boolean {
  return id === OPERATION_ID || (name === 'Operation' && !id.startsWith('yandex.'));
}

/**
 * Every page that returns an Operation documents its own copy with `metadata` and
 * `response` typed for that method. The method keeps those types; the shared Operation
 * message gets the protobuf truth (`google.protobuf.Any`), so the copies agree.
 */
export function takeOperationTypes(operation: PageMessage | undefined): PageMethod['operation'] {
  const info: NonNullable<PageMethod['operation']> = { metadata: null, response: null };
  if (!operation) return info;
  for (const field of operation.fields) {
    if (field.jsonName !== 'metadata' && field.jsonName !== 'response') continue;
    if ('ref' in field.type) info[field.jsonName] = field.type.ref;
    else if ('wellKnown' in field.type && field.type.wellKnown === 'Empty') info[field.jsonName] = 'google.protobuf.Empty';
    field.type = { wellKnown: 'Any' };
    field.map = null;
  }
  return info;
}
