import { randomUUID } from 'node:crypto';
import { factsProjection } from '../../../src/projections/facts/facts.projection.js';
import { findFact, listFacts } from '../../../src/projections/facts/facts.reader.js';
import { decodeCursor } from '../../../src/projections/read-query/page-cursor.js';
import { inTransaction } from '../../../src/projections/runner/apply-batch.js';
import { liveSchema } from '../../../src/projections/runner/generation.js';
import {
  createProjectionFixture,
  day,
  factCorroborated,
  factReported,
  factRetracted,
  project,
  type ProjectionFixture,
  seedLikeFacts,
  snapshotSchema,
  NOW,
} from './projection-fixture.js';

describe('facts read model', () => {
  let fixture: ProjectionFixture;
  const prefix = randomUUID().slice(0, 8);
  const staffCut = `fact-${prefix}-staff-cut`;

  beforeAll(async () => {
    fixture = await createProjectionFixture();
    for (const { streamId, events } of seedLikeFacts(prefix)) await fixture.store.append(streamId, events);
    await project(fixture, [factsProjection]);
  });
  afterAll(() => fixture.db.drop());

  it('given a report, a corroboration and a dispute, when read, then it shows values, provenance, documents, disputes and history', async () => {
    const fact = await findFact(fixture.pool, staffCut, null);
    expect(fact).toMatchObject({
      factId: staffCut,
      type: 'StaffReductionOrdered',
      status: 'supported',
      documentCount: 3,
      firstKnownAt: new Date('2017-07-30T18:00:00Z'),
    });
    // The corroboration made the effective date precise.
    expect(fact!.values.validTime.effectiveOn).toEqual(day('2017-09-01'));
    expect(fact!.provenance.map((p) => [p.documentId, p.role])).toEqual([
      ['doc-000', 'reported'],
      ['doc-001', 'corroborated'],
      ['doc-003', 'disputed'],
    ]);
    expect(fact!.provenance[0]).toMatchObject({ quote: 'StaffReductionOrdered quote', start: 0, end: 27 });
    expect(fact!.disputes).toEqual([
      expect.objectContaining({ documentId: 'doc-003', field: 'validTime.occurredOn', reported: day('2017-07-31') }),
    ]);
    expect(fact!.history.map((h) => h.type)).toEqual(['StaffReductionOrdered', 'FactCorroborated', 'FactDisputed']);
  });

  it('given knownAt, when read, then only what had been reported by then counts', async () => {
    const early = await findFact(fixture.pool, staffCut, new Date('2017-07-31T00:00:00Z'));
    expect(early).toMatchObject({ documentCount: 1, disputes: [] });
    expect(early!.values.validTime.effectiveOn).toEqual({ value: '2017-09', precision: 'month' });
    expect(await findFact(fixture.pool, staffCut, new Date('2017-07-01T00:00:00Z'))).toBeNull();
  });

  it('given filters, when facts are listed, then type, actor, target and valid time narrow them', async () => {
    const ids = async (filter: Parameters<typeof listFacts>[1], clocks = NOW) =>
      (await listFacts(fixture.pool, filter, clocks, { after: null, limit: 50 })).items.map((f) => f.factId.replace(`fact-${prefix}-`, ''));
    expect(await ids({ type: 'DiplomaticPropertySeized' })).toEqual(['compounds-seized', 'dacha-seized']);
    expect(await ids({ actor: 'USA' })).toEqual(['compounds-seized', 'expelled-35', 'consulates-closed']);
    expect(await ids({ target: 'USA', type: 'DiplomatsExpelled' })).toEqual(['lavrov-proposal']);
    // The staff cut spans 2017-07-30 .. 2017-09-01, so it reaches into August.
    expect(await ids({ validFrom: '2017-08-01', validTo: '2017-08-31' })).toEqual(['staff-cut', 'consulates-closed']);
    expect(await ids({}, { validAt: '2016-12-31', knownAt: null })).toEqual(['compounds-seized', 'expelled-35', 'lavrov-proposal']);
  });

  it('when facts are listed page by page, then each comes once in valid-time order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listFacts(fixture.pool, {}, NOW, { after: cursor ? decodeCursor(cursor) : null, limit: 4 });
      seen.push(...page.items.map((f) => f.factId));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it('given every reporting document retracted, when read, then the fact is withdrawn', async () => {
    const factId = `fact-${prefix}-retracted`;
    await fixture.store.append(factId, [
      factReported({ factId, type: 'TalksHeld', actor: 'RUS', target: 'USA', documentId: 'doc-x', occurredOn: day('2017-09-15') }),
      factCorroborated(factId, 'doc-y'),
    ]);
    await fixture.store.append(factId, [factRetracted(factId, 'doc-x')]);
    await project(fixture, [factsProjection]);
    expect(await findFact(fixture.pool, factId, null)).toMatchObject({ status: 'supported', documentCount: 1 });
    await fixture.store.append(factId, [factRetracted(factId, 'doc-y')]);
    await project(fixture, [factsProjection]);
    const fact = await findFact(fixture.pool, factId, null);
    expect(fact).toMatchObject({ status: 'withdrawn', documentCount: 0 });
    expect(fact!.provenance.every((p) => p.retracted)).toBe(true);
  });

  it('given a corroboration the log delivers before the report, when projected, then the fact still counts it', async () => {
    const factId = `fact-${prefix}-early-corroboration`;
    await fixture.store.append(factId, [factCorroborated(factId, 'doc-early', { knownAt: '2017-01-01T00:00:00Z' })]);
    await project(fixture, [factsProjection]);
    expect(await findFact(fixture.pool, factId, null)).toBeNull();
    await fixture.store.append(factId, [
      factReported({ factId, type: 'AmbassadorRecalled', actor: 'USA', target: 'RUS', documentId: 'doc-late', occurredOn: day('2017-01-02') }),
    ]);
    await project(fixture, [factsProjection]);
    const { items } = await listFacts(fixture.pool, { type: 'AmbassadorRecalled' }, NOW, { after: null, limit: 10 });
    expect(items).toEqual([expect.objectContaining({ factId, documentCount: 2, firstKnownAt: new Date('2017-01-01T00:00:00Z') })]);
    expect((await findFact(fixture.pool, factId, new Date('2017-01-01T12:00:00Z')))?.documentCount).toBe(1);
  });

  it('given events applied already, when applied again, then the rows are unchanged', async () => {
    const schema = liveSchema(factsProjection);
    const before = await snapshotSchema(fixture.pool, schema);
    const { events } = await fixture.store.readAll({ limit: 1000 });
    const factEvents = events.filter((e) => factsProjection.eventTypes.has(e.type));
    await inTransaction(fixture.pool, (client) => factsProjection.apply(client, schema, factEvents));
    await inTransaction(fixture.pool, (client) => factsProjection.apply(client, schema, [...factEvents, ...factEvents]));
    expect(await snapshotSchema(fixture.pool, schema)).toEqual(before);
  });
});
