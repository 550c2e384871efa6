import type { DocumentKind } from '../../domain/documents/document-events.js';
import { err, ok, type Result } from '../../domain/shared/result.js';
import type { DocumentParseError } from './document-parse-error.js';
import { checkDocumentText, MAX_TEXT_LENGTH, textTooLong } from './text-checks.js';

/** How a document was submitted: an entry, or an article as plain text, a JSON document or a saved HTML page. */
export type DocumentFormat = 'current-events-entry' | 'text' | 'json' | 'html';

// Only the opening of the text is looked at, so detection costs the same for any size.
const OPENING_LENGTH = 4096;
const ENTRY_DATE_HEADING = /^[ \t]*#{1,6}[ \t]*\[[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]*\]/;
// The mirror's list of the page's other formats: one `Formats: [HTML](…) …` line, or (another
// era of the mirror) a `### Formats:` heading over a bullet list of the same links.
const FORMATS_LINE = /^[ \t]*(?:#{1,6}[ \t]*)?Formats:/i;
const LIST_ITEM = /^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]/;
const HTML_START = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype[ \t\r\n]+html|html|head|body)\b/i;

/**
 * A current-events entry opens with its dated heading, `### [2017-07-30](/news/...)`, after at
 * most the mirror's `Formats:` line or `### Formats:` list; a saved page opens with `<!DOCTYPE html>`, `<html>`,
 * `<head>` or `<body>`; a JSON document is one object. Anything else that is text is a
 * plain-text article.
 */
export function detectDocumentFormat(text: string): Result<DocumentFormat, DocumentParseError> {
  const checked = checkDocumentText(text);
  if (!checked.ok) return err(checked.error);
  const opening = text.slice(0, OPENING_LENGTH).replace(/^\ufeff/, '').trimStart();
  if (opening.startsWith('{') && text.trimEnd().endsWith('}')) return text.length > MAX_TEXT_LENGTH ? err(textTooLong(text.length)) : ok('json');
  if (HTML_START.test(opening)) return ok('html');
  // A page is cut down to its readable text by its parser; every other format is read as sent.
  if (text.length > MAX_TEXT_LENGTH) return err(textTooLong(text.length));
  const lines = opening.split('\n').filter((line) => line.trim().length > 0);
  let at = 0;
  if (lines[0] !== undefined && FORMATS_LINE.test(lines[0])) {
    for (at = 1; lines[at] !== undefined && LIST_ITEM.test(lines[at]!); at++);
  }
  const dated = lines[at] !== undefined && ENTRY_DATE_HEADING.test(lines[at]!);
  return ok(dated ? 'current-events-entry' : 'text');
}

export const kindOfFormat = (format: DocumentFormat): DocumentKind =>
  format === 'current-events-entry' ? 'current-events-entry' : 'article';

export function detectDocumentKind(text: string): Result<DocumentKind, DocumentParseError> {
  const format = detectDocumentFormat(text);
  return format.ok ? ok(kindOfFormat(format.value)) : format;
}
