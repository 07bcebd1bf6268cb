/**
 * Executions: each call the loader makes into the add-on (a custom function, onOpen, a menu
 * item, a trigger, a google.script.run call) is one Apps Script execution with its own id.
 * Locks are held per execution and released when it ends, as in Apps Script.
 */
export class Executions {
  private counter = 0;
  private readonly endHooks: ((id: string) => void)[] = [];
  /** Executions interrupted by the one in progress (see begin). */
  private readonly interrupted: string[] = [];
  /** Id of the execution in progress ('host' between executions: tests calling services directly). */
  current = 'host';

  /**
   * A new execution. Begun while another is in progress (a test firing a second trigger from
   * inside the first, to run two executions "at once"), it is a separate execution — its own
   * locks — and the first one resumes when it ends.
   */
  begin(): string {
    this.interrupted.push(this.current);
    this.current = `exec-${++this.counter}`;
    return this.current;
  }

  end(id: string): void {
    for (const hook of this.endHooks) hook(id);
    this.current = this.interrupted.pop() ?? 'host';
  }

  onEnd(hook: (id: string) => void): void {
    this.endHooks.push(hook);
  }
}
