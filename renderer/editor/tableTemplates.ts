// Table shapes a briefing book uses (participants, schedule): a header row plus empty rows to fill in.
import { $createParagraphNode, $createTextNode } from 'lexical';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';

export type BriefingTableKind = 'participants' | 'schedule';

/** Column headings per table kind (the PDF helper prints the header row as a table header). */
export const BRIEFING_TABLE_COLUMNS: Record<BriefingTableKind, readonly string[]> = {
  participants: ['Name', 'Title', 'Organisation', 'Notes'],
  schedule: ['Time', 'Event', 'Location', 'Press'],
};

/** Creates a table with a header row and `rows` empty body rows. Call inside an update. */
export function $createBriefingTable(kind: BriefingTableKind, rows = 3): TableNode {
  const columns = BRIEFING_TABLE_COLUMNS[kind];
  const table = $createTableNode();
  const header = $createTableRowNode();
  for (const title of columns) {
    const cell = $createTableCellNode(TableCellHeaderStates.ROW);
    cell.append($createParagraphNode().append($createTextNode(title)));
    header.append(cell);
  }
  table.append(header);
  for (let r = 0; r < rows; r += 1) {
    const row = $createTableRowNode();
    for (let c = 0; c < columns.length; c += 1) {
      row.append(
        $createTableCellNode(TableCellHeaderStates.NO_STATUS).append($createParagraphNode()),
      );
    }
    table.append(row);
  }
  return table;
}
