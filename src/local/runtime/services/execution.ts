/**
 * Executions: each call the loader makes into the add-on (a custom function, onOpen, a menu
 * item, a trigger, a google.script.run call) is one Apps Script execution with its own id.
 * Locks are held per execution and released when it ends, as in Apps Script.
 */
export class Executions {
  private counter = 0;
  private readonly endHooks: ((id: string) => void)[] = [];
  /** Id of the execution in progress ('host' between executions: tests calling services directly). */
  current = 'host';

  begin(): string {
    this.current = `exec-${++this.counter}`;
    return this.current;
  }

  end(id: string): void {
    for (const hook of this.endHooks) hook(id);
    this.current = 'host';
  }

  onEnd(hook: (id: string) => void): void {
    this.endHooks.push(hook);
  }
}
