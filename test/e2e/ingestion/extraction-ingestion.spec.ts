import type { EventEnvelopeJson } from '../../../src/event-store/envelope-json.js';
import { EVENT_STORE } from '../../../src/event-store/event-store.tokens.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { EXTRACTOR_VERSION } from '../../../src/ingestion/extraction/extractor-version.js';
import { reextractAll } from '../../../src/ingestion/reextraction/reextract.js';
import { createTestApp, type TestApp } from '../../support/app.js';

const CZECH = `date 2021-04-17
The Czech Republic expelled 18 Russian diplomats on Saturday over a 2014 explosion at an ammunition depot.
Prague said the Russian embassy staff were identified as intelligence officers.`;

// Published in 2018 and stating no date: the seeds' expulsion of 35 happened in December 2016.
const UNDATED_US_EXPULSION = `date 2018-03-30
The United States expelled 35 Russian diplomats over alleged interference in the election.`;

describe('facts extracted from posted documents', () => {
  let t: TestApp;
  let store: EventStore;
  const stream = async (id: string) => (await t.http.get(`/streams/${id}/events`).expect(200)).body.items as EventEnvelopeJson[];

  beforeAll(async () => {
    t = await createTestApp({ NEWSLEDGER_SEED_ON_START: 'true' });
    store = t.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => t.close());

  it('given a new article, when posted, then its facts join the ledger with provenance and the extractor version', async () => {
    const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: CZECH }).expect(201);
    const fact = res.body.events.find((e: { type: string }) => e.type === 'DiplomatsExpelled');
    expect(fact.streamId).toMatch(/^fact-[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const [event] = await stream(fact.streamId);
    const data = event!.data as {
      actor: { country: string };
      target: { country: string };
      counts: { change: number };
      validTime: { occurredOn: unknown };
      provenance: { documentId: string; quote: string; start: number; end: number };
      origin: { method: string; extractorVersion: string; confidence: number };
    };
    expect(data).toMatchObject({
      actor: { country: 'CZE' },
      target: { country: 'RUS' },
      counts: { change: 18 },
      validTime: { occurredOn: { value: '2021-04-17', precision: 'day' } },
      origin: { method: 'extracted', extractorVersion: EXTRACTOR_VERSION },
    });
    expect(data.provenance.documentId).toBe(res.body.documentId);
    expect(CZECH.slice(data.provenance.start, data.provenance.end)).toBe(data.provenance.quote);
    expect(data.origin.confidence).toBeGreaterThan(0);
    expect(data.origin.confidence).toBeLessThanOrEqual(1);
  });

  it('given a fact of 2016, when a report that states no date is published in 2018, then it is its own fact, anchored before its publication', async () => {
    const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: UNDATED_US_EXPULSION }).expect(201);
    const reported = res.body.events.find((e: { type: string }) => e.type === 'DiplomatsExpelled' || e.type === 'FactCorroborated');
    expect(reported.type).toBe('DiplomatsExpelled');
    const [event] = await stream(reported.streamId);
    expect(event!.data).toMatchObject({
      counts: { change: 35 },
      validTime: { occurredBy: '2018-03-30' },
      resolution: { decision: 'new-fact', method: 'scored' },
    });
    const { candidates } = (event!.data as { resolution: { candidates: { excludedBecause: string | null }[] } }).resolution;
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.excludedBecause?.includes('days apart'))).toBe(true);
  });

  it('given the ledger, when re-extracted twice, then the second run appends nothing', async () => {
    const first = await reextractAll(store);
    expect(first.documents).toBe(6);
    const second = await reextractAll(store);
    expect(second).toEqual({ documents: 6, reported: 0, retracted: 0, merged: 0, appended: 0 });
  });

  it('given a fact an older extractor found, when the current one no longer finds it, then reextract retracts it', async () => {
    const czech = (await t.http.post('/documents').set('Authorization', t.auth).send({ text: CZECH }).expect(200)).body.documentId;
    const quote = 'Prague said the Russian embassy staff were identified as intelligence officers.';
    const start = CZECH.indexOf(quote);
    const factId = 'fact-ambassador-summoned-cze-rus-2021-04';
    await store.append(factId, [
      {
        eventId: '7d1c3a52-1111-4c1e-9c36-2d3f1b6c0a01',
        type: 'AmbassadorSummoned',
        schemaVersion: 1,
        data: {
          factId,
          actor: { country: 'CZE', organisation: null, name: null },
          target: { country: 'RUS', organisation: null, name: null },
          counts: null,
          places: [],
          validTime: { occurredOn: { value: '2021-04-17', precision: 'day' }, effectiveOn: null },
          modality: 'enacted',
          cameo: '114',
          detail: null,
          provenance: { documentId: czech, quote, start, end: start + quote.length },
          origin: { method: 'extracted', extractorVersion: '0.9.0', confidence: 0.5 },
        },
        metadata: { source: 'reextract@0.9.0' },
      },
    ]);

    const summary = await reextractAll(store);
    expect(summary).toMatchObject({ retracted: 1, appended: 1 });
    expect((await stream(factId)).at(-1)).toMatchObject({
      type: 'FactRetracted',
      data: { factId, documentId: czech, extractorVersion: EXTRACTOR_VERSION },
    });
    expect(await reextractAll(store)).toMatchObject({ appended: 0 });
  });
});
