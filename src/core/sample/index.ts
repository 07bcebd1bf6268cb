export { generateSample, DEFAULT_MONTHS, DEFAULT_SEED } from './generateSample';
export type { Day, SampleCell, ColumnFormat, SampleSheet, SampleWorkbook, SampleOptions } from './generateSample';
export { dayFromParts, ymdOfDay, monthKey, quarterKey } from './calendar';
export { Rng } from './random';
