import type { Rejection } from './ingest-batch.js';
import type { IngestRunner } from './ingest-runner.js';
import type { ImportItem } from './import-sources.js';
import type { DocumentSubmission } from '../ingest-document/ingest-document.js';

export interface ImportTally {
  /** Items met so far: submitted documents and rejected files alike. */
  done: number;
  created: number;
  alreadyIngested: number;
  rejected: number;
  eventsWritten: number;
}

export interface ImportRunOptions {
  /** Documents per batch handed to the runner. */
  readonly batchSize?: number;
  /** A batch is sent early once its texts reach this many characters. */
  readonly batchChars?: number;
  /** Batches in flight at once; with batchChars this bounds the documents held in memory. */
  readonly inFlight?: number;
  readonly onRejected: (source: string, rejection: Rejection) => void;
  readonly onProgress?: (tally: Readonly<ImportTally>) => void;
}

const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_BATCH_CHARS = 4_000_000;
const DEFAULT_IN_FLIGHT = 4;

/**
 * Feeds `items` to `runner` in batches, a bounded number at a time, and counts what happened.
 * A rejected item is reported and the run goes on; a failing batch (the store) ends it with
 * that error once the batches already sent have settled.
 */
export async function runImport(
  items: AsyncIterable<ImportItem> | Iterable<ImportItem>,
  runner: IngestRunner,
  options: ImportRunOptions,
): Promise<ImportTally> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const batchChars = options.batchChars ?? DEFAULT_BATCH_CHARS;
  const maxInFlight = options.inFlight ?? DEFAULT_IN_FLIGHT;
  const tally: ImportTally = { done: 0, created: 0, alreadyIngested: 0, rejected: 0, eventsWritten: 0 };
  const progress = () => options.onProgress?.(tally);
  const reject = (source: string, rejection: Rejection) => {
    tally.rejected++;
    tally.done++;
    options.onRejected(source, rejection);
  };

  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  const send = (sources: string[], submissions: DocumentSubmission[]) => {
    const sent: Promise<void> = runner
      .ingest(submissions)
      .then((outcomes) => {
        outcomes.forEach((outcome, i) => {
          if (outcome.status === 'rejected') return reject(sources[i]!, outcome.rejection);
          tally.done++;
          if (outcome.status === 'already-ingested') tally.alreadyIngested++;
          else {
            tally.created++;
            tally.eventsWritten += outcome.events.length;
          }
        });
        progress();
      })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(sent));
    inFlight.add(sent);
  };

  let sources: string[] = [];
  let submissions: DocumentSubmission[] = [];
  let chars = 0;
  for await (const item of items) {
    if (failure) break;
    if ('rejection' in item) {
      reject(item.source, item.rejection);
      progress();
      continue;
    }
    sources.push(item.source);
    submissions.push(item.submission);
    chars += item.submission.text.length;
    if (submissions.length >= batchSize || chars >= batchChars) {
      send(sources, submissions);
      [sources, submissions, chars] = [[], [], 0];
      while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    }
  }
  if (!failure && submissions.length > 0) send(sources, submissions);
  await Promise.all(inFlight);
  if (failure) throw (failure as { error: unknown }).error;
  return tally;
}
