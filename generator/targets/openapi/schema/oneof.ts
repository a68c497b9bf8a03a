import type { Oneof } from '../../../model/ir.ts';
import type { SchemaObject } from '../types.ts';

/**
 * A oneof as JSON Schema `oneOf` over which member is present: one branch per member, and
 * for an optional oneof a branch for none, so two members set at once match two branches
 * and fail. Undefined where there is nothing to say: a member is missing from `present` (it
 * was bound elsewhere, to the path say), or an optional oneof has a single member.
 */
export function oneofSchema(oneof: Oneof, present: ReadonlySet<string>): SchemaObject | undefined {
  const members = [...new Set(oneof.fields)];
  if (members.length === 0 || members.some((member) => !present.has(member))) return undefined;
  if (!oneof.required && members.length === 1) return undefined;
  const branches: SchemaObject[] = members.map((member) => ({ required: [member] }));
  if (!oneof.required) branches.push({ not: { anyOf: members.map((member) => ({ required: [member] })) } });
  return { oneOf: branches };
}
