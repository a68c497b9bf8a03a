import type { Diagnostic } from './ir.ts';

/** The model's order of diagnostics: by source, line, column, code, then message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
