import { err, ok, type Result } from '../../domain/shared/result.js';
import { type DocumentParseError, parseError } from './document-parse-error.js';

/** A submitted document, a saved HTML page included: the request body limit (1 MiB) in characters. */
export const MAX_DOCUMENT_LENGTH = 1_000_000;

/**
 * The text that is stored and read for facts: an article's text, a JSON `text`, an entry, the
 * readable text of a page. Far above any news text (the seeds are 2 to 4 KB, long features
 * 30 KB), and what extraction reads within about 100 ms (`npm run bench:worst-case`).
 */
export const MAX_TEXT_LENGTH = 100_000;

/**
 * Element nesting of a saved HTML page. Real pages nest 15 to 40 deep; Readability walks the
 * tree recursively, and a page nested thousands deep overflows its stack.
 */
export const MAX_HTML_DEPTH = 64;

/**
 * Elements of a saved HTML page. Readability's time grows with them (about 0.1-0.2 ms each on a
 * busy 2-core machine); past this a page would hold the request's thread for a second.
 */
export const MAX_HTML_ELEMENTS = 5_000;

/**
 * Text of a saved HTML page around its article (scripts and styles left out). Readability's
 * time grows with this text times the depth it is nested in: about 0.6 s per 100,000
 * characters nested 61 deep on a busy 2-core machine, so a 1 MB page of text held the thread
 * for 5 s. Twice the text that is read leaves room for a page's navigation and comments.
 */
export const MAX_PAGE_TEXT_LENGTH = 2 * MAX_TEXT_LENGTH;

/**
 * A page's text times the `<div>`s it sits in, once chains of bare wrappers are folded
 * (html-wrappers.ts): Readability reads the text under every `<div>` again. A long feature
 * (30,000 characters) nested 30 deep is 900,000; this bound keeps Readability near 0.2 s.
 */
export const MAX_TEXT_TIMES_DIV_DEPTH = 20 * MAX_TEXT_LENGTH;

export const textTooLong = (length: number): DocumentParseError =>
  parseError('DOCUMENT_TOO_LARGE', `${length} characters of text; at most ${MAX_TEXT_LENGTH} are read`);

/**
 * A real entry lists a handful of sources and related entries; thousands of list items are not a
 * news document, and every item would become an event of its story.
 */
export const MAX_LIST_ITEMS = 1000;

// A Markdown list item's marker at the start of a line: `1.`, `2)`, `-`, `*` or `+`.
const LIST_ITEM = /^[ \t]{0,3}(?:\d{1,9}[.)]|[-*+])[ \t]/gm;

const REPLACEMENT_CHARACTER = '\ufffd';

// Control characters other than tab, line feed, form feed and carriage return: text has none.
const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;

function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return i;
  return -1;
}

/** Checks every parser runs first: the text is there, of sane size, and is text. */
export function checkDocumentText(text: string): Result<string, DocumentParseError> {
  if (text.length > MAX_DOCUMENT_LENGTH) {
    const message = `${text.length} characters; at most ${MAX_DOCUMENT_LENGTH} are accepted`;
    return err(parseError('DOCUMENT_TOO_LARGE', message));
  }
  if (text.trim().length === 0) return err(parseError('EMPTY_DOCUMENT', 'The document has no text'));
  const control = firstControlCharacter(text);
  if (control !== -1) {
    return err(parseError('BINARY_CONTENT', 'The document contains NUL or other control bytes', lineAt(text, control)));
  }
  const replacement = text.indexOf(REPLACEMENT_CHARACTER);
  if (replacement !== -1) {
    const message = 'The document contains U+FFFD: it was not valid UTF-8';
    return err(parseError('INVALID_ENCODING', message, lineAt(text, replacement)));
  }
  let items = 0;
  for (LIST_ITEM.lastIndex = 0; LIST_ITEM.exec(text) !== null; ) {
    if (++items > MAX_LIST_ITEMS) {
      return err(parseError('TOO_MANY_ITEMS', `More than ${MAX_LIST_ITEMS} list items; a news document has far fewer`));
    }
  }
  if (!/\p{L}/u.test(text)) return err(parseError('NO_TEXT', 'The document contains no letters'));
  return ok(text);
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;
