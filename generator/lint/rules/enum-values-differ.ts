import type { PageEnum } from '../../model/page.ts';
import { namePlace } from '../field-place.ts';
import type { Draft, OtherPlace } from '../finding.ts';
import type { LintInput, LintRule } from '../input.ts';
import { groupTypes, type Statement } from '../type-groups.ts';

/** Pages that list one enum with different values. */
export const enumValuesDiffer: LintRule = {
  name: 'enum-values-differ',
  level: 'warning',
  about: 'an enum lists values on one page that another page of it leaves out',
  async check(input) {
    const drafts: Draft[] = [];
    for (const [id, statements] of groupTypes(input.pages).enums) {
      // A page that lists no value at all is its own finding (empty-enum), not a difference.
      const listing = statements.filter((statement) => statement.type.values.length > 0);
      if (listing.length < 2) continue;
      drafts.push(...(await findingsFor(id, listing, input)));
    }
    return drafts;
  },
};

async function findingsFor(id: string, statements: readonly Statement<PageEnum>[], { texts, relations }: LintInput): Promise<Draft[]> {
  const firstListed = new Map<string, Statement<PageEnum>>();
  for (const statement of statements) for (const value of statement.type.values) if (!firstListed.has(value.name)) firstListed.set(value.name, statement);
  const drafts: Draft[] = [];
  const done = new Set<string>();
  for (const statement of statements) {
    if (done.has(statement.page)) continue;
    done.add(statement.page);
    const own = new Set(statements.filter((other) => other.page === statement.page).flatMap((other) => other.type.values.map((value) => value.name)));
    const missing = [...firstListed].filter(([name, where]) => !own.has(name) && where.page !== statement.page);
    if (missing.length === 0) continue;
    const others: OtherPlace[] = [];
    const named: string[] = [];
    for (const [name, where] of missing) {
      const other = relations.other(statement.at, await namePlace(texts, where, [name]));
      others.push(other);
      named.push(`${name} (${other.source}:${other.line}:${other.column})`);
    }
    drafts.push({ rule: enumValuesDiffer.name, place: statement.at, others, message: `${id}: this page does not list ${named.join(', ')}` });
  }
  return drafts;
}
