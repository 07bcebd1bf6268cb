/**
 * Wall-clock arithmetic in a named IANA time zone, on Intl (no library needed in Node).
 * Sheets stores a date cell as a wall-clock serial in the *spreadsheet's* zone; Apps Script
 * hands it to scripts as the instant of that wall clock. These two helpers convert both ways.
 */
export interface WallClock { year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws RangeError for an unknown zone id, as Intl does. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

export function wallClockOf(instantMs: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const ms = ((instantMs % 1000) + 1000) % 1000;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second, millisecond: ms };
}

/** Offset of `timeZone` from UTC at `instantMs`, in minutes (Paris in winter: +60). */
export function offsetMinutes(instantMs: number, timeZone: string): number {
  const w = wallClockOf(instantMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return Math.round((asUtc - instantMs) / 60000);
}

/**
 * The instant at which `timeZone` shows this wall clock. A wall clock skipped by a DST jump
 * resolves forward, as Sheets does; a repeated one resolves to its first occurrence.
 */
export function instantOf(w: WallClock, timeZone: string): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  let guess = asUtc - offsetMinutes(asUtc, timeZone) * 60000;
  const second = asUtc - offsetMinutes(guess, timeZone) * 60000;
  if (second !== guess) guess = Math.min(guess, second);
  return guess;
}
