/** Thrown when the add-on reaches a member of a Google class that the local runtime lacks. */
export class NotImplementedError extends Error {
  constructor(member: string) {
    super(`${member} is not implemented by the local runtime`);
    this.name = 'NotImplementedError';
  }
}
