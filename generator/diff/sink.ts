import type { Lang } from '../model/ir.ts';
import type { Change, RuleId } from './change.ts';
import { severityOf } from './rules.ts';

/** Where a change sits: the context every change inside one method or type shares (`path` is '' at a type's root). */
export type Where = Pick<Change, 'direction' | 'product' | 'service' | 'method' | 'type' | 'path'>;

export interface Detail {
  subject?: string | null;
  /** Overrides the `path` of `Where` (a field's own path). */
  path?: string | null;
  lang?: Lang | null;
  before?: string | null;
  after?: string | null;
}

/** Collects changes, judging each rule's severity in its direction. */
export class ChangeSink {
  readonly changes: Change[] = [];

  add(rule: RuleId, where: Where, detail: Detail = {}): void {
    this.changes.push({
      rule,
      severity: severityOf(rule, where.direction),
      direction: where.direction,
      product: where.product,
      service: where.service,
      method: where.method,
      type: where.type,
      path: detail.path !== undefined ? detail.path : where.path,
      subject: detail.subject ?? null,
      lang: detail.lang ?? null,
      before: detail.before ?? null,
      after: detail.after ?? null,
      route: null,
      source: null,
      affected: [],
      also: [],
      accepted: null,
    });
  }
}
