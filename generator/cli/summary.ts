import path from 'node:path';
import type { Diagnostic, DocsIr, Layout } from '../model/ir.ts';
import type { BuildStats } from '../pipeline/types.ts';

const layouts: readonly Layout[] = ['rest-method', 'rest-method-legacy', 'grpc-method', 'grpc-service-legacy', 'other'];

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

/** `docs/en/…/get.md:12:3 - warning code: message`: the docs path made relative to where the user stands. */
export function formatDiagnosticAt(diagnostic: Diagnostic, docsDir: string, cwd: string): string {
  const file = path.relative(cwd, path.join(docsDir, diagnostic.source)).split(path.sep).join('/');
  return `${file}:${diagnostic.line}:${diagnostic.column} - ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/** The few lines `generate` ends with: what was read, what came out, what went wrong, how long. */
export function formatSummary(input: {
  ir: DocsIr;
  stats: BuildStats;
  files: number;
  out: string;
  emitWarnings: number;
  ms: number;
}): string {
  const { ir, stats } = input;
  const byLayout = layouts.filter((layout) => stats.pagesByLayout[layout] > 0).map((layout) => `${layout} ${stats.pagesByLayout[layout]}`);
  const methods = ir.services.reduce((sum, service) => sum + service.methods.length, 0);
  const counts = countDiagnostics(ir.diagnostics);
  return [
    `pages:       ${stats.pages} (${byLayout.join(', ') || 'none'}); parsed ${stats.parsed}, from cache ${stats.pages - stats.parsed}`,
    `model:       ${ir.services.length} services, ${methods} methods, ${Object.keys(ir.types).length} types`,
    `diagnostics: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info${input.emitWarnings ? `; emitter warnings: ${input.emitWarnings}` : ''}`,
    `output:      ${input.files} files in ${input.out}`,
    `time:        ${(input.ms / 1000).toFixed(2)} s`,
  ].join('\n') + '\n';
}
