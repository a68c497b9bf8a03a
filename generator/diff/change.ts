import type { Lang } from '../model/ir.ts';

/** How a change affects existing callers. */
export type Severity = 'breaking' | 'non-breaking' | 'docs-only';

export const severities: readonly Severity[] = ['breaking', 'non-breaking', 'docs-only'];

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
  | 'description-changed';
