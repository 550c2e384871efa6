import { readFile } from 'node:fs/promises';
import type { EventEnvelopeJson } from '../../../src/event-store/envelope-json.js';
import { EVENT_STORE } from '../../../src/event-store/event-store.tokens.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { seedLedger } from '../../../src/ingestion/seeding/seed-ledger.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { SEED_EVENT_COUNTS, SEED_KEY_INDEX_EVENTS } from '../../support/seed-expectations.js';

async function allEvents(t: TestApp): Promise<EventEnvelopeJson[]> {
  const events: EventEnvelopeJson[] = [];
  for (let cursor = '0'; ; ) {
    const page = await t.http.get(`/events?cursor=${cursor}&limit=50`).expect(200);
    events.push(...page.body.items);
    if (page.body.next === null) return events;
    cursor = page.body.next;
  }
}

describe('seeding at start-up', () => {
  let t: TestApp;
  let events: EventEnvelopeJson[];

  beforeAll(async () => {
    t = await createTestApp({ NEWSLEDGER_SEED_ON_START: 'true' });
    events = await allEvents(t);
  });
  afterAll(() => t.close());

  it('given a fresh ledger, when the service starts, then the seeds yield exactly these events', () => {
    const counts: Record<string, number> = {};
    for (const e of events) counts[e.type] = (counts[e.type] ?? 0) + 1;
    expect(counts).toEqual({ ...SEED_EVENT_COUNTS, IdentityKeyIndexed: SEED_KEY_INDEX_EVENTS });
  });

  it('given the seeded ledger, when paging the global log, then no event repeats', () => {
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
  });

  it('given the entry, when its story stream is read, then versions carry their titles and known times', async () => {
    const story = events.find((e) => e.type === 'StoryReported')!;
    const stream = await t.http.get(`/streams/${story.streamId}/events`).expect(200);
    const versions = stream.body.items.filter((e: EventEnvelopeJson) => e.type === 'StoryReported' || e.type === 'StoryRevised');
    expect(versions.map((e: EventEnvelopeJson) => (e.data as { version: number }).version)).toEqual([1, 2, 3]);
    expect(versions.map((e: EventEnvelopeJson) => e.metadata.knownAt)).toEqual([
      '2017-08-02T07:30:05Z',
      '2017-08-27T03:48:44Z',
      null,
    ]);
    expect(versions.map((e: EventEnvelopeJson) => (e.data as { knownAt: string | null }).knownAt)).toEqual([
      '2017-08-02T07:30:05Z',
      '2017-08-27T03:48:44Z',
      null,
    ]);
    const v2 = versions[1].data as { headline: string };
    expect(v2.headline.startsWith('Russia-United States relations:')).toBe(true);
    const sources = stream.body.items.filter((e: EventEnvelopeJson) => e.type === 'StorySourceCited');
    expect(sources.map((e: EventEnvelopeJson) => (e.data as { name: string }).name)).toEqual(['Al Jazeera', 'CNN']);
  });

  it('given the 755-staff fact, when its stream is read, then four documents report it and 003 disputes the date', async () => {
    // Fact ids are opaque: the fact is found by its type (one staff reduction in the seeds).
    const staffFact = events.find((e) => e.type === 'StaffReductionOrdered')!.streamId;
    expect(staffFact).toMatch(/^fact-[0-9a-f]{8}-[0-9a-f]{4}-7/);
    const stream = await t.http.get(`/streams/${staffFact}/events`).expect(200);
    const documents = new Set(stream.body.items.map((e: EventEnvelopeJson) => (e.data as { provenance: { documentId: string } }).provenance.documentId));
    expect(documents.size).toBe(4);
    expect(stream.body.items.at(-1).type).toBe('FactDisputed');
    expect(stream.body.items[0].data.counts).toMatchObject({ change: 755 });
    // 000 does not state the cap; 001's corroboration adds it without overwriting anything.
    const capReports = stream.body.items.filter((e: EventEnvelopeJson) => (e.data as { values?: { counts?: { to?: number } } }).values?.counts?.to === 455);
    expect(capReports.length).toBeGreaterThan(0);
  });

  it('given every fact event, when its quote is compared with its document, then it is verbatim at its offsets', async () => {
    const texts = new Map(
      events.filter((e) => e.type === 'DocumentIngested').map((e) => [e.streamId, (e.data as { text: string }).text]),
    );
    const seedTexts = await Promise.all(
      ['000_fca278aa337cff25', '001_6e2de474d69a36f5', '002_239674bf3aeec884', '003_69bbea3d87167b6f'].map((f) =>
        readFile(new URL(`../../../seeds/documents/${f}.txt`, import.meta.url), 'utf8'),
      ),
    );
    expect(new Set(texts.values())).toEqual(new Set(seedTexts));
    const withProvenance = events.filter((e) => (e.data as { provenance?: unknown }).provenance);
    expect(withProvenance.length).toBe(23);
    for (const e of withProvenance) {
      const { documentId, quote, start, end } = (e.data as { provenance: { documentId: string; quote: string; start: number; end: number } }).provenance;
      expect(texts.get(documentId)!.slice(start, end)).toBe(quote);
    }
  });

  it('given the seeded ledger, when seeding runs again, then nothing is appended', async () => {
    const reports = await seedLedger(t.app.get<EventStore>(EVENT_STORE));
    expect(reports.map((r) => r.result.created)).toEqual([false, false, false, false]);
    expect((await allEvents(t)).length).toBe(events.length);
  });
});
