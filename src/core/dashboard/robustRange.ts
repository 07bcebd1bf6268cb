/**
 * The usual range of a KPI from its recent history, robust to one odd month: median ± 3 scaled
 * MAD (median absolute deviation × 1.4826, which estimates the standard deviation of normal
 * data). A value outside it is an unusual move. Needs at least 6 points and some spread (a flat
 * history has no MAD: nothing is flagged against it).
 */
export const MAD_SCALE = 1.4826;
export const MAD_WIDTH = 3;
export const MIN_HISTORY = 6;

export function median(values: readonly number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function usualRange(history: readonly number[]): { median: number; low: number; high: number } | undefined {
  if (history.length < MIN_HISTORY) return undefined;
  const m = median(history);
  const mad = median(history.map((v) => Math.abs(v - m))) * MAD_SCALE;
  if (mad === 0) return undefined;
  return { median: m, low: m - MAD_WIDTH * mad, high: m + MAD_WIDTH * mad };
}
