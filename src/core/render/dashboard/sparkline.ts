/** Eight heights of a text sparkline: it shows in Sheets, in the preview and in email, with no formula. */
const BARS = '▁▂▃▄▅▆▇█';

/**
 * A trend as a line of block characters, lowest value to highest, a space where a month has no
 * value: `▂▃▃▄▅▅▆▆▇▅▆▇`. A flat series sits mid-height.
 */
export function sparkline(values: readonly (number | undefined)[]): string {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (known.length === 0) return '';
  const lo = Math.min(...known), hi = Math.max(...known);
  return values.map((v) => {
    if (v === undefined || !Number.isFinite(v)) return ' ';
    if (hi === lo) return BARS[3];
    return BARS[Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))];
  }).join('');
}
