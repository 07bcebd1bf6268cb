/**
 * How much room a text takes in a cell, estimated from Arial's widths by kind of character (in
 * em: capitals 0.72, m and w 0.89, narrow marks 0.3, the rest 0.556; bold, the wider case). Good
 * enough to size a column or a row for a label, not to lay text out.
 */

/** A cell's padding, left and right together, in pixels. */
export const CELL_PADDING_PX = 7;

/** Width in pixels of `text` at `fontPx` (9 pt = 12 px, 10 pt ≈ 13.3 px). */
export function textPx(text: string, fontPx = 12): number {
  let em = 0;
  for (const ch of text) em += /[mwMW]/.test(ch) ? 0.89 : /[A-Z]/.test(ch) ? 0.72 : /[il.,:;'!|()\- ]/.test(ch) ? 0.3 : 0.556;
  return em * fontPx;
}

/**
 * Lines `text` takes wrapped in a column `columnPx` wide, as Sheets wraps it: at spaces and
 * after hyphens, each line break in the text starting a line.
 */
export function wrappedLines(text: string, columnPx: number, fontPx = 12): number {
  const room = columnPx - CELL_PADDING_PX, space = textPx(' ', fontPx);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    const words = wordsOf(paragraph);
    let used = 0, hyphen = false;
    lines++;
    for (const word of words) {
      // A space before the word, unless the line breaks there or the word before ended in a hyphen.
      const w = textPx(word, fontPx), gap = used > 0 && !hyphen ? space : 0;
      if (used > 0 && used + gap + w > room) { lines++; used = w; }
      else used += gap + w;
      hyphen = word.endsWith('-');
    }
  }
  return lines;
}

/** Width in pixels of the widest word of `text`: less room than that, and Sheets cuts a word in two. */
export function widestWordPx(text: string, fontPx = 12): number {
  return Math.max(0, ...wordsOf(text).map((w) => textPx(w, fontPx)));
}

/** The pieces Sheets may break a line between: words, and the parts of a word after each hyphen. */
function wordsOf(text: string): string[] {
  return text.split(/(?<=-)|\s+/).filter((w) => w !== '');
}
