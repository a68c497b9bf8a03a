import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { PageDiagnostics } from './location.ts';

/** A broken YFM table still parses (so its rows are read); what is broken about it is said here. */
export function reportBrokenTables(root: Root, diagnostics: PageDiagnostics): void {
  visit(root, (node) => {
    if (node.type === 'yfmTable') {
      if (node.data?.unclosed) diagnostics.at(node, 'warning', 'unclosed-table', 'the table opened here has no closing |#; it ends at the first line that is not a row');
      for (const stray of node.data?.stray ?? []) {
        diagnostics.at({ type: 'text', position: stray.position }, 'warning', 'stray-table-text', `text outside any row of the table is ignored: "${stray.value.trim()}"`);
      }
    } else if (node.type === 'yfmTableRow' && node.data?.unclosed) {
      diagnostics.at(node, 'warning', 'truncated-row', 'the row has no closing ||; it ends with its last cell');
    }
  });
}
