/**
 * Text columns as the narrow tables hold them: codes a byte wide for up to 128 texts, two bytes
 * up to 32,768, four beyond; and a column read in full with more than MANY_TEXTS (32,768)
 * distinct texts coded by hash rather than by a Map. Every expectation comes from a plain
 * Map-based coder written here, never from the code under test.
 */
import type { Cell, Grid } from '../../../src/core/cells/cell';
import * as hashRows from '../../../src/core/tables/hashRows';
import { EN, read, utc } from '../helpers';
import { collidingPair } from './hashCollision';

const ERROR_CELL = /^#(N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** What a text field makes of a cell: trimmed text, a number as written; blank, error cells and Dates have none. */
function textOfCell(raw: Cell): string | undefined {
  if (typeof raw === 'string') {
    const s = raw.trim();
    return s === '' || ERROR_CELL.test(s) ? undefined : s;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return undefined;
}

/** The reference: each cell's code into the distinct texts in order of first appearance, −1 without text. */
function mapCoded(cells: readonly Cell[]): { codes: number[]; values: string[] } {
  const byText = new Map<string, number>();
  const codes = cells.map((raw) => {
    const text = textOfCell(raw);
    if (text === undefined) return -1;
    let c = byText.get(text);
    if (c === undefined) byText.set(text, (c = byText.size));
    return c;
  });
  return { codes, values: [...byText.keys()] };
}

/** `d` distinct texts, each third one followed by a repeat of an earlier text (codes must survive widening). */
function textsWithRepeats(d: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < d; k++) {
    out.push('T' + k);
    if (k % 3 === 0) out.push('T' + (k >> 1));
  }
  return out;
}

const customerColumn = (cells: readonly Cell[]): Grid => [['Customer'], ...cells.map((c) => [c])];

let sortSpy: jest.SpyInstance;
beforeEach(() => { sortSpy = jest.spyOn(hashRows, 'sortByHash'); });
afterEach(() => sortSpy.mockRestore());

describe('text codes widen as distinct texts come (read by Map, in order of first appearance)', () => {
  it.each([
    [128, 'Int8Array', Int8Array],
    [129, 'Int16Array', Int16Array],
    [32768, 'Int16Array', Int16Array],
    [32769, 'Int32Array', Int32Array],
  ])('%i distinct texts: codes in an %s, equal to a Map coder\'s', (d, _, type) => {
    const texts = textsWithRepeats(d);
    const t = read('deals', customerColumn(texts));
    const col = t.text('customer');
    const expected = mapCoded(texts);
    expect(expected.values).toHaveLength(d);
    expect(col.codes).toBeInstanceOf(type);
    expect(col.values).toEqual(expected.values);
    expect(Array.from(col.codes)).toEqual(expected.codes);
    // Still the Map path: no check of the fill (every 1,024 rows) saw more than 32,768 texts.
    expect(sortSpy).not.toHaveBeenCalled();
    expect(t.issues).toEqual([]);
  });

  it('a lazily read column filled in some rows widens too, leaving the other rows −1', () => {
    const texts = Array.from({ length: 300 }, (_, k) => 'N' + k);
    const t = read('deals', customerColumn(texts), EN, { lazy: true });
    const rows = Array.from({ length: 150 }, (_, k) => 2 * k); // 150 distinct texts, in rows 0, 2, 4…
    t.fill(['customer'], rows);
    const col = t.text('customer');
    expect(col.codes).toBeInstanceOf(Int16Array);
    expect(col.values).toEqual(rows.map((r) => 'N' + r));
    expect(Array.from(col.codes)).toEqual(texts.map((_, i) => (i % 2 === 0 ? i / 2 : -1)));
  });

  it('a lazy column filled in some rows, then in full: each row read once (rows on bit 31 of the set of rows done too)', () => {
    const cells: Cell[] = Array.from({ length: 100 }, (_, i) => (i === 31 || i === 63 || i === 64 ? utc(2026, 1, 1) : 'N' + (i % 40)));
    const t = read('deals', [['Deal ID', 'Customer'], ...cells.map((c, i) => ['D' + i, c])], EN, { lazy: true });
    t.fill(['customer'], [31, 63, 64, 0, 31]);
    expect(t.issues.map((i) => i.row)).toEqual([33, 65, 66]);
    t.fill(['customer'], [63, 64]);
    t.ensure(['customer']);
    expect(t.issues.map((i) => i.row)).toEqual([33, 65, 66]);
    // Row 0 was read first, then the rest in order: the same dictionary as a Map coder's here.
    const { codes, values } = t.text('customer');
    expect(values).toEqual(mapCoded(cells).values);
    expect(Array.from(codes, (c) => (c < 0 ? undefined : values[c]))).toEqual(cells.map(textOfCell));
  });
});

describe('a column read in full with more than 32,768 distinct texts is coded by hash', () => {
  const [A, B] = collidingPair();
  const n = 50000;
  const DATE = utc(2026, 1, 1);
  // The switch to hashing comes after a row 1,023 mod 1,024, once more than 32,768 texts were
  // met (here after row 41,983): rows up to it were coded by Map and had their unreadable
  // cells reported then, the hash pass reads the others. Specials sit on both sides, and a run
  // of Dates straddles the switch.
  const special = new Map<number, Cell>([
    [5, ' Acme '], [10, 'Acme'], [45001, 'Acme  '], // one text, trimmed
    [7, ''], [40002, '   '], [46001, null], // blanks
    [100, DATE], [48001, DATE], [47001, '#N/A'], // unreadable: reported once each
    [20, 42], [44001, '42'], // a number reads as its text
    [30, A], [31, B], [42501, A], [49001, B], [49002, ` ${B} `], // same hash, different texts
    [60, 'Émile'], [43001, ' Émile'], // not plain ASCII: through the parser, trimmed
  ]);
  for (let i = 41979; i <= 41989; i++) special.set(i, DATE);
  const customers: Cell[] = Array.from({ length: n }, (_, i) => (special.has(i) ? special.get(i)! : i % 5 === 4 ? 'C' + (i - 3) : 'C' + i));
  // A Deal ID column keeps rows with a blank customer data rows (data row i is sheet row i + 2).
  const grid: Grid = [['Deal ID', 'Customer'], ...customers.map((c, i) => ['D' + i, c])];
  const expected = mapCoded(customers);
  const expectedIssues = customers.flatMap((c, i) =>
    c instanceof Date ? [[i + 2, 'Customer', '2026-01-01', 'a date, not a text']] : c === '#N/A' ? [[i + 2, 'Customer', '#N/A', 'error cell #N/A: fix the formula']] : [],
  );
  const issuesOf = (t: { issues: { row: number; column: string; value: string; message: string }[] }) => t.issues.map((i) => [i.row, i.column, i.value, i.message]);

  it('the fixture does reach the threshold, with the switch inside the run of Dates', () => {
    expect(expected.values.length).toBeGreaterThan(32768);
    // Distinct texts met by the end of each block of 1,024 rows, as the fill counts them.
    const seen = new Set<string>();
    let switchAfter = -1;
    for (let i = 0; i < n && switchAfter < 0; i++) {
      const text = textOfCell(customers[i]);
      if (text !== undefined) seen.add(text);
      if ((i & 1023) === 1023 && seen.size > 32768) switchAfter = i;
    }
    expect(switchAfter).toBe(41983);
    expect(expectedIssues).toHaveLength(14);
  });

  it.each([
    ['read at once', () => read('deals', grid)],
    ['read lazily, the column asked in full', () => read('deals', grid, EN, { lazy: true })],
  ])('%s: the same codes and texts as a Map coder, each unreadable cell reported once', (_, open) => {
    const t = open();
    const col = t.text('customer');
    expect(sortSpy).toHaveBeenCalled(); // the hash path, not the Map
    expect(col.codes).toBeInstanceOf(Int32Array);
    expect(col.codes).toHaveLength(n);
    expect(col.values).toEqual(expected.values);
    expect(Array.from(col.codes)).toEqual(expected.codes);
    expect(issuesOf(t)).toEqual(expectedIssues);
    // Asking again reports nothing more.
    t.text('customer');
    t.ensure(['customer']);
    expect(t.issues).toHaveLength(expectedIssues.length);
  });

  it('untrimmed texts share the trimmed one\'s code; blanks and unreadable cells are −1', () => {
    const { codes, values } = read('deals', grid).text('customer');
    expect(values[codes[5]]).toBe('Acme');
    expect([codes[10], codes[45001]]).toEqual([codes[5], codes[5]]);
    expect(values[codes[60]]).toBe('Émile');
    expect(codes[43001]).toBe(codes[60]);
    expect(values[codes[20]]).toBe('42');
    expect(codes[44001]).toBe(codes[20]);
    for (const i of [7, 40002, 46001, 100, 47001, 48001, 41979, 41983, 41984, 41989]) expect(codes[i]).toBe(-1);
  });

  it('two texts of one hash get distinct codes; each one\'s repeats share its code', () => {
    const t = read('deals', grid);
    const { codes, values } = t.text('customer');
    expect(codes[30]).not.toBe(codes[31]);
    expect(values[codes[30]]).toBe(A);
    expect(values[codes[31]]).toBe(B);
    expect(codes[42501]).toBe(codes[30]);
    expect([codes[49001], codes[49002]]).toEqual([codes[31], codes[31]]);
    expect(values.filter((v) => v === A || v === B)).toEqual([A, B]); // each text once in the dictionary
    // Repeated customers are those rows, and the pair's first rows are not among them.
    const repeats = Array.from(t.repeats('customer'));
    const seen = new Set<string>(), expectedRepeats: number[] = [];
    customers.forEach((raw, i) => {
      const text = textOfCell(raw);
      if (text === undefined) return;
      if (seen.has(text)) expectedRepeats.push(i);
      else seen.add(text);
    });
    expect(repeats).toEqual(expectedRepeats);
    expect(repeats).not.toContain(31);
    expect(repeats).toEqual(expect.arrayContaining([42501, 49001, 49002]));
  });
});
