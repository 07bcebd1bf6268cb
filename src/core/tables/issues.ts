/** A problem in the user's data, precise enough to go and fix it. */
export interface DataIssue {
  /** The table's name as the user knows it (sheet name, or the table kind's label). */
  table: string;
  /** Row within the range, header = 1; 1 for problems with the headers themselves. */
  row: number;
  /** The column's header as written. */
  column: string;
  /** The offending value as text, at most MAX_VALUE_CHARS characters. */
  value: string;
  message: string;
}

/** A cell holds up to 50,000 characters: a value quoted back is cut to this. */
export const MAX_VALUE_CHARS = 100;

/** `text`, or its first 99 characters and an ellipsis. */
export function clip(text: string, max = MAX_VALUE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
