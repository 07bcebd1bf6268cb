/** `npm run docs`: regenerates the README's reference sections from the code. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withSections } from '../docs/readmeSections';

const before = readFileSync('README.md', 'utf8');
const after = withSections(before);
writeFileSync('README.md', after);
console.log(before === after ? 'README.md is up to date' : 'README.md reference sections regenerated');
