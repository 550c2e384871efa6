import type { DocumentKind } from '../../domain/documents/document-events.js';
import { err, ok, type Result } from '../../domain/shared/result.js';
import type { DocumentParseError } from './document-parse-error.js';
import { checkDocumentText } from './text-checks.js';

// A current-events entry opens with its dated heading, `### [2017-07-30](/news/...)`, or at
// least carries one of its sections; anything else that is text is read as an article.
const ENTRY_DATE_HEADING = /^\s*#{1,6}[ \t]*\[[ \t]*\d{4}-\d{1,2}-\d{1,2}[ \t]*\]/;
const ENTRY_SECTION = /^[ \t]*#{2,6}[ \t]*(?:Sources?|Related|Changes)[ \t]*:?[ \t]*$/im;

export function detectDocumentKind(text: string): Result<DocumentKind, DocumentParseError> {
  const checked = checkDocumentText(text);
  if (!checked.ok) return err(checked.error);
  return ok(ENTRY_DATE_HEADING.test(text) || ENTRY_SECTION.test(text) ? 'current-events-entry' : 'article');
}
