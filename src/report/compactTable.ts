/**
 * cli-table3 tables for dense terminal output: boxed without separators between body rows, or
 * borderless (columns two spaces apart, no box), which fits more figures in 120 columns.
 */
import Table from 'cli-table3';

const NO_ROW_LINES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** Every border character empty; `middle` (between cells) a two-space gap. */
const NO_BORDERS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

export function compactTable(head: string[], options: { borderless?: boolean } = {}): InstanceType<typeof Table> {
  if (options.borderless)
    return new Table({ head, chars: NO_BORDERS, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 } });
  return new Table({ head, chars: NO_ROW_LINES, style: { head: [], border: [] } });
}
