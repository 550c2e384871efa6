import pLimit from 'p-limit';
import { retryOnConflict } from '../../application/decider-flow.js';
import { documentIdentity } from '../../domain/documents/document-identity.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { type EventStore, type ReadStreamOptions, WrongExpectedVersionError } from '../../event-store/event-store.port.js';
import { extractedFactReports } from '../facts/extracted-fact-reports.js';
import { type DocumentSubmission, ingestDocument, type WrittenEvent } from '../ingest-document/ingest-document.js';

/** Why one document of a batch was not ingested: a domain error, as data that crosses threads. */
export interface Rejection {
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** What happened to one document of a batch, in the order submitted. */
export type IngestOutcome =
  | { readonly status: 'created'; readonly documentId: string; readonly events: readonly WrittenEvent[] }
  | { readonly status: 'already-ingested'; readonly documentId: string }
  | { readonly status: 'rejected'; readonly rejection: Rejection };

export interface IngestBatchOptions {
  readonly source: string;
  /** Documents decided at the same time; each is still its own atomic append. */
  readonly concurrency?: number;
}

const DEFAULT_CONCURRENCY = 8;
const CONTENDED_ATTEMPTS = 10;

/**
 * Ingests many documents, each through `ingestDocument` (its own atomic append, so a batch
 * cut short leaves whole documents only). Documents already in the ledger are found with one
 * query for the whole batch and never parsed again. A document the ledger refuses (parse
 * errors and other domain rules) is rejected on its own; a store failure fails the batch.
 */
export async function ingestBatch(
  store: EventStore,
  submissions: readonly DocumentSubmission[],
  options: IngestBatchOptions,
): Promise<IngestOutcome[]> {
  const ids = submissions.map((s) => documentIdentity(s.text).documentId);
  const known = await store.existingStreams([...new Set(ids)]);
  // The look-up above already read every new document's stream as empty: the first read of each
  // is answered from it. A retry after a conflict reads the store again.
  const absent = new Set(ids.filter((id) => !known.has(id)));
  const batchStore: EventStore = Object.assign(Object.create(store) as EventStore, {
    readStream: (streamId: string, readOptions?: ReadStreamOptions) =>
      absent.delete(streamId) ? Promise.resolve([]) : store.readStream(streamId, readOptions),
  });
  const ingestOne = async (submission: DocumentSubmission): Promise<IngestOutcome> => {
    try {
      const result = await ingestDocument(batchStore, submission, {
        source: options.source,
        reportFacts: extractedFactReports,
      });
      return result.created
        ? { status: 'created', documentId: result.documentId, events: result.events }
        : { status: 'already-ingested', documentId: result.documentId };
    } catch (error) {
      if (error instanceof DomainError) {
        return { status: 'rejected', rejection: { code: error.code, message: error.message, details: error.details } };
      }
      throw error;
    }
  };

  const limit = pLimit(options.concurrency ?? DEFAULT_CONCURRENCY);
  const contended: number[] = [];
  const outcomes = await Promise.all(
    submissions.map((submission, i) =>
      known.has(ids[i]!)
        ? ({ status: 'already-ingested', documentId: ids[i]! } as const)
        : limit(() =>
            ingestOne(submission).catch((error: unknown) => {
              // Documents of one batch that report the same fact race for its stream; past
              // ingestDocument's own retries they are run again one at a time, where only other
              // writers (another batch, the API) can still get in their way.
              if (!(error instanceof WrongExpectedVersionError)) throw error;
              contended.push(i);
              return null;
            }),
          ),
    ),
  );
  for (const i of contended.sort((a, b) => a - b)) {
    outcomes[i] = await retryOnConflict(() => ingestOne(submissions[i]!), CONTENDED_ATTEMPTS);
  }
  return outcomes as IngestOutcome[];
}
