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

const isWordChar = (char: string | undefined): boolean => char !== undefined && /\w/.test(char);

/** Whether `word` stands at `at` in `text` and ends on a word boundary there (`word\b`). */
export const wordAt = (text: string, word: string, at: number): boolean => text.startsWith(word, at) && !isWordChar(text[at + word.length]);

/** The first `word\b` at or after `from`, or -1: a scan instead of a pattern that could backtrack. */
export function indexOfWord(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + 1)) if (wordAt(text, word, at)) return at;
  return -1;
}
