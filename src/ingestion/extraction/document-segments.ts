import type { DocumentKind } from '../../domain/documents/document-events.js';
import { readArticleHeader } from '../parsers/article-parser.js';
import { parseCurrentEventsEntry } from '../parsers/current-events-entry-parser.js';
import { detectDocumentKind } from '../parsers/document-kind.js';
import { indexOfWord, lineRanges } from '../parsers/text-span.js';
import { referenceDay } from './dates/calendar.js';
import type { TextSegment } from './extracted-fact.js';
import { endsMidSentence } from './text/sentences.js';

const CREDIT = 'Image copyright';
const CAPTION = 'Image caption';
const CREDIT_ONLY = /Image copyright\b/;
const LINE_TERMINATOR = /[\r\u2028\u2029]/;

/**
 * Where a caption starts in a line and where its own words start: at a credit followed by a
 * caption, else at the caption. Scanned with indexOf: a lazy `credit.*?caption` retried from
 * every repeated credit is quadratic in the line.
 */
function captionIn(line: string): { readonly index: number; readonly textStart: number } | null {
  const caption = indexOfWord(line, CAPTION);
  if (caption === -1) return null;
  let regionStart = caption;
  while (regionStart > 0 && !LINE_TERMINATOR.test(line[regionStart - 1]!)) regionStart--;
  const credit = indexOfWord(line, CREDIT, regionStart);
  let textStart = caption + CAPTION.length;
  while (line[textStart] === ' ' || line[textStart] === '\t') textStart++;
  return { index: credit !== -1 && credit < caption ? credit : caption, textStart };
}

/**
 * A current-events entry: only its own headline and summary, dated by the entry, at the
 * positions the entry parser found them. Related entries are other pages of other dates,
 * Sources name outlets and Changes repeat the headline's versions: none of them is read.
 */
function entrySegments(text: string): TextSegment[] {
  const entry = parseCurrentEventsEntry(text);
  if (!entry.ok) return [];
  const { date, spans } = entry.value;
  return [spans.headline, ...spans.summary].map((span) => ({
    start: span.start,
    end: span.end,
    referenceDate: date,
    eventsOnReferenceDate: true,
    continuesPrevious: true,
  }));
}

/** A short line without closing punctuation is a heading ("The US position"): what follows starts afresh. */
const isHeading = (text: string): boolean => !/[.!?"”’:]\s*$/.test(text) && text.trim().split(/\s+/).length <= 8;

/**
 * An article: one segment per line, dated by the publication date or else by a leading
 * `date YYYY-MM-DD` header. Picture credits are skipped; a caption's own words are read
 * ("Russia is seizing this US diplomatic warehouse in Moscow") but refer to nothing around it.
 */
function articleSegments(text: string, publishedAt: string | null): TextSegment[] {
  const header = readArticleHeader(text);
  const reference = referenceDay(publishedAt) ?? referenceDay(header?.publishedAt ?? null);
  const bodyStart = header?.span.end ?? 0;
  const segments: TextSegment[] = [];
  let afterHeading = true;
  for (const line of lineRanges(text)) {
    if (line.end <= bodyStart) continue;
    const from = Math.max(line.start, bodyStart);
    const body = text.slice(from, line.end);
    if (body.trim() === '') continue;
    const caption = captionIn(body);
    if (caption !== null) {
      const before = body.slice(0, caption.index);
      if (before.trim() !== '') segments.push({ start: from, end: from + caption.index, referenceDate: reference, eventsOnReferenceDate: false, continuesPrevious: !afterHeading });
      segments.push({ start: from + caption.textStart, end: line.end, referenceDate: reference, eventsOnReferenceDate: false, continuesPrevious: false });
      afterHeading = false;
      continue;
    }
    if (CREDIT_ONLY.test(body)) continue;
    const last = segments.at(-1);
    if (last !== undefined && last.end === line.start - 1 && endsMidSentence(text.slice(last.start, last.end))) {
      segments[segments.length - 1] = { ...last, end: line.end };
      continue;
    }
    const heading = isHeading(body);
    segments.push({ start: from, end: line.end, referenceDate: reference, eventsOnReferenceDate: false, continuesPrevious: !afterHeading && !heading });
    afterHeading = heading;
  }
  return segments;
}

/** The segments to read in a document and the dates each is read against. */
export function documentSegments(text: string, publishedAt: string | null, kind?: DocumentKind): TextSegment[] {
  const detected = kind ?? detectDocumentKind(text);
  const isEntry = typeof detected === 'string' ? detected === 'current-events-entry' : detected.ok && detected.value === 'current-events-entry';
  return isEntry ? entrySegments(text) : articleSegments(text, publishedAt);
}
