/** A piece of a document with its UTF-16 offsets: `original.slice(start, end) === text`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The span of `text.slice(start, end)` without its surrounding whitespace, or null when blank. */
export function trimmedSpan(text: string, start: number, end: number): TextSpan | null {
  let [s, e] = [start, end];
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s === e ? null : { start: s, end: e, text: text.slice(s, e) };
}

/** Start and end offsets of every line, without its line break. */
export function lineRanges(text: string): readonly { readonly start: number; readonly end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    ranges.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (newline === -1) return ranges;
    start = newline + 1;
  }
}
