import type { Direction, RuleId, Severity } from './change.ts';
import { severities } from './change.ts';

/** A rule's severity, or one per direction where callers sending and receiving differ. */
type Judgement = Severity | { request: Severity; response: Severity };

/**
 * The breaking-change rules. A request-side rule asks "does a call that worked before still
 * work?"; a response-side rule asks "does code that read the answer before still read it?".
 */
export const judgements: Readonly<Record<RuleId, Judgement>> = {
  'service-added': 'non-breaking',
  'service-removed': 'breaking',
  'service-id-changed': 'docs-only',
  'method-added': 'non-breaking',
  'method-removed': 'breaking',
  'method-request-changed': 'breaking',
  'method-response-changed': 'breaking',
  'method-streaming-changed': 'breaking',
  'http-binding-added': 'non-breaking',
  'http-binding-removed': 'breaking',
  'http-verb-changed': 'breaking',
  'http-path-changed': 'breaking',
  'http-body-changed': 'breaking',
  // A placeholder rewritten (`{{ api-host-mdb }}` → `mdb.{{ api-host }}`) usually names the same host.
  'http-host-changed': 'non-breaking',
  // Code that read the whole list from one call now gets its first page only.
  'pagination-added': 'warning',
  'pagination-removed': 'breaking',
  'pagination-changed': 'breaking',
  'operation-changed': 'breaking',
  'type-added': 'non-breaking',
  'type-removed': 'breaking',
  'type-kind-changed': 'breaking',
  // The same type at the same place under another id: the wire format is unchanged.
  'type-id-changed': 'docs-only',
  'field-added': 'non-breaking',
  'required-field-added': { request: 'breaking', response: 'non-breaking' },
  'field-removed': 'breaking',
  'field-type-changed': 'breaking',
  'field-json-name-changed': 'breaking',
  // The REST/JSON surface uses jsonName; the protobuf name only labels the field.
  'field-proto-name-changed': 'non-breaking',
  'field-shape-changed': 'breaking',
  'field-became-required': { request: 'breaking', response: 'non-breaking' },
  'field-became-optional': { request: 'non-breaking', response: 'breaking' },
  'field-deprecated': 'non-breaking',
  'field-undeprecated': 'docs-only',
  'field-joined-oneof': { request: 'breaking', response: 'non-breaking' },
  'field-left-oneof': 'non-breaking',
  'oneof-became-required': { request: 'breaking', response: 'non-breaking' },
  'oneof-became-optional': { request: 'non-breaking', response: 'breaking' },
  'constraint-tightened': { request: 'breaking', response: 'non-breaking' },
  // A longer string or a wider number in a response breaks a client that relied on the old bound.
  'constraint-loosened': { request: 'non-breaking', response: 'warning' },
  // The package's response unions are closed: an exhaustive switch over them stops compiling.
  'enum-value-added': { request: 'non-breaking', response: 'warning' },
  'enum-value-removed': 'breaking',
  'description-changed': 'docs-only',
  // The generated package's own surface: an import or a type annotation that stops compiling.
  'export-renamed': 'breaking',
  'export-moved': 'breaking',
};

export const ruleIds = Object.keys(judgements) as RuleId[];

export function severityOf(rule: RuleId, direction: Direction | null): Severity {
  const judgement = judgements[rule];
  if (typeof judgement === 'string') return judgement;
  if (direction === 'request') return judgement.request;
  if (direction === 'response') return judgement.response;
  return stricter(judgement.request, judgement.response);
}

export function stricter(a: Severity, b: Severity): Severity {
  return severities.indexOf(a) <= severities.indexOf(b) ? a : b;
}
