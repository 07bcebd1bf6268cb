import { readFileSync } from 'node:fs';
import { withSections } from '../src/local/docs/readmeSections';

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('has its KPI, custom function and table references as generated from the code (run `npm run docs`)', () => {
    expect(withSections(readme)).toBe(readme);
  });

  it('opens with what Pilote is, then the two commands', () => {
    const head = readme.split('\n').slice(0, 20).join('\n');
    expect(head).toMatch(/Google Sheets add-on/);
    expect(head.indexOf('npm start')).toBeGreaterThan(0);
    expect(head.indexOf('npm test')).toBeGreaterThan(head.indexOf('npm start'));
  });
});
