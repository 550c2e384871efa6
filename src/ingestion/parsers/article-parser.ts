import { err, ok, type Result } from '../../domain/shared/result.js';
import { type DocumentParseError, parseError } from './document-parse-error.js';
import { checkDocumentText, MAX_TEXT_LENGTH, textTooLong } from './text-checks.js';
import { indexOfWord, lineRanges, type TextSpan, trimmedSpan, wordAt } from './text-span.js';

/** Picture credit and caption scraped along with the text: metadata, not body. */
export interface ArticleCaption {
  /** Who holds the copyright (`AFP`), when given. */
  readonly credit: string | null;
  /** The caption itself; empty when only a credit is given. */
  readonly text: string;
  /** The whole noise, `Image copyright ... Image caption ...`, in the original text. */
  readonly span: TextSpan;
}

/** What leading header lines (`url:`, `date:`/`published:`, `title:`, `publisher:`) say. */
export interface ArticleHeader {
  /** All the header lines; the body starts after it. */
  readonly span: TextSpan;
  /** `YYYY-MM-DD`, or an ISO 8601 UTC time when the header gives one. */
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
}

export interface ParsedArticle {
  /** From a leading `date`/`published` header; null without one (never "today"). */
  readonly publishedAt: string | null;
  readonly header: ArticleHeader | null;
  /** A `title:` header, else the first sentence of the body, or null when no short first sentence can be found. */
  readonly title: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly captions: readonly ArticleCaption[];
  /** The body, one span per non-blank line once the header and captions are cut out. */
  readonly paragraphs: readonly TextSpan[];
  /** The paragraphs joined by blank lines: for reading, not for offsets. */
  readonly body: string;
}

// `date 2017-07-30 Body...` (the date may share its line with the body) or `date: ...` lines.
const DATE_HEADER = /^[ \t\ufeff]*(?:date|published(?:At)?):?[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)/i;
const FIELD_HEADER = /^[ \t\ufeff]*(url|title|publisher):[ \t]*(\S.*)$/i;
const CAPTION_START = /Image (?:copyright|caption)\b/;
const CREDIT = 'Image copyright';
const CAPTION = 'Image caption';
const MAX_TITLE_LENGTH = 300;
// Words after which a full stop does not end a sentence.
const ABBREVIATION = /(?:^|[\s.])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|[A-Z])\.$/;

/** `YYYY-MM-DD` as given, a time as ISO 8601 UTC; null when it is not a real day or time. */
export function publicationTime(value: string): string | null {
  const day = value.slice(0, 10);
  const parsedDay = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(parsedDay.getTime()) || parsedDay.toISOString().slice(0, 10) !== day) return null;
  if (value.length === 10) return day;
  const time = new Date(/z|[+-]\d{2}:?\d{2}$/i.test(value) ? value.replace(' ', 'T') : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/**
 * Header lines at the very start, in any order: `url:`, `title:`, `publisher:` (colon
 * required: "Title IX ..." is a sentence) and `date`/`published` (colon optional, and the body
 * may go on after the date on the same line). The header ends at the first other line.
 */
export function readArticleHeader(text: string): ArticleHeader | null {
  const fields: { publishedAt: string | null; url: string | null; title: string | null; publisher: string | null } = {
    publishedAt: null,
    url: null,
    title: null,
    publisher: null,
  };
  let end = 0;
  for (const line of lineRanges(text)) {
    if (line.start < end) continue;
    const rest = text.slice(line.start, line.end);
    if (rest.trim() === '') continue;
    const date = DATE_HEADER.exec(rest);
    const field = date === null ? FIELD_HEADER.exec(rest) : null;
    if (date !== null && fields.publishedAt === null && publicationTime(date[1]!) !== null) {
      fields.publishedAt = publicationTime(date[1]!);
      end = line.start + date[0].length;
      if (rest.slice(date[0].length).trim() !== '') break;
    } else if (field !== null && fields[field[1]!.toLowerCase() as 'url' | 'title' | 'publisher'] === null) {
      fields[field[1]!.toLowerCase() as 'url' | 'title' | 'publisher'] = field[2]!.trim();
      end = line.end;
    } else {
      break;
    }
  }
  const span = trimmedSpan(text, 0, end);
  return span === null ? null : { span, ...fields };
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/**
 * `Image copyright <credit> Image caption <text>`, `Image caption <text>` or `Image copyright
 * <credit>`. Scanned with indexOf rather than a pattern: a lazy credit between two runs of
 * spaces backtracks quadratically on a line of repeated credits.
 */
function readCaption(text: string, start: number, end: number): ArticleCaption {
  const span = trimmedSpan(text, start, end)!;
  const line = span.text;
  if (line.startsWith(CREDIT) && isSpace(line[CREDIT.length])) {
    // The first caption after the credit, with a space before it that is not the credit's own.
    for (let at = indexOfWord(line, CAPTION, CREDIT.length + 2); at !== -1; at = indexOfWord(line, CAPTION, at + 1)) {
      if (isSpace(line[at - 1])) {
        return { credit: line.slice(CREDIT.length, at).trim() || null, text: line.slice(at + CAPTION.length).trim(), span };
      }
    }
  }
  if (wordAt(line, CAPTION, 0)) return { credit: null, text: line.slice(CAPTION.length).trim(), span };
  return { credit: line.slice(CREDIT.length).trim() || null, text: '', span };
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
  if (text.length > MAX_TEXT_LENGTH) return err(textTooLong(text.length));

  const header = readArticleHeader(text);
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
    publishedAt: header?.publishedAt ?? null,
    header,
    title: header?.title ?? firstSentence(paragraphs[0]!.text),
    url: header?.url ?? null,
    publisher: header?.publisher ?? null,
    captions,
    paragraphs,
    body: paragraphs.map((p) => p.text).join('\n\n'),
  });
}
