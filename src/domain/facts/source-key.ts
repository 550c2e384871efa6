import { sha256Hex } from '../shared/sha-digests.js';

/** Letters and digits only, lowercased: reprints differ in quotes, dashes, spacing and case. */
const normalized = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The whole lines that hold `start..end`: a paragraph of running text, never a header line above it. */
function linesAround(text: string, start: number, end: number): string {
  const after = text.indexOf('\n', end);
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, after === -1 ? text.length : after);
}

/**
 * Which origin a report's words come from, for counting independent sources. All revisions of a
 * current-events page are one story, so one origin. An article's origin is the normalized
 * paragraph (line) the quote is in: a wire text republished by several outlets carries the same
 * paragraph under other headlines, dates and footers, while outlets writing on their own word it
 * differently.
 */
export function sourceKeyOf(text: string, quote: { start: number; end: number }, storyId: string | null): string {
  if (storyId !== null) return `story:${storyId}`;
  return `text:${sha256Hex(normalized(linesAround(text, quote.start, quote.end))).slice(0, 32)}`;
}
