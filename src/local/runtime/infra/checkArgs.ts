/**
 * Apps Script checks each call's arguments against the method's overloads and throws
 * "The parameters (String,Number) don't match the method signature for
 * SpreadsheetApp.Range.setValues." — this reproduces that check and message.
 *
 * A signature is a list of parameter types; a trailing `?` marks an optional parameter:
 *   checkArgs('SpreadsheetApp.Sheet.getRange', args, [['Integer', 'Integer', 'Integer?', 'Integer?'], ['String']])
 */
export type ArgType =
  | 'String' | 'Number' | 'Integer' | 'Boolean' | 'Object' | 'Date' | 'Function'
  | 'Object[]' | 'Object[][]' | 'String[]' | 'String[][]' | 'Any';

export function checkArgs(method: string, args: readonly unknown[], signatures: readonly (readonly string[])[], makeError: (m: string) => Error = (m) => new Error(m)): void {
  for (const sig of signatures) if (matches(sig, args)) return;
  throw makeError(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);
}

function matches(sig: readonly string[], args: readonly unknown[]): boolean {
  // Trailing undefined arguments count as omitted, as in Apps Script.
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const required = sig.filter((t) => !t.endsWith('?')).length;
  if (n < required || n > sig.length) return false;
  for (let i = 0; i < n; i++) if (!fits(sig[i].replace(/\?$/, '') as ArgType, args[i])) return false;
  return true;
}

function fits(type: ArgType, v: unknown): boolean {
  switch (type) {
    case 'Any': return true;
    case 'String': return typeof v === 'string';
    case 'Number': return typeof v === 'number';
    case 'Integer': return typeof v === 'number' && Number.isInteger(v);
    case 'Boolean': return typeof v === 'boolean';
    case 'Date': return isDate(v);
    case 'Function': return typeof v === 'function';
    case 'Object': return v !== null && v !== undefined;
    case 'Object[]': return Array.isArray(v);
    case 'String[]': return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'Object[][]': return Array.isArray(v) && v.every((r) => Array.isArray(r));
    case 'String[][]': return Array.isArray(v) && v.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'string'));
  }
}

/** Google's names for argument types in that message: (String,Number), (number[]), (null). */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDate(v)) return 'Date';
  if (Array.isArray(v)) return Array.isArray(v[0]) ? 'number[][]'.replace('number', elemName(v[0][0])) : `${elemName(v[0])}[]`;
  return 'Object';
}

function elemName(v: unknown): string {
  return typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : 'Object';
}

/** Works across node:vm realms, where `instanceof Date` does not. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
