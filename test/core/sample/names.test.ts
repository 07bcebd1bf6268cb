/**
 * Company names: a bijection from a company's number to a name, so that no two companies of a
 * workbook share a name (the KPIs match customers by name) and a company keeps its name in every
 * window.
 */
import { companyName, NAME_SPACE } from '../../../src/core/sample/names';

describe('companyName', () => {
  test('distinct numbers give distinct names, over the whole French and foreign name spaces', () => {
    for (const [exportCompany, size] of [[false, NAME_SPACE.french], [true, NAME_SPACE.export]] as const) {
      const names = new Set<string>();
      for (let i = 0; i < size; i++) names.add(companyName(i, exportCompany));
      expect(names.size).toBe(size);
    }
    // Tens of thousands of French names and thousands of foreign ones before any suffix.
    expect(NAME_SPACE.french).toBeGreaterThan(70000);
    expect(NAME_SPACE.export).toBeGreaterThan(3000);
  });

  test('past the name space a number suffix keeps names apart; French and foreign names never meet', () => {
    const n = NAME_SPACE.export;
    expect(companyName(n + 5, true)).toBe(companyName(5, true) + ' 2');
    expect(companyName(2 * n + 5, true)).toBe(companyName(5, true) + ' 3');
    const french = new Set<string>();
    for (let i = 0; i < 20000; i++) french.add(companyName(i, false));
    for (let i = 0; i < NAME_SPACE.export; i++) expect(french.has(companyName(i, true))).toBe(false);
  });

  test('neighbouring numbers get unrelated names that look like companies', () => {
    // Consecutive companies of a month don't share their first word (trade, brand or surname).
    const firstWords = new Set(Array.from({ length: 50 }, (_, i) => companyName(i, false).split(' ')[0]));
    expect(firstWords.size).toBeGreaterThan(25);
    for (let i = 0; i < 500; i++) {
      for (const name of [companyName(i, false), companyName(i, true)]) {
        expect(name).toMatch(/^\p{Lu}\S*( \S+)*$/u); // capitalised, words single-spaced, no trailing space
        expect(name).not.toMatch(/^[=+\-@]/);
      }
    }
  });
});
