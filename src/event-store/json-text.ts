/**
 * Event data and metadata arrive from the store as JSON text, and much of what reads them
 * only writes them out again as JSON (the envelope on REST, SSE and Kafka; a projection's copy
 * of the event). The parsed value keeps the text it came from, so that writing it out again
 * costs a lookup instead of a JSON.stringify. The text rides on a non-enumerable symbol
 * property: invisible to spreads, JSON.stringify and equality checks, and dropped by any copy,
 * which then serializes the copy itself. Values are never mutated once read (events are
 * immutable), so the text stays true to its object.
 */
const SOURCE_TEXT = Symbol('newsledger.jsonText');

/** JSON.parse, remembering the text on the object or array it returns. */
export function parseJsonKeepingText(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (typeof value === 'object' && value !== null) Object.defineProperty(value, SOURCE_TEXT, { value: text });
  return value;
}

/** The value as JSON: the text it was parsed from when it has one, else JSON.stringify. */
export function jsonTextOf(value: unknown): string {
  const source = typeof value === 'object' && value !== null ? (value as { [SOURCE_TEXT]?: string })[SOURCE_TEXT] : undefined;
  // JSON.stringify(undefined) is undefined, not text.
  return source ?? JSON.stringify(value) ?? 'null';
}
