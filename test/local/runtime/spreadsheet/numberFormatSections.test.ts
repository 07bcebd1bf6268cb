import { formatValue, formatColor } from '../../../../src/local/runtime/spreadsheet/numberFormat';

const NNBSP = '\u202f';
const REF = 'support.google.com/docs/answer/56470 (custom number formats)';

describe(`number formats the dashboard uses (${REF})`, () => {
  it.each([
    // Currency with a literal after or before the digits, grouped by three.
    [12345, '#,##0 "€"', 'fr_FR', `12${NNBSP}345 €`],
    [12345, '"$"#,##0', 'en_US', '$12,345'],
    [-1234.5, '#,##0 "€"', 'fr_FR', `-1${NNBSP}235 €`],
    // Signed percents: the negative section brings its own minus; zero uses the first section.
    [0.052, '+0.0%;-0.0%', 'en_US', '+5.2%'],
    [-0.052, '+0.0%;-0.0%', 'fr_FR', '-5,2%'],
    [0, '+0.0%;-0.0%', 'en_US', '+0.0%'],
    // Scaling commas: each trailing ',' divides by 1000 (12345 → 12.345 → "12").
    [12345, '#,##0,"k€"', 'fr_FR', '12k€'],
    [12345, '#,##0.0," k€"', 'fr_FR', '12,3 k€'],
    [1234567, '0.0,,"M"', 'en_US', '1.2M'],
    // Conditions: the first section whose condition holds, else the next one without a condition.
    [1500, '[>=1000]0.0,"k";0', 'en_US', '1.5k'],
    [999, '[>=1000]0.0,"k";0', 'en_US', '999'],
    [-1500, '[>=1000]0.0,"k";0', 'en_US', '-1500'],
  ])('%p with %p in %s shows %p', (value, format, locale, shown) => {
    expect(formatValue(value, format, locale)).toBe(shown);
  });

  it('gives the colour of the section used: [Red] for a negative under #,##0;[Red]-#,##0, none for a positive', () => {
    expect(formatValue(-5, '#,##0;[Red]-#,##0', 'en_US')).toBe('-5');
    expect(formatColor(-5, '#,##0;[Red]-#,##0')).toBe('#ff0000');
    expect(formatColor(5, '#,##0;[Red]-#,##0')).toBeNull();
    expect(formatColor(5, '[Blue]0;[Red]-0')).toBe('#0000ff');
    expect(formatColor('x', '0;-0;0;[Green]@')).toBe('#00ff00');
    expect(formatColor(5, '"[Red]"0')).toBeNull(); // quoted text is not a colour tag
  });
});
