/** A schema context over a few hand-made types, as the target builds it, with the warnings it heard. */
import type { TypeDef } from '../../../../generator/model/ir.ts';
import { Components } from '../../../../generator/targets/openapi/components.ts';
import { model } from '../../typescript/fixtures/build.ts';

export function contextOf(types: TypeDef[] = []): { context: Components; warnings: string[] } {
  const warnings: string[] = [];
  return { context: new Components(model([], types), (message) => warnings.push(message)), warnings };
}
