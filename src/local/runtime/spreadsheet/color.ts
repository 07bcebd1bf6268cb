/** Sheets stores colours as lowercase '#rrggbb': 'RED' → '#ff0000', '#ABC' → '#aabbcc'. */
const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', purple: '#800080', gray: '#808080', grey: '#808080', cyan: '#00ffff', magenta: '#ff00ff', lime: '#00ff00',
};

export function normalizeColor(c: string): string {
  const s = c.trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}
