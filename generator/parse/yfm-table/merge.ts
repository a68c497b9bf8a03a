// Merge markers: a cell holding only `>` joins the cell on its left, `^` the
// cell above. As in the reference, a run of markers widens one target cell,
// a `^` stops a `>` run (and vice versa), and a marker with nothing to join
// (first column / first row) sets no span. Marker cells stay in the tree,
// flagged with `data.merge`, so rows keep the cell count they were written with.
import type { YfmTable, YfmTableCell } from './types.ts';

export function resolveMergedCells(table: YfmTable): void {
  const grid = table.children.map((row) => row.children);
  grid.forEach((cells, rowIndex) => {
    cells.forEach((cell, columnIndex) => {
      if (cell.data?.merge === 'left') spanLeft(cells, columnIndex);
      if (cell.data?.merge === 'up') spanUp(grid, rowIndex, columnIndex);
    });
  });
}

function spanLeft(cells: readonly YfmTableCell[], column: number): void {
  let span = 2;
  for (let index = column - 1; index >= 0; index--) {
    const cell = cells[index];
    if (!cell || cell.data?.merge === 'up') return;
    if (cell.data?.merge !== 'left') return setSpan(cell, 'colspan', span);
    span++;
  }
}

function spanUp(grid: ReadonlyArray<readonly YfmTableCell[]>, row: number, column: number): void {
  let span = 2;
  for (let index = row - 1; index >= 0; index--) {
    const cell = grid[index]?.[column];
    if (!cell || cell.data?.merge === 'left') return;
    if (cell.data?.merge !== 'up') return setSpan(cell, 'rowspan', span);
    span++;
  }
}

function setSpan(cell: YfmTableCell, name: 'colspan' | 'rowspan', span: number): void {
  cell.data = { ...cell.data, attributes: { ...cell.data?.attributes, [name]: String(span) } };
}
