import { isCalendarDay, referenceDay } from './dates/calendar.js';
import type { TextSegment } from './extracted-fact.js';

const ENTRY_DATE = /^[ \t]*#{1,6}[ \t]*\[[ \t]*(\d{4})-(\d{1,2})-(\d{1,2})[ \t]*\]/;
const HEADLINE = /^([ \t]*#(?!#)[ \t]*)(.*\S)[ \t]*$/;
const SECTION = /^[ \t]*#{2,6}[ \t]*([A-Za-z][A-Za-z ]*?)[ \t]*:?[ \t]*$/;
const RELATED_LINK = /^([ \t]*\d+\.[ \t]*\[)([^\]]*)\]\((?:[^)]*?\/)?(\d{4})\/(\d{1,2})\/(\d{1,2})\//;
const DATE_HEADER = /^[ \t\ufeff]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)/i;
const CAPTION = /Image (?:copyright\b.*?Image caption|caption)\b[ \t]*/;
const CREDIT_ONLY = /Image copyright\b/;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const trimmedEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: trimmedEnd, text: text.slice(start, trimmedEnd) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

const day = (y: string, m: string, d: string): string | null => {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDay(iso) ? iso : null;
};

/**
 * A current-events entry: the headline and summary dated by the entry, each related entry's
 * headline by the date in its path. Sources name outlets and Changes repeat the headline's
 * versions, so neither is read.
 */
function entrySegments(lines: readonly Line[], entryDate: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let section: string | null = null;
  for (const line of lines.slice(1)) {
    if (line.text.trim() === '') continue;
    const heading = SECTION.exec(line.text);
    if (heading !== null) {
      section = heading[1]!.toLowerCase();
      continue;
    }
    if (section === null) {
      const headline = HEADLINE.exec(line.text);
      const from = line.start + (headline === null ? 0 : headline[1]!.length);
      segments.push({ start: from, end: line.end, referenceDate: entryDate, eventsOnReferenceDate: true, continuesPrevious: true });
    } else if (section === 'related') {
      const link = RELATED_LINK.exec(line.text);
      if (link === null) continue;
      const from = line.start + link[1]!.length;
      segments.push({ start: from, end: from + link[2]!.length, referenceDate: day(link[3]!, link[4]!, link[5]!), eventsOnReferenceDate: true, continuesPrevious: false });
    }
  }
  return segments;
}

/** A short line without closing punctuation is a heading ("The US position"): what follows starts afresh. */
const isHeading = (text: string): boolean => !/[.!?"”’:]\s*$/.test(text) && text.trim().split(/\s+/).length <= 8;

/**
 * An article: one segment per line, dated by the publication date or else by a leading
 * `date YYYY-MM-DD` header. Picture credits are skipped; a caption's own words are read
 * ("Russia is seizing this US diplomatic warehouse in Moscow") but refer to nothing around it.
 */
function articleSegments(text: string, lines: readonly Line[], publishedAt: string | null): TextSegment[] {
  const header = DATE_HEADER.exec(text);
  const reference = referenceDay(publishedAt) ?? (header !== null && isCalendarDay(header[1]!) ? header[1]! : null);
  const bodyStart = header === null ? 0 : header.index + header[0].length;
  const segments: TextSegment[] = [];
  let afterHeading = true;
  for (const line of lines) {
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
export function documentSegments(text: string, publishedAt: string | null): TextSegment[] {
  const lines = linesOf(text);
  const first = lines.find((l) => l.text.trim() !== '');
  const entry = first === undefined ? null : ENTRY_DATE.exec(first.text);
  const entryDate = entry === null ? null : day(entry[1]!, entry[2]!, entry[3]!);
  if (entryDate !== null) return entrySegments(lines.slice(lines.indexOf(first!)), entryDate);
  return articleSegments(text, lines, publishedAt);
}
