import type { Method, Service } from '../model/ir.ts';
import { compareText } from './compare-text.ts';
import { describeBody, describeHttp, describeOperation, describePagination, describeStreaming } from './describe.ts';
import type { TypePairing } from './pairing.ts';
import type { ChangeSink, Where } from './sink.ts';

export function serviceWhere(service: Service, method: string | null = null): Where {
  return { direction: null, product: service.product, service: service.id, method, type: null, path: null };
}

/** A method's own surface: its types, streaming, HTTP binding, pagination and operation. */
export function compareMethods(sink: ChangeSink, pairing: TypePairing, service: Service, a: Method, b: Method): void {
  const where = serviceWhere(service, b.name);
  if (!pairing.same(a.request, b.request)) sink.add('method-request-changed', where, { subject: b.name, before: a.request, after: b.request });
  if (!pairing.same(a.response, b.response)) sink.add('method-response-changed', where, { subject: b.name, before: a.response, after: b.response });
  if (describeStreaming(a) !== describeStreaming(b)) {
    sink.add('method-streaming-changed', where, { subject: b.name, before: describeStreaming(a), after: describeStreaming(b) });
  }
  compareHttp(sink, where, a, b);
  comparePagination(sink, where, a, b);
  if (!sameOperation(pairing, a, b)) {
    sink.add('operation-changed', where, { subject: b.name, before: describeOperation(a.operation), after: describeOperation(b.operation) });
  }
  compareText(sink, where, a.description, b.description, { subject: b.name });
}

function compareHttp(sink: ChangeSink, where: Where, a: Method, b: Method): void {
  const subject = b.name;
  if (!a.http && !b.http) return;
  if (!a.http) return sink.add('http-binding-added', where, { subject, after: describeHttp(b.http!) });
  if (!b.http) return sink.add('http-binding-removed', where, { subject, before: describeHttp(a.http) });
  if (a.http.verb !== b.http.verb) sink.add('http-verb-changed', where, { subject, before: a.http.verb, after: b.http.verb });
  if (a.http.path !== b.http.path) sink.add('http-path-changed', where, { subject, before: a.http.path, after: b.http.path });
  if (a.http.body !== b.http.body) {
    sink.add('http-body-changed', where, { subject, before: describeBody(a.http.body), after: describeBody(b.http.body) });
  }
  if (a.http.host !== b.http.host) sink.add('http-host-changed', where, { subject, before: a.http.host, after: b.http.host });
}

function comparePagination(sink: ChangeSink, where: Where, a: Method, b: Method): void {
  const subject = b.name;
  if (!a.pagination && !b.pagination) return;
  if (!a.pagination) return sink.add('pagination-added', where, { subject, after: describePagination(b.pagination!) });
  if (!b.pagination) return sink.add('pagination-removed', where, { subject, before: describePagination(a.pagination) });
  const [before, after] = [describePagination(a.pagination), describePagination(b.pagination)];
  if (before !== after) sink.add('pagination-changed', where, { subject, before, after });
}

function sameOperation(pairing: TypePairing, a: Method, b: Method): boolean {
  if (!a.operation || !b.operation) return a.operation === b.operation;
  const same = (x: string | null, y: string | null) => (x === null || y === null ? x === y : pairing.same(x, y));
  return same(a.operation.metadata, b.operation.metadata) && same(a.operation.response, b.operation.response);
}
