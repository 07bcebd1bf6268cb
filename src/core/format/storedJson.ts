/**
 * A value Pilote stored as JSON in the document's properties, or undefined when there is none or
 * it can't be read (a hand edit, a cut value): readers then fall back to their defaults.
 */
export function parseStoredJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
