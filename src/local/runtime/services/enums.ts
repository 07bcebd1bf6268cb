/**
 * Apps Script enums are Java enums seen from JS: each value is an object whose `toString()` and
 * JSON form are its name (`String(ScriptApp.AuthMode.FULL) === 'FULL'`), compared by identity
 * (`e.authMode == ScriptApp.AuthMode.NONE`). `@types/google-apps-script` declares them as
 * ambient TS enums, which have no runtime value, so each is built here and cast to the
 * declared type.
 */
export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export type EnumObject<K extends string> = { readonly [P in K]: EnumValue };

export function makeEnum<K extends string>(names: readonly K[]): EnumObject<K> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    out[n] = Object.freeze({ name: () => n, ordinal: () => i, toString: () => n, toJSON: () => n });
  });
  return Object.freeze(out);
}

/** The name of an enum value made by makeEnum (or a plain string naming one), else undefined. */
export function enumName(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as EnumValue).name === 'function') return (v as EnumValue).name();
  return undefined;
}

/** True when `v` is a value of `e` (identity, as Apps Script compares). */
export function isMember(e: EnumObject<string>, v: unknown): v is EnumValue {
  return Object.values(e).includes(v as EnumValue);
}

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
