/** The first line of an error's message (never a stack trace), cut at `max` characters. */
export function detailOf(e: unknown, max = 200): string {
  const message = e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
  const line = message.split('\n')[0].trim() || 'unknown error';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
