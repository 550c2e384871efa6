/** A numbered markdown list line holding a link: `2. [title ](path) tail`. */
export interface ListLink {
  readonly title: string;
  readonly target: string;
  /** What follows the link, trimmed: `_Context: ..._`, `_2017-08-02 07:30:05 (Update)_`, or ''. */
  readonly tail: string;
}

const LIST_MARKER = /^[ \t]*\d+[.)][ \t]+\[/;

/**
 * Reads one list line, or null when it is not one. The list's own numbers are ignored (the
 * seed numbers `2.` twice): position in the list is what counts. Scans with indexOf rather
 * than one regex so a long hostile line cannot make matching quadratic.
 */
export function readListLink(line: string): ListLink | null {
  const marker = LIST_MARKER.exec(line);
  if (!marker) return null;
  const titleStart = marker[0].length;
  const close = line.lastIndexOf('](');
  if (close < titleStart) return null;
  const targetEnd = line.indexOf(')', close + 2);
  if (targetEnd === -1) return null;
  const title = line.slice(titleStart, close).trim();
  const target = line.slice(close + 2, targetEnd).trim();
  if (title.length === 0 || target.length === 0 || /\s/.test(target)) return null;
  return { title, target, tail: line.slice(targetEnd + 1).trim() };
}
