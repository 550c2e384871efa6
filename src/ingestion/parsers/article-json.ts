import { decodeHTML } from 'entities';
import { err, ok, type Result } from '../../domain/shared/result.js';
import { type DocumentParseError, parseError } from './document-parse-error.js';
import { publicationTime } from './article-parser.js';

/** An article that came wrapped (JSON, HTML): its body text and what the wrapper says about it. */
export interface UnwrappedArticle {
  /** The text that is stored and quoted: every quote offset points into it. */
  readonly body: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  /** `YYYY-MM-DD` or ISO 8601 UTC; null when the wrapper does not say. */
  readonly publishedAt: string | null;
}

const FIELDS = ['text', 'url', 'publishedAt', 'title', 'publisher'] as const;

const malformed = (message: string): DocumentParseError => parseError('MALFORMED_JSON', message);

/** Entities decoded and whitespace collapsed: for titles and names, never for the body. */
export const cleanLabel = (value: string | null | undefined): string | null => {
  const cleaned = value === null || value === undefined ? '' : decodeHTML(value).replace(/\s+/g, ' ').trim();
  return cleaned.length > 0 ? cleaned : null;
};

/** `{ "text": ..., "url": ..., "publishedAt": ..., "title": ..., "publisher": ... }`; only `text` is required. */
export function readJsonArticle(json: string): Result<UnwrappedArticle, DocumentParseError> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return err(malformed(`The document looks like JSON but does not parse: ${(error as Error).message}`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return err(malformed('A JSON document must be one object'));
  const record = value as Record<string, unknown>;
  for (const field of FIELDS) {
    if (record[field] !== undefined && record[field] !== null && typeof record[field] !== 'string') {
      return err(malformed(`JSON field "${field}" must be a string`));
    }
  }
  const text = record.text as string | undefined;
  if (text === undefined || text.trim() === '') return err(malformed('A JSON document needs a non-empty "text" field holding the article'));
  const published = record.publishedAt as string | undefined;
  const publishedAt = published === undefined ? null : publicationTime(published.trim());
  if (published !== undefined && publishedAt === null) {
    return err(malformed(`JSON field "publishedAt" is not an ISO 8601 date or time: ${published.slice(0, 40)}`));
  }
  return ok({
    body: text,
    title: cleanLabel(record.title as string | undefined),
    url: cleanLabel(record.url as string | undefined),
    publisher: cleanLabel(record.publisher as string | undefined),
    publishedAt,
  });
}
