import type { EventEnvelopeJson } from '../../../src/event-store/envelope-json.js';
import { EVENT_STORE } from '../../../src/event-store/event-store.tokens.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { extractFacts } from '../../../src/ingestion/extraction/extract-facts.js';
import { EXTRACTOR_VERSION } from '../../../src/ingestion/extraction/extractor-version.js';
import { ingestDocument } from '../../../src/ingestion/ingest-document/ingest-document.js';
import { reextractAll } from '../../../src/ingestion/reextraction/reextract.js';
import { createTestApp, type TestApp } from '../../support/app.js';

const EXPULSION_2018 = `date 2018-03-26
The United States expelled 60 Russian diplomats over the poisoning of a former spy.`;
const EXPULSION_2021 = `date 2021-04-15
The United States expelled 10 Russian diplomats over election interference and a cyberattack.`;

// How a ledger written with month-keyed ids holds both: one undated stream, the second a dispute.
const LEGACY = 'fact-diplomats-expelled-usa-rus-undated';

describe('corrections of fact identity are history', () => {
  let t: TestApp;
  let store: EventStore;
  const stream = async (id: string) => (await t.http.get(`/streams/${id}/events`).expect(200)).body.items as EventEnvelopeJson[];

  beforeAll(async () => {
    t = await createTestApp();
    store = t.app.get<EventStore>(EVENT_STORE);
    const reportOf = async (text: string) => {
      const { documentId } = await ingestDocument(store, { text }, { source: 'test' });
      const [fact] = extractFacts({ documentId, text, publishedAt: text.slice(5, 15) });
      expect(fact?.type).toBe('DiplomatsExpelled');
      return { documentId, fact: fact! };
    };
    const old = await reportOf(EXPULSION_2018);
    const later = await reportOf(EXPULSION_2021);
    const origin = { method: 'extracted', extractorVersion: EXTRACTOR_VERSION, confidence: 0.8 };
    const undated = { occurredOn: null, effectiveOn: null };
    await store.append(LEGACY, [
      {
        eventId: '0b6c1e9a-2f4d-4c8e-9a71-3d5e6f708192',
        type: 'DiplomatsExpelled',
        schemaVersion: 1,
        data: { factId: LEGACY, ...old.fact.values, validTime: undated, provenance: old.fact.provenance, origin },
        metadata: { knownAt: '2018-03-26T00:00:00Z' },
      },
      {
        eventId: '0b6c1e9a-2f4d-4c8e-9a71-3d5e6f708193',
        type: 'FactDisputed',
        schemaVersion: 1,
        data: {
          factId: LEGACY,
          provenance: later.fact.provenance,
          origin,
          disputes: [{ field: 'counts.change', recorded: 60, reported: 10 }],
          values: { ...later.fact.values, validTime: undated },
        },
        metadata: { knownAt: '2021-04-15T00:00:00Z' },
      },
    ]);
  });
  afterAll(() => t.close());

  it('given a month-keyed bucket holding the expulsions of 2018 and 2021, when re-extracted, then the 2021 report moves to a fact of its own, recorded with its reasons', async () => {
    const summary = await reextractAll(store);
    expect(summary.retracted).toBe(0);

    const legacy = await stream(LEGACY);
    expect(legacy.map((e) => e.type)).toEqual(['DiplomatsExpelled', 'FactDisputed', 'FactReportMoved']);
    const moved = legacy[2]!.data as { movedTo: string; reasons: string[] };
    expect(moved.movedTo).toMatch(/^fact-[0-9a-f-]{36}$/);
    expect(moved.reasons[0]).toMatch(/^moved from fact-diplomats-expelled-usa-rus-undated: valid time .* days apart/);

    const [own] = await stream(moved.movedTo);
    expect(own).toMatchObject({ type: 'DiplomatsExpelled', data: { counts: { change: 10 }, validTime: { occurredBy: '2021-04-15' } } });

    const { body } = await t.http
      .get('/facts')
      .query({ type: 'DiplomatsExpelled', minPosition: (await store.headPosition()).toString() })
      .expect(200);
    const byId = new Map(body.items.map((f: { id: string }) => [f.id, f]));
    expect(byId.get(LEGACY)).toMatchObject({ documentCount: 1, counts: { change: 60 } });
    expect(byId.get(moved.movedTo)).toMatchObject({ documentCount: 1, counts: { change: 10 } });
    expect((byId.get(LEGACY) as { provenance: { movedTo: string | null }[] }).provenance.map((p) => p.movedTo)).toEqual([null, moved.movedTo]);
  });

  it('given the correction made, when re-extracted again, then nothing is appended', async () => {
    expect(await reextractAll(store)).toMatchObject({ appended: 0 });
  });
});
