import type { Lang } from '../model/ir.ts';

/**
 * How a change affects existing callers, strictest first. `warning` sits between, as
 * oasdiff's WARN: a change that breaks some clients and not others (a new value of a
 * response enum breaks an exhaustive `switch`, not code that passes the value on).
 */
export type Severity = 'breaking' | 'warning' | 'non-breaking' | 'docs-only';

export const severities: readonly Severity[] = ['breaking', 'warning', 'non-breaking', 'docs-only'];

/** oasdiff's level names, for the text, GitHub and JUnit outputs: ERR, WARN, INFO. */
export const oasdiffLevel: Record<Severity, 'error' | 'warning' | 'info'> = {
  breaking: 'error',
  warning: 'warning',
  'non-breaking': 'info',
  'docs-only': 'info',
};

/**
 * Which way a type travels: in requests, in responses, or both. `none` is a type no method
 * reaches; like `both`, it gets the strictest rule.
 */
export type Direction = 'request' | 'response' | 'both' | 'none';

/**
 * One classified difference between two models. Every key is always present (null where it
 * does not apply), so that the JSON report has a fixed shape.
 */
export interface Change {
  rule: RuleId;
  severity: Severity;
  /** The direction the rule was judged in; null for method- and service-level rules. */
  direction: Direction | null;
  /** Where a reader finds it: the product and service, and the method that reaches it. */
  product: string | null;
  service: string | null;
  method: string | null;
  /** The message or enum the change is in (its id in the new model where it has one). */
  type: string | null;
  /** Path from the method's request or response to the field, e.g. `backups[].journalSize`. */
  path: string | null;
  /** The changed thing's own name: a field's jsonName, an enum value, a constraint key, a method. */
  subject: string | null;
  lang: Lang | null;
  before: string | null;
  after: string | null;
  /** `GET /v1/things/{id}` of `method`, where it has a REST binding. */
  route: string | null;
  /** `en/…/get.md:12`: the page that documents the changed thing (the old page for a removal). */
  source: string | null;
  /** Every method the change reaches, as `service/Method` (`method` is the first of them). */
  affected: string[];
  /** Types that went (or came) with this change and are not listed apart: a removed field's enum. */
  also: string[];
  /** The reason given in the accept file, for a change a team decided to ship. */
  accepted: string | null;
}

export type RuleId =
  | 'service-added'
  | 'service-removed'
  | 'service-id-changed'
  | 'method-added'
  | 'method-removed'
  | 'method-request-changed'
  | 'method-response-changed'
  | 'method-streaming-changed'
  | 'http-binding-added'
  | 'http-binding-removed'
  | 'http-verb-changed'
  | 'http-path-changed'
  | 'http-body-changed'
  | 'http-host-changed'
  | 'pagination-added'
  | 'pagination-removed'
  | 'pagination-changed'
  | 'operation-changed'
  | 'type-added'
  | 'type-removed'
  | 'type-kind-changed'
  | 'type-id-changed'
  | 'field-added'
  | 'required-field-added'
  | 'field-removed'
  | 'field-type-changed'
  | 'field-json-name-changed'
  | 'field-proto-name-changed'
  | 'field-shape-changed'
  | 'field-became-required'
  | 'field-became-optional'
  | 'field-deprecated'
  | 'field-undeprecated'
  | 'field-joined-oneof'
  | 'field-left-oneof'
  | 'oneof-became-required'
  | 'oneof-became-optional'
  | 'constraint-tightened'
  | 'constraint-loosened'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'description-changed'
  | 'export-renamed'
  | 'export-moved';
