import type { Diagnostic } from '../model/ir.ts';

/** `path:line:col - severity code: message`, the form editors and CI annotators read. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.source}:${diagnostic.line}:${diagnostic.column} - ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}
