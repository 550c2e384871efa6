import { sha256Hex } from '../shared/sha-digests.js';

/** Letters and digits only, lowercased: reprints differ in quotes, dashes, spacing and case. */
const normalized = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The paragraph (text between blank lines) that holds `start..end`. */
function paragraphAround(text: string, start: number, end: number): string {
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  return text.slice(before === -1 ? 0 : before + 2, after === -1 ? text.length : after);
}

/**
 * Which origin a report's words come from, for counting independent sources. All revisions of a
 * current-events page are one story, so one origin. An article's origin is its normalized
 * paragraph: a wire text republished by several outlets carries the same paragraph under other
 * headlines and footers, while outlets writing on their own word it differently.
 */
export function sourceKeyOf(text: string, quote: { start: number; end: number }, storyId: string | null): string {
  if (storyId !== null) return `story:${storyId}`;
  return `text:${sha256Hex(normalized(paragraphAround(text, quote.start, quote.end))).slice(0, 32)}`;
}
