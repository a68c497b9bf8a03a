import { LAYOUT_NAMES } from '../extract/layouts/registry.ts';
import type { DocsIr } from '../model/ir.ts';
import type { BuildStats } from '../pipeline/types.ts';
import { countBySeverity } from './diagnostics.ts';

/** The few lines `generate` ends with: what was read, what came out, what went wrong, how long. */
export function formatSummary(input: { ir: DocsIr; stats: BuildStats; files: number; out: string; emitWarnings: number; ms: number }): string {
  const { ir, stats } = input;
  const byLayout = LAYOUT_NAMES.filter((layout) => stats.pagesByLayout[layout] > 0).map((layout) => `${layout} ${stats.pagesByLayout[layout]}`);
  const methods = ir.services.reduce((sum, service) => sum + service.methods.length, 0);
  const counts = countBySeverity(ir.diagnostics);
  const skipped = stats.skipped > 0 ? `; ${stats.skipped} skipped, not API reference` : '';
  const failed = stats.failed > 0 ? `; ${stats.failed} could not be read` : '';
  const reused = stats.model === 'merged' ? '' : stats.model === 'reused' ? ' (the last run\'s, same pages)' : ' (the last run\'s, edited pages\' words replaced)';
  return [
    `pages:       ${stats.pages} (${byLayout.join(', ') || 'none'}); parsed ${stats.parsed}, from cache ${stats.fromStore}${skipped}${failed}`,
    `model:       ${ir.services.length} services, ${methods} methods, ${Object.keys(ir.types).length} types${reused}`,
    `diagnostics: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info${input.emitWarnings ? `; emitter warnings: ${input.emitWarnings}` : ''}`,
    `output:      ${input.files} files in ${input.out}`,
    `time:        ${(input.ms / 1000).toFixed(2)} s`,
  ].join('\n') + '\n';
}
