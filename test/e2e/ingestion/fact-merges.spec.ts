import type { DocumentIngestedData } from '../../../src/domain/documents/document-events.js';
import type { EventEnvelopeJson } from '../../../src/event-store/envelope-json.js';
import { EVENT_STORE } from '../../../src/event-store/event-store.tokens.js';
import type { EventStore } from '../../../src/event-store/event-store.port.js';
import { extractedFactReports } from '../../../src/ingestion/facts/extracted-fact-reports.js';
import { ingestDocument } from '../../../src/ingestion/ingest-document/ingest-document.js';
import { reextractAll } from '../../../src/ingestion/reextraction/reextract.js';
import { createTestApp, type TestApp } from '../../support/app.js';

// Posted in this order: an undated report published in May, then an older article that dates the
// act to 26 March (15 days before the May report's window), then one published in April between them.
const MAY = `date 2018-05-10
The United States has expelled 60 Russian diplomats, officials in Washington confirmed to reporters.`;
const MARCH = `date 2018-03-27
On Monday, March 26, the United States expelled 60 Russian diplomats in a coordinated move with its allies.`;
const APRIL = `date 2018-04-12
The United States expelled 60 Russian diplomats, and Moscow is still weighing its answer.`;

interface FactJson {
  id: string;
  documentCount: number;
  counts: { change: number } | null;
  provenance: { documentId: string; mergedFrom: string | null }[];
  history: { type: string }[];
}

describe('facts found to be one event are merged, as history', () => {
  let t: TestApp;
  let store: EventStore;
  const documents: string[] = [];
  let position = '0';
  const post = async (text: string): Promise<string> => {
    const { body } = await t.http.post('/documents').set('Authorization', t.auth).send({ text }).expect(201);
    position = body.position;
    return body.documentId as string;
  };
  const expulsions = async (): Promise<FactJson[]> =>
    (await t.http.get('/facts').query({ type: 'DiplomatsExpelled', minPosition: position }).expect(200)).body.items;
  const stream = async (id: string) => (await t.http.get(`/streams/${id}/events`).expect(200)).body.items as EventEnvelopeJson[];
  const relations = async () => (await t.http.get('/relations/USA/RUS').query({ validAt: '2018-06-01', minPosition: position }).expect(200)).body;

  let survivor: string;
  let absorbed: string;

  beforeAll(async () => {
    t = await createTestApp();
    store = t.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(() => t.close());

  it('given two documents, when the March one cannot join the May window, then the ledger holds two facts', async () => {
    documents.push(await post(MAY), await post(MARCH));
    const facts = await expulsions();
    expect(facts).toHaveLength(2);
    // The May report came first: its fact is the earlier recorded.
    survivor = facts.find((f) => f.provenance[0]!.documentId === documents[0])!.id;
    absorbed = facts.find((f) => f.provenance[0]!.documentId === documents[1])!.id;
    expect(new Set([survivor, absorbed]).size).toBe(2);
  });

  it('given the two facts, when a third document matches both strongly, then one FactsMerged on the later-recorded fact, and the report joins the earlier', async () => {
    documents.push(await post(APRIL));

    const absorbedStream = await stream(absorbed);
    expect(absorbedStream.map((e) => e.type)).toEqual(['DiplomatsExpelled', 'FactsMerged']);
    expect(absorbedStream[1]!.data).toMatchObject({ factId: absorbed, mergedInto: survivor, documentId: documents[2], score: expect.any(Number) });
    expect((absorbedStream[1]!.data as { reasons: string[] }).reasons.length).toBeGreaterThan(0);
    const survivorStream = await stream(survivor);
    expect(survivorStream.map((e) => e.type)).toEqual(['DiplomatsExpelled', 'FactCorroborated']);
    expect(survivorStream[1]!.data).toMatchObject({ resolution: { matchedFactId: survivor, reasons: expect.arrayContaining([expect.stringContaining(`merged into ${survivor}`)]) } });
    const { body: log } = await t.http.get('/events').query({ limit: 1000 }).expect(200);
    expect((log.items as { type: string }[]).filter((e) => e.type === 'FactsMerged')).toHaveLength(1);
  });

  it('given the merge, then the facts list shows one fact with the reports of all three documents', async () => {
    const facts = await expulsions();
    expect(facts.map((f) => f.id)).toEqual([survivor]);
    const [fact] = facts;
    expect(fact).toMatchObject({ documentCount: 3, counts: { change: 60 } });
    expect(fact!.provenance.map((p) => [p.documentId, p.mergedFrom]).sort()).toEqual(
      [[documents[0], null], [documents[1], absorbed], [documents[2], null]].sort(),
    );
    expect(fact!.history.map((h) => h.type)).toContain('FactsMerged');
  });

  it('given the merge, when the absorbed fact is asked for, then 308 to the survivor, keeping the query', async () => {
    const res = await t.http.get(`/facts/${absorbed}`).query({ minPosition: position }).expect(308);
    expect(res.headers.location).toBe(`/facts/${survivor}?minPosition=${position}`);
    const { body } = await t.http.get(res.headers.location!).expect(200);
    expect(body).toMatchObject({ id: survivor, documentCount: 3 });
  });

  it('given the merge, when asked as known before the merging report was published, then the absorbed fact as it stood', async () => {
    // Known times are publications: the March article on 27 March, the merge with April's on 12 April.
    const knownAt = '2018-04-01T00:00:00Z';
    const { body } = await t.http.get('/facts').query({ type: 'DiplomatsExpelled', knownAt }).expect(200);
    expect((body.items as FactJson[]).map((f) => f.id)).toEqual([absorbed]);
    const { body: fact } = await t.http.get(`/facts/${absorbed}`).query({ knownAt }).expect(200);
    expect(fact).toMatchObject({ id: absorbed, documentCount: 1 });
  });

  it('given the merge, then relations count the expulsion once, from the survivor', async () => {
    const state = await relations();
    const russia = state.sides.find((side: { country: string }) => side.country === 'RUS');
    expect(russia.expulsions).toEqual([expect.objectContaining({ count: 60, factIds: [survivor] })]);
  });

  it('given the merge, when re-extracted, then nothing is appended', async () => {
    expect(await reextractAll(store)).toMatchObject({ merged: 0, appended: 0 });
    position = (await store.headPosition()).toString();
  });

  it('given the merge, when the facts read model is rebuilt from position 0, then the views are the same', async () => {
    const before = { facts: await expulsions(), relations: await relations() };
    const { body: started } = await t.http.post('/projections/facts/rebuild').set('Authorization', t.auth).expect(202);
    let job = started;
    for (let i = 0; i < 400 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      job = (await t.http.get(`/projections/jobs/${job.id}`).expect(200)).body;
    }
    expect(job).toMatchObject({ status: 'succeeded' });
    expect({ facts: await expulsions(), relations: await relations() }).toEqual(before);
    await t.http.get(`/facts/${absorbed}`).expect(308);
  });
});

describe('a re-extraction that shows two facts are one', () => {
  let t: TestApp;
  let store: EventStore;
  let mayDocument: string;

  beforeAll(async () => {
    t = await createTestApp();
    store = t.app.get<EventStore>(EVENT_STORE);
    mayDocument = (await t.http.post('/documents').set('Authorization', t.auth).send({ text: MAY }).expect(201)).body.documentId;
    await t.http.post('/documents').set('Authorization', t.auth).send({ text: MARCH }).expect(201);
    // As an older extractor that missed the count read the April article: it matches both facts, neither strongly.
    const olderExtractor = (document: DocumentIngestedData) =>
      extractedFactReports(document).map((draft) => ({ ...draft, values: { ...draft.values, counts: null }, origin: { ...draft.origin, extractorVersion: '0.9.0' } }));
    await ingestDocument(store, { text: APRIL }, { source: 'test', reportFacts: olderExtractor });
  });
  afterAll(() => t.close());

  const expulsions = async (): Promise<FactJson[]> =>
    (await t.http.get('/facts').query({ type: 'DiplomatsExpelled', minPosition: (await store.headPosition()).toString() }).expect(200)).body.items;

  it('given two facts and a report without its count on one of them, when the current extractor finds the count, then the two facts are merged into the first recorded', async () => {
    const before = await expulsions();
    expect(before).toHaveLength(2);

    const summary = await reextractAll(store);

    expect(summary).toMatchObject({ merged: 1, retracted: 0 });
    // The May article was posted first: its fact survives.
    const survivor = before.find((f) => f.provenance[0]!.documentId === mayDocument)!.id;
    const absorbed = before.find((f) => f.id !== survivor)!.id;
    const after = await expulsions();
    expect(after.map((f) => [f.id, f.documentCount])).toEqual([[survivor, 3]]);
    const [, merged] = (await t.http.get(`/streams/${absorbed}/events`).expect(200)).body.items as EventEnvelopeJson[];
    expect(merged).toMatchObject({ type: 'FactsMerged', data: { mergedInto: survivor } });
  });

  it('given the merge, when re-extracted again, then nothing is appended', async () => {
    expect(await reextractAll(store)).toMatchObject({ merged: 0, appended: 0 });
  });
});
