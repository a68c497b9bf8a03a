import type { Field } from '../../model/ir.ts';
import type { PageMessage } from '../../model/page.ts';
import { fieldNames, rowPlace } from '../field-place.ts';
import type { Draft } from '../finding.ts';
import type { LintInput, LintRule } from '../input.ts';
import { groupTypes, type Statement } from '../type-groups.ts';

/** Pages that document one field, some calling it required and some not. */
export const requiredDiffers: LintRule = {
  name: 'required-differs',
  level: 'warning',
  about: 'a field is required on one page and not on another (EN/RU, REST/gRPC or two pages of one type)',
  async check(input) {
    const drafts: Draft[] = [];
    for (const [id, statements] of groupTypes(input.pages).messages) {
      for (const [jsonName, uses] of fieldUses(statements)) {
        const required = uses.filter((use) => use.field.required);
        if (required.length === 0 || required.length === uses.length) continue;
        drafts.push(...(await findingsFor(`${id}.${jsonName}`, uses, input)));
      }
    }
    return drafts;
  },
};

interface FieldUse {
  statement: Statement<PageMessage>;
  field: Field;
}

function fieldUses(statements: readonly Statement<PageMessage>[]): Map<string, FieldUse[]> {
  const uses = new Map<string, FieldUse[]>();
  const seen = new Set<string>();
  for (const statement of statements) {
    for (const field of statement.type.fields) {
      // A page that documents a type twice (`Backup`, `Backup1`) speaks once.
      const key = `${statement.page}\0${field.jsonName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = uses.get(field.jsonName);
      if (list) list.push({ statement, field });
      else uses.set(field.jsonName, [{ statement, field }]);
    }
  }
  return uses;
}

/** One finding on each page that does not say required, naming the pages that do. */
async function findingsFor(where: string, uses: readonly FieldUse[], { texts, relations }: LintInput): Promise<Draft[]> {
  const requiredAt = await Promise.all(uses.filter((use) => use.field.required).map((use) => rowPlace(texts, use.statement.at, fieldNames(use.field))));
  const drafts: Draft[] = [];
  for (const use of uses.filter((candidate) => !candidate.field.required)) {
    const place = await rowPlace(texts, use.statement.at, fieldNames(use.field));
    const others = requiredAt.map((other) => relations.other(place, other));
    const list = others.map((other) => `${other.source}:${other.line}:${other.column}`).join(', ');
    drafts.push({ rule: requiredDiffers.name, place, others, message: `${where}: required at ${list}, not stated as required here` });
  }
  return drafts;
}
