import { documentIdentity } from '../../domain/documents/document-identity.js';
import type { DocumentIngestedData, DocumentKind } from '../../domain/documents/document-events.js';
import { err, ok, type Result } from '../../domain/shared/result.js';
import { readHtmlArticle } from './article-html.js';
import { readJsonArticle, type UnwrappedArticle } from './article-json.js';
import { type ParsedArticle, parseArticle } from './article-parser.js';
import { type ParsedCurrentEventsEntry, parseCurrentEventsEntry } from './current-events-entry-parser.js';
import { type DocumentParseError, parseError } from './document-parse-error.js';
import { type DocumentFormat, detectDocumentFormat, kindOfFormat } from './document-kind.js';

/** What a document says about itself: header lines, JSON fields or page metadata. */
export interface DocumentMetadata {
  readonly title: string | null;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly publishedAt: string | null;
}

export type ParsedDocument =
  | {
      readonly kind: 'article';
      readonly format: Exclude<DocumentFormat, 'current-events-entry'>;
      /** The text stored and quoted: the submission, or what was read out of its JSON or HTML. */
      readonly text: string;
      readonly article: ParsedArticle;
      readonly metadata: DocumentMetadata;
    }
  | { readonly kind: 'current-events-entry'; readonly format: 'current-events-entry'; readonly text: string; readonly entry: ParsedCurrentEventsEntry };

function articleOf(format: 'json' | 'html', unwrapped: Result<UnwrappedArticle, DocumentParseError>): Result<ParsedDocument, DocumentParseError> {
  if (!unwrapped.ok) return unwrapped;
  const { body, ...metadata } = unwrapped.value;
  const article = parseArticle(body);
  if (!article.ok) return article;
  const title = metadata.title ?? article.value.title;
  return ok({ kind: 'article', format, text: body, article: article.value, metadata: { ...metadata, title } });
}

/**
 * Detects what the text is and reads it as that. An explicit `kind` that contradicts what the
 * text plainly is (an entry's dated heading, a JSON object, an HTML page) is refused rather
 * than read wrongly.
 */
export function parseDocument(text: string, kind?: DocumentKind): Result<ParsedDocument, DocumentParseError> {
  const detected = detectDocumentFormat(text);
  if (!detected.ok) return detected;
  const format = kind === 'current-events-entry' && detected.value === 'text' ? 'current-events-entry' : detected.value;
  if (kind !== undefined && kindOfFormat(format) !== kind) {
    const what = format === 'current-events-entry' ? 'a current-events entry (it opens with a dated heading)' : `an article (${format})`;
    return err(parseError('KIND_MISMATCH', `The document was sent as kind "${kind}" but reads as ${what}`));
  }
  switch (format) {
    case 'current-events-entry': {
      const entry = parseCurrentEventsEntry(text);
      return entry.ok ? ok({ kind: 'current-events-entry', format, text, entry: entry.value }) : entry;
    }
    case 'json':
      return articleOf('json', readJsonArticle(text));
    case 'html':
      return articleOf('html', readHtmlArticle(text));
    case 'text': {
      const article = parseArticle(text);
      if (!article.ok) return article;
      const { title, url, publisher, publishedAt } = article.value;
      return ok({ kind: 'article', format, text, article: article.value, metadata: { title, url, publisher, publishedAt } });
    }
  }
}

/** Where a document came from, when the caller knows; it wins over what the document says. */
export interface DocumentSource {
  readonly publisher: string | null;
  readonly url: string | null;
}

/**
 * The DocumentIngested payload for a parsed submission. An entry is published when its first
 * dated version is, else on its own date; an article when its header, JSON or page says.
 */
export function documentIngestedData(submitted: string, parsed: ParsedDocument, source: DocumentSource): DocumentIngestedData {
  const { documentId, contentHash: submittedHash } = documentIdentity(submitted);
  const { text } = parsed;
  const contentHash = text === submitted ? submittedHash : documentIdentity(text).contentHash;
  const original = parsed.format === 'json' || parsed.format === 'html' ? { original: { format: parsed.format, contentHash: submittedHash, length: submitted.length } } : {};
  if (parsed.kind === 'current-events-entry') {
    // The portal publishes an entry under its date: without a dated version, that day is when it became known.
    const publishedAt = parsed.entry.versions.find((v) => v.knownAt !== null)?.knownAt ?? parsed.entry.date;
    return { documentId, contentHash, kind: parsed.kind, title: parsed.entry.headline, publishedAt, captions: [], publisher: source.publisher, url: source.url, text };
  }
  const { metadata } = parsed;
  return {
    documentId,
    contentHash,
    kind: parsed.kind,
    title: metadata.title,
    publishedAt: metadata.publishedAt,
    captions: parsed.article.captions.map((c) => c.text || c.span.text),
    publisher: source.publisher ?? metadata.publisher,
    url: source.url ?? metadata.url,
    text,
    ...original,
  };
}
