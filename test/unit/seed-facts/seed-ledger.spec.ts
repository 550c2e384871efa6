import { fileURLToPath } from 'node:url';
import { documentDecider, documentEventId } from '../../../src/domain/documents/document-decider.js';
import { factDecider, factEventId } from '../../../src/domain/facts/fact-decider.js';
import type { FactEvent } from '../../../src/domain/facts/fact-events.js';
import type { Decider } from '../../../src/domain/shared/decider.js';
import type { DomainEvent } from '../../../src/domain/shared/domain-event.js';
import { decideStoryEntry, evolveStory, initialStoryState, storyEventId, storyStreamPrefix } from '../../../src/domain/stories/story-decider.js';
import type { StoryEvent } from '../../../src/domain/stories/story-events.js';
import { documentIngestedData, parseDocument } from '../../../src/ingestion/parsers/document-parser.js';
import { type ResolvedSeedReport, resolveSeedFacts } from '../../../src/ingestion/seed-facts/resolve-seed-facts.js';
import { readSeedDocuments, readSeedFactRecords } from '../../../src/ingestion/seed-facts/seed-files.js';
import { SEED_EVENT_COUNTS } from '../../support/seed-expectations.js';

/**
 * The four seeds through the parsers and the three deciders, in file order, on in-memory
 * streams: what the ledger should hold after seeding, and that seeding twice adds nothing. The
 * identity keys' index events (IdentityKeyIndexed) are the resolver's, not the deciders', and are
 * not simulated here.
 */
type Ledger = Map<string, { readonly eventId: string; readonly event: DomainEvent }[]>;

function decideOn<C, E extends DomainEvent, S>(
  ledger: Ledger,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  eventId: (streamId: string, event: E) => string,
): void {
  const stream = ledger.get(streamId) ?? [];
  const state = stream.reduce((s, stored) => decider.evolve(s, stored.event as E), decider.initialState());
  const decided = decider.decide(command, state).map((event) => ({ eventId: eventId(streamId, event), event }));
  ledger.set(streamId, [...stream, ...decided]);
}

function ingest(ledger: Ledger, documents: ReadonlyMap<string, string>, reports: readonly ResolvedSeedReport[]): void {
  for (const [file, text] of [...documents].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parsed = parseDocument(text);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
    const document = documentIngestedData(text, parsed.value, { publisher: null, url: null });
    decideOn(ledger, document.documentId, documentDecider, { type: 'IngestDocument', document }, documentEventId);
    if (parsed.value.kind === 'current-events-entry') {
      const { entry } = parsed.value;
      const states = new Map(
        [...ledger]
          .filter(([id]) => id.startsWith(storyStreamPrefix(entry.date)))
          .map(([id, stored]) => [id, stored.reduce((s, e) => evolveStory(s, e.event as StoryEvent), initialStoryState())]),
      );
      const command = { type: 'RecordStoryEntry' as const, documentId: document.documentId, entry, pagePath: null };
      for (const [id, events] of decideStoryEntry(command, states)) {
        ledger.set(id, [...(ledger.get(id) ?? []), ...events.map((event) => ({ eventId: storyEventId(id, event), event }))]);
      }
    }
    // In memory a curated fact lives under its record's key; the ledger gives it an opaque id.
    for (const { command } of reports.filter((r) => r.document === file)) {
      const { curatedKey, ...draft } = command;
      decideOn(ledger, curatedKey!, factDecider, { type: 'ReportFact', ...draft, factId: curatedKey! }, factEventId);
    }
  }
}

const countByType = (ledger: Ledger): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const { event } of [...ledger.values()].flat()) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
};

const dir = (name: string) => fileURLToPath(new URL(`../../../seeds/${name}/`, import.meta.url));

describe('seeding the ledger from the four seed documents', () => {
  const ledger: Ledger = new Map();
  let documents: ReadonlyMap<string, string>;
  let reports: readonly ResolvedSeedReport[];

  beforeAll(async () => {
    documents = await readSeedDocuments(dir('documents'));
    const records = await readSeedFactRecords(dir('facts'));
    if (!records.ok) throw new Error(records.error.map((e) => e.message).join('\n'));
    const resolved = resolveSeedFacts(records.value, documents);
    if (!resolved.ok) throw new Error(resolved.error.map((e) => e.message).join('\n'));
    reports = resolved.value;
    ingest(ledger, documents, reports);
  });

  it('given the seeds in file order 000..003, when ingested, then these events per type', () => {
    expect(countByType(ledger)).toEqual(SEED_EVENT_COUNTS);
  });

  it("given 003's July 31, when the staff reduction is ingested, then one dispute of the order's date", () => {
    const staff = ledger.get('fact-staff-reduction-ordered-rus-usa-2017-07')!.map((s) => s.event as FactEvent);
    expect(staff.map((e) => e.type)).toEqual(['StaffReductionOrdered', 'FactCorroborated', 'FactCorroborated', 'FactCorroborated', 'FactDisputed']);
    const disputed = staff[4]!;
    expect(disputed.type === 'FactDisputed' && disputed.data.disputes).toEqual([
      { field: 'validTime.occurredOn', recorded: { value: '2017-07-30', precision: 'day' }, reported: { value: '2017-07-31', precision: 'day' } },
    ]);
  });

  it('given the seeds, when ingested, then documents and the story are keyed by content and first version path', () => {
    const streams = [...ledger.keys()].filter((id) => !id.startsWith('fact-'));
    expect(streams).toEqual([
      'doc-e271110a744f69ad',
      'doc-2185e890ea3699d8',
      'doc-9ded5ce4027768a3',
      'story-2017-07-30-russian-president-vladimir-putin-expels-755-597b80ae',
      'doc-d89f969b789129c9',
    ]);
  });

  it('given every stream, when the event ids are listed, then none repeats', () => {
    const ids = [...ledger.values()].flat().map((s) => s.eventId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('given the seeded ledger, when the seeds are ingested again, then nothing is added', () => {
    const before = [...ledger.values()].flat().length;
    ingest(ledger, documents, reports);
    expect([...ledger.values()].flat().length).toBe(before);
  });
});
