import { instantOf, wallClockOf, type WallClock } from '../infra/timeZone';

/**
 * Sheets date serials: a number of days since 1899-12-30 00:00 (day 0), the fraction being
 * the time of day. A serial is a WALL CLOCK in the spreadsheet's time zone; Apps Script hands
 * it to scripts as the instant at which that zone shows it (and stores a script's Date as the
 * wall clock that zone shows at that instant).
 */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** Serial of a wall clock (no zone involved). */
export function serialOfWallClock(w: WallClock): number {
  const ms = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond) - EPOCH_UTC;
  return ms / DAY_MS;
}

/** Wall clock of a serial, rounded to the millisecond. */
export function wallClockOfSerial(serial: number): WallClock {
  const d = new Date(EPOCH_UTC + Math.round(serial * DAY_MS));
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(),
  };
}

/** Serial of the wall clock `timeZone` shows at `instantMs` (what setValues(Date) stores). */
export function serialOfInstant(instantMs: number, timeZone: string): number {
  return serialOfWallClock(wallClockOf(instantMs, timeZone));
}

/** Instant at which `timeZone` shows the wall clock of `serial` (what getValues returns). */
export function instantOfSerial(serial: number, timeZone: string): number {
  return instantOf(wallClockOfSerial(serial), timeZone);
}

/** Serial of a host Date's UTC wall clock (ExcelJS's and WorkbookModel.fromGrids' convention). */
export function serialOfUtcWallClock(d: Date): number {
  return (d.getTime() - EPOCH_UTC) / DAY_MS;
}

/** A host Date whose UTC wall clock is the serial's wall clock (for ExcelJS). */
export function utcWallClockDateOfSerial(serial: number): Date {
  return new Date(EPOCH_UTC + Math.round(serial * DAY_MS));
}
