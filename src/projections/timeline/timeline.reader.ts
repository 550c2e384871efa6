import type pg from 'pg';
import type { FactEventType, FactValues } from '../../domain/facts/fact-events.js';
import { factSnapshots } from '../facts/facts.reader.js';
import { happenedFrom } from '../facts/valid-time.js';
import type { ReadClocks } from '../read-query/clocks.js';
import { type Page, type PageCursor, toPage } from '../read-query/page-cursor.js';
import { summarizeFact } from './fact-summary.js';

export interface TimelineEntry {
  readonly factId: string;
  readonly type: FactEventType;
  /** The day the fact is known to have happened by (its stated date, else its publication); null only for old facts with no anchor (listed last). */
  readonly date: string | null;
  readonly validTime: FactValues['validTime'];
  readonly actor: FactValues['actor'];
  readonly target: FactValues['target'];
  readonly modality: FactValues['modality'];
  readonly summary: string;
  readonly documentCount: number;
}

export interface TimelineFilter {
  readonly countries?: readonly string[];
  readonly validFrom?: string;
  readonly validTo?: string;
}

/** Facts still supported, in valid-time order, each with a generated one-line summary. */
export async function readTimeline(
  pool: pg.Pool,
  filter: TimelineFilter,
  clocks: ReadClocks,
  page: { after: PageCursor | null; limit: number },
): Promise<Page<TimelineEntry>> {
  const { snapshots, cursors } = await factSnapshots(pool, { ...filter, supportedOnly: true }, clocks, page);
  const facts = toPage(snapshots, page.limit, (fact) => cursors.get(fact.factId)!);
  const items = facts.items
    .filter((fact) => fact.status === 'supported')
    .map((fact) => ({
      factId: fact.factId,
      type: fact.type,
      date: happenedFrom(fact.values.validTime),
      validTime: fact.values.validTime,
      actor: fact.values.actor,
      target: fact.values.target,
      modality: fact.values.modality,
      summary: summarizeFact(fact.type, fact.values),
      documentCount: fact.documentCount,
    }));
  return { items, next: facts.next };
}
