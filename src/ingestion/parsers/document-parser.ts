import { documentIdentity } from '../../domain/documents/document-identity.js';
import type { DocumentIngestedData } from '../../domain/documents/document-events.js';
import { err, ok, type Result } from '../../domain/shared/result.js';
import type { CurrentEventsEntry } from '../../domain/stories/current-events-entry.js';
import { type ParsedArticle, parseArticle } from './article-parser.js';
import { parseCurrentEventsEntry } from './current-events-entry-parser.js';
import type { DocumentParseError } from './document-parse-error.js';
import { detectDocumentKind } from './document-kind.js';

export type ParsedDocument =
  | { readonly kind: 'article'; readonly article: ParsedArticle }
  | { readonly kind: 'current-events-entry'; readonly entry: CurrentEventsEntry };

/** Detects what the text is and reads it as that. */
export function parseDocument(text: string): Result<ParsedDocument, DocumentParseError> {
  const kind = detectDocumentKind(text);
  if (!kind.ok) return kind;
  if (kind.value === 'article') {
    const article = parseArticle(text);
    return article.ok ? ok({ kind: 'article', article: article.value }) : err(article.error);
  }
  const entry = parseCurrentEventsEntry(text);
  return entry.ok ? ok({ kind: 'current-events-entry', entry: entry.value }) : err(entry.error);
}

/** Where a document came from, when the caller knows; the text itself never says. */
export interface DocumentSource {
  readonly publisher: string | null;
  readonly url: string | null;
}

/**
 * The DocumentIngested payload for a parsed text. An entry is published when its first version
 * is (that version's timestamp); an article when its date header says, to the day.
 */
export function documentIngestedData(
  text: string,
  parsed: ParsedDocument,
  source: DocumentSource,
): DocumentIngestedData {
  const { documentId, contentHash } = documentIdentity(text);
  const described =
    parsed.kind === 'article'
      ? {
          title: parsed.article.title,
          publishedAt: parsed.article.publishedAt,
          captions: parsed.article.captions.map((c) => c.text || c.span.text),
        }
      : { title: parsed.entry.headline, publishedAt: parsed.entry.versions[0]!.knownAt, captions: [] };
  const { publisher, url } = source;
  return { documentId, contentHash, kind: parsed.kind, ...described, publisher, url, text };
}
