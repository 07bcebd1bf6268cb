import { dealStageOf, leadStatusOf, activityTypeOf } from '../../../src/core/tables/vocabulary';
import { day, EN, FR, read, rowsOf, tokyo, TOKYO, US, utc, withTrailingBlanks } from '../helpers';

describe('readTable', () => {
  it('reads typed rows; row numbers count the header as row 1', () => {
    const t = read('deals', [
      ['Deal ID', 'Customer', 'Stage', 'Amount', 'Close date'],
      ['D1', ' Acme ', 'Won', '1 234,56 €', utc(2026, 3, 31)],
    ]);
    expect(rowsOf(t)).toHaveLength(1);
    expect(rowsOf(t)[0]).toMatchObject({ row: 2, id: 'D1', customer: 'Acme', stage: 'won', amount: 1234.56, closed: day(2026, 3, 31) });
    expect(t.issues).toEqual([]);
  });

  it('skips blank rows, including a whole column of trailing blanks, keeping sheet row numbers', () => {
    const t = read('leads', withTrailingBlanks([
      ['Lead ID', 'Created'],
      ['L1', '2026-01-01'],
      ['', '  '],
      ['L2', '2026-01-02'],
    ]));
    expect(rowsOf(t).map((r) => [r.row, r.id])).toEqual([[2, 'L1'], [4, 'L2']]);
    expect(t.issues).toEqual([]);
  });

  it('ignores unknown columns', () => {
    const t = read('leads', [['Lead ID', 'Notes', 'Created'], ['L1', 'call back', '2026-01-05']]);
    expect(rowsOf(t)[0]).toMatchObject({ id: 'L1', created: day(2026, 1, 5) });
    expect(t.unmatched).toEqual(['Notes']);
  });

  it('reports error cells (#REF!, #N/A) with row and column and leaves the field out', () => {
    const t = read('deals', [
      ['Deal ID', 'Stage', 'Amount', 'Close date'],
      ['D1', 'Won', '#REF!', '2026-03-01'],
      ['D2', 'Won', 100, '#N/A'],
    ]);
    expect(rowsOf(t)[0].amount).toBeUndefined();
    expect(rowsOf(t)[1].closed).toBeUndefined();
    expect(t.issues).toEqual([
      { table: 'Deals', row: 2, column: 'Amount', value: '#REF!', message: 'error cell #REF!: fix the formula' },
      { table: 'Deals', row: 3, column: 'Close date', value: '#N/A', message: 'error cell #N/A: fix the formula' },
    ]);
  });

  it('reports text in an amount column instead of reading it as 0', () => {
    const t = read('deals', [['Stage', 'Amount'], ['Won', 'TBD']]);
    expect(rowsOf(t)[0].amount).toBeUndefined();
    expect(t.issues).toMatchObject([{ row: 2, column: 'Amount', value: 'TBD' }]);
  });

  it('reports impossible dates 2026-02-30 and 31/04/2026', () => {
    const t = read('deals', [['Stage', 'Created', 'Close date'], ['Won', '2026-02-30', '31/04/2026']]);
    expect(t.issues).toMatchObject([
      { row: 2, column: 'Created', value: '2026-02-30', message: 'impossible date' },
      { row: 2, column: 'Close date', value: '31/04/2026', message: 'impossible date' },
    ]);
  });

  it('decides 1,234 by the locale', () => {
    const grid = [['Stage', 'Amount'], ['Won', '1,234']];
    expect(rowsOf(read('deals', grid, EN))[0].amount).toBe(1234);
    expect(rowsOf(read('deals', grid, FR))[0].amount).toBe(1.234);
  });

  it('reads Date cells of a Tokyo sheet as their Tokyo calendar day', () => {
    const t = read('deals', [['Stage', 'Close date'], ['Won', tokyo(2026, 4, 1)]], TOKYO);
    expect(rowsOf(t)[0].closed).toBe(day(2026, 4, 1));
  });

  it('spend: a date under "Période"/"Mois"/"Month" stands for its month, under "Date" for its day', () => {
    const march = { from: day(2026, 3, 1), to: day(2026, 3, 31) };
    for (const h of ['Période', 'Mois', 'Month']) expect(rowsOf(read('spend', [[h, 'Montant'], [utc(2026, 3, 14), 5]]))[0].date).toEqual(march);
    expect(rowsOf(read('spend', [['Mois', 'Montant'], ['2026-03-14', 5]]))[0].date).toEqual(march);
    expect(rowsOf(read('spend', [['Date', 'Amount'], [utc(2026, 3, 14), 5]]))[0].date).toEqual({ from: day(2026, 3, 14), to: day(2026, 3, 14) });
    expect(rowsOf(read('spend', [['Date', 'Amount'], ['mars 2026', 5]]))[0].date).toEqual(march);
    expect(rowsOf(read('spend', [['Date', 'Amount'], ['2026-Q1', 5]]))[0].date).toEqual({ from: day(2026, 1, 1), to: day(2026, 3, 31) });
    expect(read('spend', [['Month', 'Amount'], [202603, 5]]).issues).toMatchObject([{ column: 'Month', value: '202603' }]);
  });

  it('names the table by its sheet name in issues', () => {
    const t = read('deals', [['Stage', 'Amount'], ['Won', 'x']], EN, { name: 'Pipe 2026' });
    expect(t.issues[0].table).toBe('Pipe 2026');
  });

  it('reports an unknown lead status, activity type, survey type and spend category', () => {
    expect(read('leads', [['Created', 'Status'], ['2026-01-01', 'Contacted']]).issues).toMatchObject([{ row: 2, column: 'Status', value: 'Contacted' }]);
    expect(read('activities', [['Date', 'Type'], ['2026-01-01', 'Lunch']]).issues).toMatchObject([{ column: 'Type', value: 'Lunch' }]);
    expect(read('surveys', [['Date', 'Score', 'Type'], ['2026-01-01', 9, 'CES']]).issues).toMatchObject([{ column: 'Type', value: 'CES' }]);
    expect(read('spend', [['Month', 'Amount', 'Category'], ['2026-01', 10, 'Travel']]).issues).toMatchObject([{ column: 'Category', value: 'Travel' }]);
  });

  // FINDING: a Date cell in a vocabulary column (Stage, Status, Type, Category) is neither read
  // nor reported: the stage/status parsers return undefined for non-text cells, and the data
  // check only reports *blank* cells as missing. Spec: "A row whose value needed by a KPI can't
  // be read is left out of that KPI only … and is reported by the data check."
  it('a Date cell in the Stage column is reported, not silently dropped', () => {
    const t = read('deals', [['Stage', 'Amount'], [utc(2026, 3, 1), 100]]);
    expect(rowsOf(t)[0].stage).toBeUndefined();
    expect(t.issues).toMatchObject([{ row: 2, column: 'Stage' }]);
  });
  it('a Date cell in the lead Status column is reported, not silently dropped', () => {
    const t = read('leads', [['Created', 'Status'], ['2026-01-01', utc(2026, 3, 1)]]);
    expect(t.issues).toMatchObject([{ row: 2, column: 'Status' }]);
  });
});

describe('vocabularies, trimmed and case-insensitive, EN and FR', () => {
  it.each(['Won', 'closed won', ' WON ', 'Gagné', 'Signé', 'Closed-Won'])('stage %j is won', (s) => expect(dealStageOf(s)).toBe('won'));
  it.each(['Lost', 'Closed lost', 'Perdu', ' perdu '])('stage %j is lost', (s) => expect(dealStageOf(s)).toBe('lost'));
  it.each(['Discovery', 'Proposal', 'Négociation', 'Won back'])('stage %j is open', (s) => expect(dealStageOf(s)).toBe('open'));
  // DOUBT (not a spec violation strictly): the spec says "trimmed and case-insensitively", the
  // code also drops accents and punctuation, so a stage typed "Won?" (unsure) counts as Won.
  it('DOUBT: stage "Won?" counts as Won (punctuation is ignored, beyond the spec)', () => expect(dealStageOf('Won?')).toBe('won'));
  it.each([
    ['New', 'new'], ['Nouveau', 'new'], ['mql', 'mql'], ['SQL', 'sql'], ['Opportunity', 'opportunity'], ['Opportunité', 'opportunity'],
    ['Customer', 'customer'], ['Client', 'customer'], ['Converti', 'customer'], ['Disqualified', 'disqualified'], ['Disqualifié', 'disqualified'], ['Perdu', 'disqualified'],
  ])('lead status %j is %s', (s, v) => expect(leadStatusOf(s)).toBe(v));
  it.each([
    ['Call', 'call'], ['Appel', 'call'], ['Meeting', 'meeting'], ['Rendez-vous', 'meeting'], ['Demo', 'demo'], ['Démo', 'demo'],
    ['Proposal', 'proposal'], ['Proposition', 'proposal'], ['Email', 'email'],
  ])('activity type %j is %s', (s, v) => expect(activityTypeOf(s)).toBe(v));
});

describe('text dates in a table, by the locale', () => {
  const grid = [['Stage', 'Close date'], ['Won', '3/4/2026'], ['Won', '13/4/2026']];
  it('en_US reads "3/4/2026" as 4 March; en_GB as 3 April', () => {
    expect(rowsOf(read('deals', grid.slice(0, 2), US))[0].closed).toBe(day(2026, 3, 4));
    expect(rowsOf(read('deals', grid.slice(0, 2), EN))[0].closed).toBe(day(2026, 4, 3));
  });
  it('when the order was assumed (dateOrderKnown: false), an ambiguous text date is read and flagged; an unambiguous one is not', () => {
    const t = read('deals', grid, EN, { dateOrderKnown: false });
    expect(rowsOf(t).map((r) => r.closed)).toEqual([day(2026, 4, 3), day(2026, 4, 13)]);
    expect(t.issues).toEqual([{
      table: 'Deals', row: 2, column: 'Close date', value: '3/4/2026',
      message: 'ambiguous date: read day first as 2026-04-03; month first it is 2026-03-04 (the date order could not be told from the data: give the locale)',
    }]);
  });
  it('the same table with a known order has no issue', () => {
    expect(read('deals', grid).issues).toEqual([]);
  });
  it('an unknown lead status one letter from a known one says "did you mean"', () => {
    expect(read('leads', [['Created', 'Status'], ['2026-01-01', 'MQLs']]).issues[0].message).toMatch(/: did you mean MQL\?$/);
  });
  it('a value quoted back is cut to 100 characters', () => {
    const long = 'x'.repeat(5000);
    const v = read('deals', [['Stage', 'Amount'], ['Won', long]]).issues[0].value;
    expect(v).toHaveLength(100);
    expect(v.endsWith('…')).toBe(true);
  });
});

describe('column-wise tables', () => {
  const grid = [
    ['Deal ID', 'Customer', 'Stage', 'Amount', 'Close date', 'Owner'],
    ['D1', ' Acme ', 'Won', 100, utc(2026, 3, 31), 'Alice'],
    ['', '', '', '', '', ''],
    ['D2', 'Beta', 'Lost', 'TBD', '2026-04-01', 'alice '],
    ['D3', 'Acme', 'Proposal', '', 'soon', 'Bob'],
    ['D4', 'Acme', 'Won', 'TBD', '', 'Alice'],
  ];

  it('holds each field as a typed column: days and amounts with NaN for missing, text and stages as codes', () => {
    const t = read('deals', grid);
    expect(t.size).toBe(4);
    expect([...t.rowNumbers]).toEqual([2, 4, 5, 6]); // the blank sheet row 3 is skipped
    expect(t.day('closed')).toBeInstanceOf(Float32Array);
    expect([...t.day('closed')]).toEqual([day(2026, 3, 31), day(2026, 4, 1), NaN, NaN]);
    expect([...t.number('amount')]).toEqual([100, NaN, NaN, NaN]);
    // ' Acme ' and 'Acme' are one text (trimmed): code 0; Beta code 1.
    expect(t.text('customer').values).toEqual(['Acme', 'Beta']);
    expect([...t.text('customer').codes]).toEqual([0, 1, 0, 0]);
    // Stage codes index DEAL_STAGE_CODES: won 0, lost 1, open 2.
    expect([...t.code('stage')]).toEqual([0, 1, 2, 0]);
    expect(t.value('stage', 2)).toBe('open');
    expect(t.value('amount', 1)).toBeUndefined();
  });

  it('reports each unreadable cell once per row, even when the same text repeats (read once per distinct text)', () => {
    const t = read('deals', grid);
    expect(t.issues.map((i) => [i.row, i.column, i.value])).toEqual([[4, 'Amount', 'TBD'], [6, 'Amount', 'TBD'], [5, 'Close date', 'soon']]);
  });

  it('lazy: parses only the fields asked for', () => {
    const t = read('deals', grid, EN, { lazy: true });
    expect(t.issues).toEqual([]);
    t.ensure(['stage', 'closed']);
    expect([...t.parsed]).toEqual(['stage', 'closed']);
    expect(t.issues.map((i) => i.row)).toEqual([5]);
  });

  it('codes any column by filter key (trimmed, any case), a byte per row for a few keys', () => {
    const t = read('deals', grid);
    const owners = t.keys(5);
    expect(owners.keys).toEqual(['alice', 'bob']);
    expect([...owners.codes]).toEqual([0, 0, 1, 0]);
    expect(owners.first).toEqual([0, 2]);
    expect(owners.codes).toBeInstanceOf(Uint8Array);
    expect(owners.codeOf('bob')).toBe(1);
    expect(owners.codeOf('carol')).toBe(-1);
    // A Date column is keyed by the day.
    expect(t.keys(4).keys).toEqual(['2026-03-31', '2026-04-01', 'soon', '']);
  });

  it('a field without a column reads as blank in every row', () => {
    const t = read('deals', [['Stage', 'Amount'], ['Won', 5]]);
    expect([...t.day('closed')]).toEqual([NaN]);
    expect([...t.text('owner').codes]).toEqual([-1]);
  });
});

describe('a lazily read range: rows found with the first date column, other fields only where asked', () => {
  const grid = [
    ['Deal ID', 'Stage', 'Amount', 'Close date'],
    ['D1', 'Won', 10, utc(2026, 3, 1)],
    ['', '', '', ''], // a blank row between data rows
    ['D2', 'Lost', 'lots', '2026-02-30'], // an impossible text date, an unreadable amount
    ['D3', 'Won', 30, ''], // a data row without a close date
    ['D4', 'Wonn', 40, '2026-03-02'],
    ['', '', '', ''],
  ];
  const lazy = () => read('deals', grid, EN, { lazy: true });

  it('finds the same rows and dates as reading everything, in one pass', () => {
    const t = lazy();
    t.prepare('closed');
    expect([...t.parsed]).toEqual(['closed']);
    expect([...t.rowNumbers]).toEqual([2, 4, 5, 6]);
    expect([...t.day('closed')]).toEqual([day(2026, 3, 1), NaN, NaN, day(2026, 3, 2)]);
    expect(t.issues).toEqual([{ table: 'Deals', row: 4, column: 'Close date', value: '2026-02-30', message: 'impossible date' }]);
  });

  it('fill parses a field in the rows asked only, each once; ensure then completes it like an eager read', () => {
    const t = lazy();
    t.fill(['amount'], [1, 1]);
    expect([...t.number('amount')]).toEqual([NaN, NaN, NaN, NaN]); // row 1 ("lots") can't be read
    expect(t.issues.map((i) => [i.row, i.column])).toEqual([[4, 'Amount']]);
    t.ensure(['amount']);
    expect([...t.number('amount')]).toEqual([10, NaN, 30, 40]);
    expect(t.issues.map((i) => [i.row, i.column])).toEqual([[4, 'Amount']]);
    expect(t.number('amount')).toEqual(read('deals', grid).number('amount'));
  });
});
