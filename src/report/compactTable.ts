/**
 * A cli-table3 table without separators between body rows, for dense terminal output.
 */
import Table from 'cli-table3';

const NO_ROW_LINES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function compactTable(head: string[]): InstanceType<typeof Table> {
  return new Table({ head, chars: NO_ROW_LINES, style: { head: [], border: [] } });
}
