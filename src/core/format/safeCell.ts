/**
 * Text written into a generated cell must stay text: Sheets turns a string starting with `=`
 * (and, on paste/import, `+`, `-`, `@`) into a formula. A leading apostrophe makes Sheets keep
 * it as text and is not displayed.
 */
export function safeText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
