import { recognise } from '../../../src/core/formulas/checkFormula';
import { INPUT_KINDS, inputSheetSpecs } from '../../../src/core/setup/inputSheets';
import { readTable } from '../../../src/core/tables/readTable';
import { TABLES } from '../../../src/core/tables/schema';
import { dayOfUtcDate as dayOfUtc } from '../../../src/core/dates/day';
import { localeInfo } from '../../../src/core/format/locale';

describe('the input sheets "Set up sheets" creates', () => {
  it.each(['en', 'fr'] as const)('in %s: each sheet’s headers are read back as its table, every field found', (language) => {
    const specs = inputSheetSpecs(language);
    expect(specs.map((s) => s.kind)).toEqual(INPUT_KINDS);
    for (const spec of specs) {
      const headers = spec.columns.map((c) => c.header);
      expect([spec.kind, recognise([headers])]).toEqual([spec.kind, spec.kind]);
      const table = readTable(spec.kind, [headers], { dayOf: dayOfUtc, locale: localeInfo(language === 'fr' ? 'fr_FR' : 'en_US') });
      expect([spec.kind, Object.keys(table.columns).sort()]).toEqual([spec.kind, TABLES[spec.kind].fields.map((f) => f.key).sort()]);
    }
  });

  it('names the sheets in the spreadsheet’s language', () => {
    expect(inputSheetSpecs('fr').map((s) => s.name)).toEqual(['Leads', 'Opportunités', 'Activités', 'Dépenses', 'Clients', 'Enquêtes', 'Objectifs']);
    expect(inputSheetSpecs('en').map((s) => s.name)).toEqual(['Leads', 'Deals', 'Activities', 'Spend', 'Customers', 'Surveys', 'Targets']);
  });

  it('lists only words the reader understands in the strict lists', () => {
    const deals = inputSheetSpecs('en').find((s) => s.kind === 'deals')!;
    const stage = deals.columns.find((c) => c.header === 'Stage')!.validation!;
    expect(stage).toMatchObject({ kind: 'list', values: ['Discovery', 'Qualification', 'Demo', 'Proposal', 'Negotiation', 'Won', 'Lost'], strict: false });
    // Each strict list value, typed in a one-row table, reads without a problem.
    for (const spec of inputSheetSpecs('fr')) {
      spec.columns.forEach((c, i) => {
        if (c.validation?.kind !== 'list' || !c.validation.strict) return;
        for (const v of c.validation.values) {
          const row = spec.columns.map((_, j) => (j === i ? v : ''));
          const table = readTable(spec.kind, [spec.columns.map((x) => x.header), row], { dayOf: dayOfUtc, locale: localeInfo('fr_FR') });
          expect([spec.kind, c.header, v, table.issues]).toEqual([spec.kind, c.header, v, []]);
        }
      });
    }
  });
});
