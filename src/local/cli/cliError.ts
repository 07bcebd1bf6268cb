/**
 * An error the user can act on: its message is all they see (no stack trace, no library
 * wording). `usage`: also print the usage text (a mistake in the command line).
 */
export class CliError extends Error {
  constructor(message: string, readonly usage = false) {
    super(message);
    this.name = 'CliError';
  }
}
