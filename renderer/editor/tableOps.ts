// Table edits by cell (rows, columns, header row, delete), for the table menu and Tab in the last cell; call inside an update.
import { $createParagraphNode, $getNodeByKey, $getRoot, type LexicalNode } from 'lexical';
import {
  $deleteTableColumn,
  $findTableNode,
  $getTableColumnIndexFromTableCellNode,
  $getTableRowIndexFromTableCellNode,
  $insertTableColumnAtNode,
  $insertTableRowAtNode,
  $isTableCellNode,
  $isTableRowNode,
  $removeTableRowAtIndex,
  $setTableRowIsHeader,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';

export type TableAction =
  | { kind: 'row-above' }
  | { kind: 'rows-below'; count: number }
  | { kind: 'column-left' }
  | { kind: 'column-right' }
  | { kind: 'delete-row' }
  | { kind: 'delete-column' }
  | { kind: 'toggle-header' }
  | { kind: 'delete-table' };

/** Most rows one action adds (a delegation is a dozen or two; this only stops a typo of 10000). */
export const MAX_ROWS_AT_ONCE = 100;

/** The cell holding `node` (itself, or its nearest cell ancestor), or null outside tables. */
export function $cellOf(node: LexicalNode | null): TableCellNode | null {
  let n: LexicalNode | null = node;
  while (n && !$isTableCellNode(n)) n = n.getParent();
  return n;
}

/** True when the table's first row is a header row. */
export function $hasHeaderRow(table: TableNode): boolean {
  const first = table.getFirstChild();
  if (!$isTableRowNode(first)) return false;
  const cell = first.getFirstChild();
  return $isTableCellNode(cell) && cell.hasHeaderState(TableCellHeaderStates.ROW);
}

/** Removes a table, leaving an empty paragraph when it was the only block. */
function $removeTable(table: TableNode): void {
  const after = table.getNextSibling() ?? table.getPreviousSibling();
  table.remove();
  if (!after && $getRoot().getChildrenSize() === 0) $getRoot().append($createParagraphNode());
}

/** Puts the caret at the start of `cell`. */
function $selectCell(cell: TableCellNode | null | undefined): void {
  if (cell) cell.selectStart();
}

/**
 * Applies `action` at the cell with key `cellKey`. Returns false when the cell is gone. New rows
 * and columns are never header cells, except a column added beside a header row's cell.
 */
export function $applyTableAction(cellKey: string, action: TableAction): boolean {
  const cell = $getNodeByKey(cellKey);
  if (!$isTableCellNode(cell)) return false;
  const table = $findTableNode(cell);
  if (!table) return false;
  const row = $getTableRowIndexFromTableCellNode(cell);
  const column = $getTableColumnIndexFromTableCellNode(cell);
  switch (action.kind) {
    case 'row-above': {
      const inserted = $insertTableRowAtNode(cell, false);
      if (row === 0 && inserted) clearHeader(inserted.getChildren());
      $selectCell(inserted?.getChildren().filter($isTableCellNode)[column]);
      return true;
    }
    case 'rows-below': {
      const count = Math.max(1, Math.min(MAX_ROWS_AT_ONCE, Math.floor(action.count)));
      let first: LexicalNode | null = null;
      for (let i = 0; i < count; i++) {
        const inserted = $insertTableRowAtNode(cell, true);
        if (inserted) clearHeader(inserted.getChildren());
        first = inserted ?? first;
      }
      // Each row goes straight below the cell's row, so the last one inserted is the first below.
      if ($isTableRowNode(first)) $selectCell(first.getChildren().filter($isTableCellNode)[column]);
      return true;
    }
    case 'column-left':
    case 'column-right': {
      const inserted = $insertTableColumnAtNode(cell, action.kind === 'column-right', false);
      $selectCell(inserted);
      return true;
    }
    case 'delete-row': {
      if (table.getChildrenSize() <= 1) {
        $removeTable(table);
        return true;
      }
      $removeTableRowAtIndex(table, row);
      const rows = table.getChildren().filter($isTableRowNode);
      const target = rows[Math.min(row, rows.length - 1)];
      $selectCell(target?.getChildren().filter($isTableCellNode)[column]);
      return true;
    }
    case 'delete-column': {
      const firstRow = table.getFirstChild();
      if ($isTableRowNode(firstRow) && firstRow.getChildrenSize() <= 1) {
        $removeTable(table);
        return true;
      }
      $deleteTableColumn(table, column);
      const rows = table.getChildren().filter($isTableRowNode);
      const cells = rows[row]?.getChildren().filter($isTableCellNode) ?? [];
      $selectCell(cells[Math.min(column, cells.length - 1)]);
      return true;
    }
    case 'toggle-header':
      $setTableRowIsHeader(table, 0, !$hasHeaderRow(table));
      return true;
    case 'delete-table':
      $removeTable(table);
      return true;
  }
}

function clearHeader(cells: LexicalNode[]): void {
  for (const c of cells)
    if ($isTableCellNode(c) && c.hasHeaderState(TableCellHeaderStates.ROW))
      c.setHeaderStyles(TableCellHeaderStates.NO_STATUS, TableCellHeaderStates.ROW);
}

/** True when `cell` is the last cell of its table's last row (Tab there adds a row). */
export function $isLastCell(cell: TableCellNode): boolean {
  const row = cell.getParent();
  const table = $findTableNode(cell);
  return (
    !!table &&
    $isTableRowNode(row) &&
    row.getNextSibling() === null &&
    cell.getNextSibling() === null
  );
}
