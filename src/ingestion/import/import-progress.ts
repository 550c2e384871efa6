import { SingleBar } from 'cli-progress';
import type { ImportTally } from './import-run.js';

export interface ImportProgress {
  /** The number of items the run will meet, once known (for the ETA). */
  setTotal(total: number): void;
  update(tally: Readonly<ImportTally>): void;
  stop(): void;
}

const LINE_EVERY = 1000;

/**
 * A progress bar with documents/s and ETA on a terminal; elsewhere (a log file, CI) one plain
 * line per 1,000 documents, since a redrawn bar would fill the log with control codes.
 */
export function importProgress(
  out: NodeJS.WriteStream,
  log: (line: string) => void,
  options: { totalKnown: boolean },
): ImportProgress {
  const started = Date.now();
  const rate = (done: number) => Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
  if (!out.isTTY) {
    let nextLine = LINE_EVERY;
    return {
      setTotal: () => undefined,
      update(tally) {
        if (tally.done < nextLine) return;
        nextLine = (Math.floor(tally.done / LINE_EVERY) + 1) * LINE_EVERY;
        log(`${tally.done} documents: ${summary(tally)} (${rate(tally.done)} documents/s)`);
      },
      stop: () => undefined,
    };
  }
  const bar = new SingleBar({
    stream: out,
    // NDJSON on stdin has no total to count beforehand, hence no bar and no ETA.
    format: options.totalKnown
      ? 'import [{bar}] {value}/{total} | {rate} documents/s | ETA {eta_formatted} | {summary}'
      : 'import {value} | {rate} documents/s | {summary}',
    etaBuffer: 50,
    hideCursor: true,
  });
  bar.start(0, 0, { rate: 0, summary: '' });
  return {
    setTotal: (total) => bar.setTotal(total),
    update: (tally) => bar.update(tally.done, { rate: rate(tally.done), summary: summary(tally) }),
    stop: () => bar.stop(),
  };
}

export const summary = (t: Readonly<ImportTally>): string =>
  `${t.created} new, ${t.alreadyIngested} already ingested, ${t.rejected} rejected, ${t.eventsWritten} events written`;
