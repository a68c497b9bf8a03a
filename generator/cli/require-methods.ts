import path from 'node:path';
import type { DocsIr } from '../model/ir.ts';
import { explainNoMethodPages } from '../pipeline/no-method-pages.ts';
import type { BuildStats } from '../pipeline/types.ts';
import { type CommandIo, UsageError } from './command.ts';

/**
 * Refuses a run whose docs gave no method page (a wrong --docs, an empty folder), or whose
 * product globs left none of the methods: its output would be an empty package. Bad usage
 * (exit 2), like a docs folder that does not exist.
 */
export async function requireMethods(docsDir: string, stats: BuildStats, selected: DocsIr, io: CommandIo): Promise<void> {
  const shown = (place: string): string => path.relative(io.cwd, place) || '.';
  const reason = await explainNoMethodPages(docsDir, stats, shown);
  if (reason !== null) throw new UsageError(`no API reference method pages: ${reason}${firstDiagnostics(selected)}`);
  if (stats.methods > 0 && selected.services.length === 0) {
    throw new UsageError(`the config's products.include/products.exclude select none of the ${stats.services} service(s) the docs describe`);
  }
}

/** The run stops before its diagnostics are printed: the first few, which may say why no page was read. */
function firstDiagnostics(ir: DocsIr): string {
  const listed = ir.diagnostics.filter((d) => d.severity !== 'info').slice(0, 3);
  return listed.map((d) => `\n  ${d.source}:${d.line}:${d.column} - ${d.severity} ${d.code}: ${d.message}`).join('');
}
