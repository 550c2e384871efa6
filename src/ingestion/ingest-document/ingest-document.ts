import { randomUUID } from 'node:crypto';
import { commandMetadata, decideOnStream, retryOnConflict, type StreamDecision } from '../../application/decider-flow.js';
import { documentDecider, documentEventId } from '../../domain/documents/document-decider.js';
import type { DocumentIngestedData, DocumentKind } from '../../domain/documents/document-events.js';
import { sourceKeyOf } from '../../domain/facts/source-key.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { DomainEvent } from '../../domain/shared/domain-event.js';
import { storyDecider, storyEventId } from '../../domain/stories/story-decider.js';
import { storyIdForEntry } from '../../domain/stories/story-identity.js';
import type { EventStore, NewEvent } from '../../event-store/event-store.port.js';
import { parseArticle } from '../parsers/article-parser.js';
import { parseCurrentEventsEntry } from '../parsers/current-events-entry-parser.js';
import { decideFacts, type FactReportDraft } from '../facts/decide-facts.js';
import { documentIngestedData, type ParsedDocument, parseDocument } from '../parsers/document-parser.js';

/** A document as a client submits it. */
export interface DocumentSubmission {
  readonly text: string;
  /** Detected from the text when absent. */
  readonly kind?: DocumentKind;
  readonly url?: string;
  readonly publisher?: string;
  /** Overrides a date found in the text. */
  readonly publishedAt?: string;
}

/**
 * Where the facts of a document come from: curated seed records or the extractor. Called once
 * per document; which fact each report is resolves inside the conflict retry, on fresh state.
 */
export type FactReporter = (document: DocumentIngestedData) => readonly FactReportDraft[] | Promise<readonly FactReportDraft[]>;

export interface WrittenEvent {
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
  readonly globalPosition: number;
}

export interface IngestDocumentResult {
  readonly documentId: string;
  /** False when this exact text was already in the ledger: nothing was written. */
  readonly created: boolean;
  readonly events: readonly WrittenEvent[];
  /**
   * A global position reads can wait for (`minPosition`) to see this write: the last event
   * written, or when nothing was written, the head of the log (which holds the earlier write).
   */
  readonly position: number;
}

/**
 * Conflicts here are other writers resolving reports in the same identity key or on the same
 * fact; each retry decides on fresh state, so a client never sees one. The bound only stops a
 * livelock, far beyond what contention between a few hundred concurrent writers needs.
 */
const INGEST_ATTEMPTS = 200;

/**
 * Ingests one document as ONE atomic append across its document stream, its story stream
 * (current-events entries) and every fact stream it reports on. A failure anywhere leaves
 * nothing written; a concurrent writer on any of those streams makes the whole decision
 * run again on fresh state.
 */
export async function ingestDocument(
  store: EventStore,
  submission: DocumentSubmission,
  options: { source: string; reportFacts?: FactReporter; correlationId?: string },
): Promise<IngestDocumentResult> {
  const parsed = parse(submission);
  const document = withPublishedAt(
    documentIngestedData(submission.text, parsed, {
      publisher: submission.publisher ?? null,
      url: submission.url ?? null,
    }),
    submission.publishedAt,
  );
  const metadata = commandMetadata({
    correlationId: options.correlationId ?? randomUUID(),
    source: options.source,
    knownAt: knownAtOf(document.publishedAt),
  });

  const storyId = parsed.kind === 'current-events-entry' ? storyIdForEntry(parsed.entry) : null;
  const drafts = anchoredReports((await options.reportFacts?.(document)) ?? [], document, storyId, new Date());

  return retryOnConflict(async () => {
    const toNew =
      <E extends DomainEvent>(
        eventId: (streamId: string, event: E) => string,
        ownKnownAt: (event: E) => string | null | undefined = () => undefined,
      ) =>
      (event: E, streamId: string): NewEvent => {
        const knownAt = ownKnownAt(event);
        return {
          eventId: eventId(streamId, event),
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event.data as Record<string, unknown>,
          metadata: knownAt === undefined ? metadata : { ...metadata, knownAt },
        };
      };

    const documentDecision = await decideOnStream(
      store,
      document.documentId,
      documentDecider,
      { type: 'IngestDocument', document },
      toNew(documentEventId),
    );
    if (documentDecision.events.length === 0) return alreadyIngested(store, document.documentId);

    const decisions: StreamDecision[] = [documentDecision];
    if (parsed.kind === 'current-events-entry') {
      decisions.push(
        await decideOnStream(
          store,
          storyIdForEntry(parsed.entry),
          storyDecider,
          { type: 'RecordStoryEntry', documentId: document.documentId, entry: parsed.entry },
          // A version's wording became known at its own timestamp; a version without one has
          // an unknown known time (readers fall back to recordedAt), not the entry's.
          toNew(storyEventId, (event) => ('knownAt' in event.data ? event.data.knownAt : undefined)),
        ),
      );
    }
    decisions.push(...(await decideFacts(store, drafts, metadata)));

    const appends = decisions.filter((d) => d.events.length > 0);
    const results = await store.appendMany(
      appends.map(({ streamId, events, expectedVersion }) => ({ streamId, events, expectedVersion })),
    );
    // A concurrent post of the same text that committed first makes this one an accepted
    // re-send of identical document events: it wrote nothing and did not create the document.
    if (!results[0]!.written) return alreadyIngested(store, document.documentId);
    const events = appends.flatMap((decision, i) =>
        decision.events.map((event, j) => ({
          streamId: decision.streamId,
          eventId: event.eventId,
          type: event.type,
          globalPosition: Number(results[i]!.positions[j]),
        })),
    );
    return { documentId: document.documentId, created: true, events, position: Math.max(...events.map((e) => e.globalPosition)) };
  }, INGEST_ATTEMPTS);
}

const alreadyIngested = async (store: EventStore, documentId: string): Promise<IngestDocumentResult> => ({
  documentId,
  created: false,
  events: [],
  position: Number(await store.headPosition()),
});

/**
 * Every report is bounded by its document's publication (or, for a document that does not
 * say, the day it is recorded): it happened on or before that day. And each report names the
 * origin of its words, so reprints and revisions count as one source.
 */
export function anchoredReports(
  drafts: readonly FactReportDraft[],
  document: DocumentIngestedData,
  storyId: string | null,
  recordedAt: Date,
): FactReportDraft[] {
  const publishedOn = (document.publishedAt ?? recordedAt.toISOString()).slice(0, 10);
  return drafts.map((draft) => ({
    ...draft,
    values: { ...draft.values, validTime: { ...draft.values.validTime, occurredBy: draft.values.validTime.occurredBy ?? publishedOn } },
    provenance: { ...draft.provenance, sourceKey: sourceKeyOf(document.text, draft.provenance, storyId) },
  }));
}

function parse(submission: DocumentSubmission): ParsedDocument {
  const result =
    submission.kind === 'article'
      ? mapOk(parseArticle(submission.text), (article) => ({ kind: 'article' as const, article }))
      : submission.kind === 'current-events-entry'
        ? mapOk(parseCurrentEventsEntry(submission.text), (entry) => ({ kind: 'current-events-entry' as const, entry }))
        : parseDocument(submission.text);
  if (!result.ok) {
    throw new DomainError('PARSE_ERROR', `The document could not be read: ${result.error.message}`, {
      parseError: result.error.code,
      line: result.error.line,
    });
  }
  return result.value;
}

const mapOk = <T, U, E>(result: Result<T, E>, f: (value: T) => U): Result<U, E> =>
  result.ok ? ok(f(result.value)) : result;

const withPublishedAt = (document: DocumentIngestedData, publishedAt: string | undefined): DocumentIngestedData =>
  publishedAt === undefined ? document : { ...document, publishedAt: new Date(publishedAt).toISOString() };

/** A date-only publication counts as known from the start of that day (UTC). */
export const knownAtOf = (publishedAt: string | null): string | null =>
  publishedAt === null ? null : /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? `${publishedAt}T00:00:00.000Z` : publishedAt;
