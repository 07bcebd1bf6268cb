import { wallClockOf, type WallClock } from '../infra/timeZone';

/**
 * Utilities.formatDate's pattern language: java.text.SimpleDateFormat
 * (docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html), English names, in an
 * explicit time zone computed with Intl. Supported letters: G y Y M L d D F E u a H k K h m s S
 * w W z Z X, and quoting with '…' ('' is a quote). An unknown zone id falls back to GMT, as
 * Java's TimeZone.getTimeZone does.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's short names for the zones Pilote meets; others: Intl's short name or GMT±hh:mm. */
const LONG_TO_SHORT: Record<string, string> = {
  'Central European Standard Time': 'CET', 'Central European Summer Time': 'CEST',
  'Western European Standard Time': 'WET', 'Western European Summer Time': 'WEST',
  'Eastern European Standard Time': 'EET', 'Eastern European Summer Time': 'EEST',
  'Greenwich Mean Time': 'GMT', 'British Summer Time': 'BST', 'Coordinated Universal Time': 'UTC',
  'Irish Standard Time': 'IST',
};

export class PatternError extends Error {}

interface Zone {
  /** Offset in minutes at an instant. */
  offset(ms: number): number;
  wall(ms: number): WallClock;
  shortName(ms: number): string;
  longName(ms: number): string;
}

function fixedZone(offsetMin: number): Zone {
  const name = `GMT${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMin) / 60), 2)}:${pad(Math.abs(offsetMin) % 60, 2)}`;
  return {
    offset: () => offsetMin,
    wall: (ms) => wallClockOf(ms + offsetMin * 60000, 'UTC'),
    shortName: () => (offsetMin === 0 ? 'GMT' : name),
    longName: () => (offsetMin === 0 ? 'Greenwich Mean Time' : name),
  };
}

function intlName(ms: number, timeZone: string, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

export function resolveZone(id: string): Zone {
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (custom) return fixedZone((custom[1] === '-' ? -1 : 1) * (Number(custom[2]) * 60 + Number(custom[3] ?? 0)));
  if (id === 'GMT' || id === 'UTC') return id === 'UTC' ? { ...fixedZone(0), shortName: () => 'UTC', longName: () => 'Coordinated Universal Time' } : fixedZone(0);
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
  } catch {
    return fixedZone(0);
  }
  const zone: Zone = {
    offset: (ms) => {
      const w = wallClockOf(ms, id);
      return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) - ms) / 60000);
    },
    wall: (ms) => wallClockOf(ms, id),
    longName: (ms) => intlName(ms, id, 'long'),
    shortName: (ms) => {
      const long = intlName(ms, id, 'long');
      if (LONG_TO_SHORT[long]) return LONG_TO_SHORT[long];
      const short = intlName(ms, id, 'short');
      return short.startsWith('GMT') ? fixedZone(zone.offset(ms)).shortName(ms) : short;
    },
  };
  return zone;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function dayOfYear(w: WallClock): number {
  return Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
}

/** Java's week fields for the en-US locale: weeks start on Sunday, week 1 holds January 1. */
function weekOfYear(w: WallClock): { week: number; weekYear: number } {
  const dow = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const startOfWeek = Date.UTC(w.year, w.month - 1, w.day - dow);
  const endOfWeek = startOfWeek + 6 * 86400000;
  const endYear = new Date(endOfWeek).getUTCFullYear();
  if (endYear > w.year) return { week: 1, weekYear: endYear };
  const jan1 = Date.UTC(w.year, 0, 1);
  const firstWeekStart = jan1 - new Date(jan1).getUTCDay() * 86400000;
  return { week: Math.floor((startOfWeek - firstWeekStart) / (7 * 86400000)) + 1, weekYear: w.year };
}

function offsetString(min: number, colon: boolean, hoursOnly = false): string {
  const sign = min < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(min) / 60), 2);
  const m = pad(Math.abs(min) % 60, 2);
  return hoursOnly ? `${sign}${h}` : `${sign}${h}${colon ? ':' : ''}${m}`;
}

function field(letter: string, count: number, ms: number, zone: Zone): string {
  const w = zone.wall(ms);
  const dow = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const text = (full: string) => (count >= 4 ? full : full.slice(0, 3));
  switch (letter) {
    case 'G': return 'AD';
    case 'y': return count === 2 ? pad(w.year % 100, 2) : pad(w.year, count);
    case 'Y': { const y = weekOfYear(w).weekYear; return count === 2 ? pad(y % 100, 2) : pad(y, count); }
    case 'M': case 'L': return count >= 3 ? text(MONTHS[w.month - 1]) : pad(w.month, count);
    case 'd': return pad(w.day, count);
    case 'D': return pad(dayOfYear(w), count);
    case 'F': return pad(Math.floor((w.day - 1) / 7) + 1, count);
    case 'E': return text(DAYS[dow]);
    case 'u': return pad(dow === 0 ? 7 : dow, count);
    case 'a': return w.hour < 12 ? 'AM' : 'PM';
    case 'H': return pad(w.hour, count);
    case 'k': return pad(w.hour === 0 ? 24 : w.hour, count);
    case 'K': return pad(w.hour % 12, count);
    case 'h': return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, count);
    case 'm': return pad(w.minute, count);
    case 's': return pad(w.second, count);
    case 'S': return pad(w.millisecond, count);
    case 'w': return pad(weekOfYear(w).week, count);
    case 'W': {
      const first = new Date(Date.UTC(w.year, w.month - 1, 1)).getUTCDay();
      return pad(Math.floor((w.day - 1 + first) / 7) + 1, count);
    }
    case 'z': return count >= 4 ? zone.longName(ms) : zone.shortName(ms);
    case 'Z': return offsetString(zone.offset(ms), false);
    case 'X': {
      const off = zone.offset(ms);
      if (off === 0) return 'Z';
      if (count > 3) throw new PatternError('invalid ISO 8601 format: length=' + count);
      return offsetString(off, count === 3, count === 1);
    }
  }
  throw new PatternError(`Illegal pattern character '${letter}'`);
}

export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const zone = resolveZone(timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") { out += "'"; i += 2; continue; }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new PatternError('Unterminated quote');
      let j = i + 1;
      let lit = '';
      // '' inside a quoted run is a literal quote
      for (; j < pattern.length; j++) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") { lit += "'"; j++; continue; }
          break;
        }
        lit += pattern[j];
      }
      if (j >= pattern.length) throw new PatternError('Unterminated quote');
      out += lit;
      i = j + 1;
      continue;
    }
    if (/[a-zA-Z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      out += field(c, n, ms, zone);
      i += n;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
