import * as path from 'node:path';

/** Where tests write what a person should look at (screenshots, HTML): git-ignored. */
export const ARTIFACTS = path.resolve(__dirname, 'artifacts');
