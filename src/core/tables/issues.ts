/** A problem in the user's data, precise enough to go and fix it. */
export interface DataIssue {
  /** The table's name as the user knows it (sheet name, or the table kind's label). */
  table: string;
  /** Row within the range, header = 1; 1 for problems with the headers themselves. */
  row: number;
  /** The column's header as written. */
  column: string;
  /** The offending value as text. */
  value: string;
  message: string;
}
