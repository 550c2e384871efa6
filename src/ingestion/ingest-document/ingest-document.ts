import { randomUUID } from 'node:crypto';
import { commandMetadata, decideOnStream, foldStream, retryOnConflict, type StreamDecision } from '../../application/decider-flow.js';
import { documentDecider, documentEventId } from '../../domain/documents/document-decider.js';
import type { DocumentIngestedData, DocumentKind } from '../../domain/documents/document-events.js';
import type { FactValues } from '../../domain/facts/fact-events.js';
import { sourceKeyOf } from '../../domain/facts/source-key.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { DomainEvent } from '../../domain/shared/domain-event.js';
import type { StoryEvent } from '../../domain/stories/story-events.js';
import type { CurrentEventsEntry } from '../../domain/stories/current-events-entry.js';
import {
  decideStoryEntry,
  storyEventId,
  storyFold,
  type StoryState,
  storyStreamPrefix,
} from '../../domain/stories/story-decider.js';
import type {
  AppendResult,
  EventMetadata,
  EventStore,
  ExpectedVersion,
  NewEvent,
  StreamAppend,
} from '../../event-store/event-store.port.js';
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
  /** A decimal string, as positions are everywhere the API shows them. */
  readonly globalPosition: string;
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
  readonly position: string;
}

/**
 * Conflicts here are other writers resolving reports in the same identity key or on the same
 * fact; each retry decides on fresh state, so a client never sees one. The bound only stops a
 * livelock, far beyond what contention between a few hundred concurrent writers needs.
 */
const INGEST_ATTEMPTS = 200;

/**
 * A document read and its facts found: everything of an ingestion that needs no ledger, so it
 * can run on a worker thread (and crosses threads as plain data).
 */
export interface PreparedDocument {
  readonly document: DocumentIngestedData;
  /** The parsed entry of a current-events entry; null for an article. */
  readonly entry: CurrentEventsEntry | null;
  readonly url: string | null;
  readonly reported: readonly FactReportDraft[];
  readonly metadata: EventMetadata;
  /** ISO 8601: the day a report without a date is bounded by when its document has none. */
  readonly recordedAt: string;
}

/** Parses the submission and runs its fact reporter; a text the parser refuses is a PARSE_ERROR. */
export async function prepareDocument(
  submission: DocumentSubmission,
  options: { source: string; reportFacts?: FactReporter; correlationId?: string },
): Promise<PreparedDocument> {
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
  return {
    document,
    entry: parsed.kind === 'current-events-entry' ? parsed.entry : null,
    url: submission.url ?? null,
    reported: (await options.reportFacts?.(document)) ?? [],
    metadata,
    recordedAt: new Date().toISOString(),
  };
}

/**
 * Decides a prepared document on the streams it touches: its document stream, its story
 * stream (current-events entries) and every fact stream it reports on, each with the version
 * read. Null when the ledger already holds the document. The decisions returned all have events.
 */
export async function decideDocument(store: EventStore, prepared: PreparedDocument): Promise<StreamDecision[] | null> {
  const { document, entry, metadata } = prepared;
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
  if (documentDecision.events.length === 0) return null;

  const decisions: StreamDecision[] = [documentDecision];
  if (entry !== null) {
    decisions.push(
      ...(await decideStory(
        store,
        document.documentId,
        entry,
        prepared.url,
        // A version's wording became known at its own timestamp; a version without one, and the
        // revision itself, have an unknown known time (readers fall back to recordedAt), not the
        // entry's first publication: the current version comes after every dated one.
        toNew(storyEventId, (event) =>
          'knownAt' in event.data ? event.data.knownAt : event.type === 'StoryRevisionRecorded' ? null : undefined,
        ),
      )),
    );
  }
  // Revisions of one page are one origin: the story this revision was recorded on names it.
  const storyId = recordedOnStory(decisions);
  const drafts = anchoredReports(prepared.reported, document, storyId, new Date(prepared.recordedAt));
  decisions.push(...(await decideFacts(store, drafts, metadata)));
  return decisions.filter((d) => d.events.length > 0);
}

/** An appended event as the API shows it. */
export const writtenEvent = (streamId: string, event: NewEvent, position: bigint): WrittenEvent => ({
  streamId,
  eventId: event.eventId,
  type: event.type,
  globalPosition: position.toString(),
});

const writtenEvents = (appends: readonly StreamAppend[], results: readonly AppendResult[]): WrittenEvent[] =>
  appends.flatMap((append, i) => append.events.map((event, j) => writtenEvent(append.streamId, event, results[i]!.positions[j]!)));

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
  return ingestPrepared(store, await prepareDocument(submission, options));
}

/** The ledger's part of `ingestDocument`, for a document prepared elsewhere (a worker thread). */
export async function ingestPrepared(store: EventStore, prepared: PreparedDocument): Promise<IngestDocumentResult> {
  const { documentId } = prepared.document;
  return retryOnConflict(async () => {
    const decisions = await decideDocument(store, prepared);
    if (decisions === null) return alreadyIngested(store, documentId);
    const appends = decisions.map(({ streamId, events, expectedVersion }) => ({ streamId, events, expectedVersion }));
    const results = await store.appendMany(appends);
    // A concurrent post of the same text that committed first makes this one an accepted
    // re-send of identical document events: it wrote nothing and did not create the document.
    if (!results[0]!.written) return alreadyIngested(store, documentId);
    const last = results.flatMap((result) => result.positions).reduce((max, p) => (p > max ? p : max), 0n);
    return { documentId, created: true, events: writtenEvents(appends, results), position: last.toString() };
  }, INGEST_ATTEMPTS);
}

const alreadyIngested = async (store: EventStore, documentId: string): Promise<IngestDocumentResult> => ({
  documentId,
  created: false,
  events: [],
  position: (await store.headPosition()).toString(),
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
  return drafts.map((draft) => ({
    ...draft,
    values: anchoredValues(draft, document, recordedAt),
    provenance: { ...draft.provenance, sourceKey: sourceKeyOf(document.text, draft.provenance, storyId) },
  }));
}

/** A report's values bounded by its document's publication (see anchoredReports). */
export function anchoredValues(draft: FactReportDraft, document: DocumentIngestedData, recordedAt: Date): FactValues {
  const publishedOn = (document.publishedAt ?? recordedAt.toISOString()).slice(0, 10);
  return { ...draft.values, validTime: { ...draft.values.validTime, occurredBy: draft.values.validTime.occurredBy ?? publishedOn } };
}

/**
 * The story side of an entry: every story stream of the entry's date is read (a revision may
 * join or merge any of them), and each stream the decision touches is appended with the
 * version it was read at.
 */
async function decideStory(
  store: EventStore,
  documentId: string,
  entry: CurrentEventsEntry,
  url: string | null,
  toNewEvent: (event: StoryEvent, streamId: string) => NewEvent,
): Promise<StreamDecision[]> {
  const streams = new Map<string, StoryState>();
  const versions = new Map<string, ExpectedVersion>();
  for (const streamId of await store.streamIdsStartingWith(storyStreamPrefix(entry.date))) {
    const { state, version } = await foldStream(store, streamId, storyFold);
    streams.set(streamId, state);
    versions.set(streamId, version ?? 'no_stream');
  }
  const pagePath = url === null ? null : new URL(url).pathname;
  const decided = decideStoryEntry({ type: 'RecordStoryEntry', documentId, entry, pagePath }, streams);
  return [...decided].map(([streamId, events]) => ({
    streamId,
    expectedVersion: versions.get(streamId) ?? 'no_stream',
    decided: events,
    events: events.map((event) => toNewEvent(event, streamId)),
  }));
}

/** The story a document's StoryRevisionRecorded lands on; null for an article. */
function recordedOnStory(decisions: readonly StreamDecision[]): string | null {
  for (const decision of decisions) {
    for (const event of decision.decided) {
      if (event.type === 'StoryRevisionRecorded') return (event.data as { readonly storyId: string }).storyId;
    }
  }
  return null;
}

function parse(submission: DocumentSubmission): ParsedDocument {
  const result = parseDocument(submission.text, submission.kind);
  if (!result.ok) {
    throw new DomainError('PARSE_ERROR', `The document could not be read: ${result.error.message}`, {
      parseError: result.error.code,
      line: result.error.line,
    });
  }
  return result.value;
}

const withPublishedAt = (document: DocumentIngestedData, publishedAt: string | undefined): DocumentIngestedData =>
  publishedAt === undefined ? document : { ...document, publishedAt: new Date(publishedAt).toISOString() };

/** A date-only publication counts as known from the start of that day (UTC). */
export const knownAtOf = (publishedAt: string | null): string | null =>
  publishedAt === null ? null : /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? `${publishedAt}T00:00:00.000Z` : publishedAt;
