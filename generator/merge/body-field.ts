import type { Method, TypeDef } from '../model/ir.ts';
import { type MergeContext, report } from './context.ts';

/**
 * A REST page whose body is one field of the request (`body: "vrf"`) documents that field's
 * message as the body and names no field: the body is the request field of that type, which
 * the gRPC page lists. Where no page lists it, the field is named after its type, as the
 * protos mostly name it, and the guess is reported.
 */
export function bindBodyField(method: Method, bodyType: string, types: ReadonlyMap<string, TypeDef>, context: MergeContext): void {
  const request = types.get(method.request);
  if (!method.http || request?.kind !== 'message') return;
  const holders = request.fields.filter((field) => 'ref' in field.type && field.type.ref === bodyType);
  if (holders.length === 1 && holders[0]) {
    method.http = { ...method.http, body: holders[0].jsonName };
    return;
  }
  const typeName = bodyType.slice(bodyType.lastIndexOf('.') + 1);
  const jsonName = typeName.charAt(0).toLowerCase() + typeName.slice(1);
  const name = jsonName.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  if (holders.length === 0) {
    request.fields.push({ name, jsonName, description: {}, type: { ref: bodyType }, repeated: false, map: null, required: false, oneof: null, deprecated: false, constraints: {} });
  }
  method.http = { ...method.http, body: jsonName };
  report(context, method.sources[0] ?? '', 'inferred-body-field', `${method.name}: the body is a ${typeName}, and ${holders.length === 0 ? 'no page lists the request field that holds it' : 'several request fields are of that type'}; it is read as the field ${jsonName}`, 'info');
}
