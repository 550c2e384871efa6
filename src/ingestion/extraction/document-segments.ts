import type { DocumentKind } from '../../domain/documents/document-events.js';
import { readArticleHeader } from '../parsers/article-parser.js';
import { parseCurrentEventsEntry } from '../parsers/current-events-entry-parser.js';
import { detectDocumentKind } from '../parsers/document-kind.js';
import { lineRanges } from '../parsers/text-span.js';
import { referenceDay } from './dates/calendar.js';
import type { TextSegment } from './extracted-fact.js';

const CAPTION = /Image (?:copyright\b.*?Image caption|caption)\b[ \t]*/;
const CREDIT_ONLY = /Image copyright\b/;

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
    const caption = CAPTION.exec(body);
    if (caption !== null) {
      const before = body.slice(0, caption.index);
      if (before.trim() !== '') segments.push({ start: from, end: from + caption.index, referenceDate: reference, eventsOnReferenceDate: false, continuesPrevious: !afterHeading });
      segments.push({ start: from + caption.index + caption[0].length, end: line.end, referenceDate: reference, eventsOnReferenceDate: false, continuesPrevious: false });
      afterHeading = false;
      continue;
    }
    if (CREDIT_ONLY.test(body)) continue;
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
