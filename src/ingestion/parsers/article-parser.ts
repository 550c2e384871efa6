import { err, ok, type Result } from '../../domain/shared/result.js';
import { type DocumentParseError, parseError } from './document-parse-error.js';
import { checkDocumentText } from './text-checks.js';
import { lineRanges, type TextSpan, trimmedSpan } from './text-span.js';

/** Picture credit and caption scraped along with the text: metadata, not body. */
export interface ArticleCaption {
  /** Who holds the copyright (`AFP`), when given. */
  readonly credit: string | null;
  /** The caption itself; empty when only a credit is given. */
  readonly text: string;
  /** The whole noise, `Image copyright ... Image caption ...`, in the original text. */
  readonly span: TextSpan;
}

export interface ParsedArticle {
  /** `YYYY-MM-DD` from a leading `date` header; null without one (never "today"). */
  readonly publishedAt: string | null;
  readonly dateHeader: TextSpan | null;
  /** The first sentence of the body, or null when no short first sentence can be found. */
  readonly title: string | null;
  readonly captions: readonly ArticleCaption[];
  /** The body, one span per non-blank line once the header and captions are cut out. */
  readonly paragraphs: readonly TextSpan[];
  /** The paragraphs joined by blank lines: for reading, not for offsets. */
  readonly body: string;
}

const DATE_HEADER = /^[ \t\ufeff]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)/i;
const CAPTION_START = /Image (?:copyright|caption)\b/;
const CREDIT_AND_CAPTION = /^Image copyright\s+(.*?)\s+Image caption\b\s*(.*)$/s;
const CAPTION_ONLY = /^Image caption\b\s*(.*)$/s;
const CREDIT_ONLY = /^Image copyright\b\s*(.*)$/s;
const MAX_TITLE_LENGTH = 300;
// Words after which a full stop does not end a sentence.
const ABBREVIATION = /(?:^|[\s.])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|[A-Z])\.$/;

function readDateHeader(text: string): { span: TextSpan; date: string } | null {
  const match = DATE_HEADER.exec(text);
  if (!match) return null;
  const date = match[1]!;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  return { span: trimmedSpan(text, 0, match[0].length)!, date };
}

function readCaption(text: string, start: number, end: number): ArticleCaption {
  const span = trimmedSpan(text, start, end)!;
  const both = CREDIT_AND_CAPTION.exec(span.text);
  if (both) return { credit: both[1]!.trim() || null, text: both[2]!.trim(), span };
  const caption = CAPTION_ONLY.exec(span.text);
  if (caption) return { credit: null, text: caption[1]!.trim(), span };
  return { credit: CREDIT_ONLY.exec(span.text)![1]!.trim() || null, text: '', span };
}

/** The first sentence of a paragraph: ends at . ! or ? (and closing quotes) before a capital, or at its end. */
export function firstSentence(paragraph: string): string | null {
  const ends = /[.!?]["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\d]|\s*$)/gu;
  for (let match = ends.exec(paragraph); match !== null; match = ends.exec(paragraph)) {
    const end = match.index + match[0].length;
    if (end > MAX_TITLE_LENGTH) return null;
    if (!ABBREVIATION.test(paragraph.slice(0, match.index + 1))) return paragraph.slice(0, end);
  }
  return paragraph.length <= MAX_TITLE_LENGTH ? paragraph : null;
}

/**
 * Reads a plain-text article. Offsets always point into `text` as given: the header and the
 * captions are listed as spans and the body as paragraphs, none of them rewritten.
 */
export function parseArticle(text: string): Result<ParsedArticle, DocumentParseError> {
  const checked = checkDocumentText(text);
  if (!checked.ok) return err(checked.error);

  const header = readDateHeader(text);
  const bodyStart = header?.span.end ?? 0;
  const captions: ArticleCaption[] = [];
  const paragraphs: TextSpan[] = [];
  for (const line of lineRanges(text)) {
    if (line.end <= bodyStart) continue;
    const start = Math.max(line.start, bodyStart);
    const captionAt = text.slice(start, line.end).search(CAPTION_START);
    const bodyEnd = captionAt === -1 ? line.end : start + captionAt;
    if (captionAt !== -1) captions.push(readCaption(text, bodyEnd, line.end));
    const paragraph = trimmedSpan(text, start, bodyEnd);
    if (paragraph !== null) paragraphs.push(paragraph);
  }
  if (paragraphs.length === 0) {
    return err(parseError('NO_TEXT', 'The article has no body besides its header and captions'));
  }

  return ok({
    publishedAt: header?.date ?? null,
    dateHeader: header?.span ?? null,
    title: firstSentence(paragraphs[0]!.text),
    captions,
    paragraphs,
    body: paragraphs.map((p) => p.text).join('\n\n'),
  });
}
