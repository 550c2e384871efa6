import { randomUUID } from 'node:crypto';
import { ListFactsHandler, ListFactsQuery } from '../../../src/api/facts/facts.queries.js';
import { factsProjection } from '../../../src/projections/facts/facts.projection.js';
import { decodeCursor } from '../../../src/projections/read-query/page-cursor.js';
import { readModelVersion } from '../../../src/projections/read-query/versioned-cache.js';
import { RelationsReader } from '../../../src/projections/relations/relations.reader.js';
import { liveSchema } from '../../../src/projections/runner/generation.js';
import { readTimeline } from '../../../src/projections/timeline/timeline.reader.js';
import { NOW, createProjectionFixture, day, factReported, project, type ProjectionFixture, seedLikeFacts } from './projection-fixture.js';

describe('relations and timeline, read from the facts read model', () => {
  let fixture: ProjectionFixture;
  const readRelations = (a: string, b: string, clocks: { validAt: string | null; knownAt: Date | null }) =>
    new RelationsReader(fixture.pool).read(a, b, clocks);

  beforeAll(async () => {
    fixture = await createProjectionFixture();
    for (const { streamId, events } of seedLikeFacts(randomUUID().slice(0, 8))) await fixture.store.append(streamId, events);
    const other = `fact-${randomUUID()}`;
    await fixture.store.append(other, [
      factReported({ factId: other, type: 'AmbassadorSummoned', actor: 'GBR', target: 'RUS', occurredOn: day('2017-08-01') }),
    ]);
    await project(fixture, [factsProjection]);
  });
  afterAll(() => fixture.db.drop());

  const at = (validAt: string) => readRelations('RUS', 'USA', { validAt, knownAt: null });

  it('given 2017-08-15, then the staff cap is ordered but pending and the consulate in San Francisco still open', async () => {
    const { sides } = await at('2017-08-15');
    const [russia, us] = sides;
    expect(us).toMatchObject({ country: 'USA', in: 'RUS' });
    expect(us.staffCaps).toEqual([
      expect.objectContaining({ cap: 455, reduction: 755, by: 'RUS', status: 'pending', effectiveOn: day('2017-09-01') }),
    ]);
    // Known now only from its later closure, the consulate was open then.
    expect(russia.missions.map((m) => [m.place, m.facility, m.status, m.closure])).toEqual([
      ['San Francisco', 'consulate-general', 'open', null],
      ['New York', 'trade-mission', 'open', null],
      ['Washington', 'trade-mission', 'open', null],
    ]);
    expect(us.missions).toEqual([expect.objectContaining({ place: 'Moscow', facility: 'embassy', status: 'open' })]);
  });

  it('given 2017-09-05, then the cap is in effect and the consulate and trade offices closed', async () => {
    const [russia, us] = (await at('2017-09-05')).sides;
    expect(us.staffCaps).toEqual([expect.objectContaining({ cap: 455, status: 'in-effect' })]);
    expect(russia.missions.map((m) => [m.place, m.facility, m.status, m.since?.value])).toEqual([
      ['San Francisco', 'consulate-general', 'closed', '2017-09-02'],
      ['New York', 'trade-mission', 'closed', '2017-09-02'],
      ['Washington', 'trade-mission', 'closed', '2017-09-02'],
    ]);
  });

  it('given 2017-09-01, then the closure is ordered and pending', async () => {
    const [russia] = (await at('2017-09-01')).sides;
    expect(russia.missions[0]).toMatchObject({ status: 'open', closure: { status: 'pending', effectiveOn: day('2017-09-02') } });
  });

  it('then expulsions, seized property and who imposed them are on the side that bore them; proposals are left out', async () => {
    const [russia, us] = (await at('2017-09-05')).sides;
    expect(russia.expulsions).toEqual([expect.objectContaining({ count: 35, by: 'USA', orderedOn: day('2016-12-29') })]);
    expect(us.expulsions).toEqual([]);
    expect(us.seizedProperty.map((p) => [p.place, p.facility, p.by])).toEqual([
      ['Serebryany Bor', 'dacha', 'RUS'],
      ['Moscow', 'warehouse', 'RUS'],
    ]);
    expect(russia.seizedProperty.map((p) => [p.place, p.facility])).toEqual([
      ['Maryland', 'compound'],
      ['New York', 'compound'],
    ]);
  });

  it('given the countries in either order, then the state is the same', async () => {
    const clocks = { validAt: '2017-09-05', knownAt: null };
    expect(await readRelations('USA', 'RUS', clocks)).toEqual(await readRelations('RUS', 'USA', clocks));
  });

  it('given knownAt before the consulate closure was reported, then it is not there', async () => {
    const known = await readRelations('RUS', 'USA', { validAt: '2017-09-05', knownAt: new Date('2017-07-31T00:00:00Z') });
    expect(known.sides[0].missions).toEqual([]);
    expect(known.sides[1].staffCaps).toEqual([expect.objectContaining({ cap: 455, effectiveOn: { value: '2017-09', precision: 'month' } })]);
  });

  it('given a cached state, when the facts read model changes, then the state is folded again', async () => {
    const reader = new RelationsReader(fixture.pool);
    const clocks = { validAt: '2030-01-01', knownAt: null };
    const before = await reader.read('FRA', 'DEU', clocks);
    expect(await reader.read('DEU', 'FRA', clocks)).toBe(before);
    const factId = `fact-${randomUUID()}`;
    await fixture.store.append(factId, [
      factReported({ factId, type: 'SanctionsEnacted', actor: 'FRA', target: 'DEU', occurredOn: day('2018-01-01'), detail: 'new' }),
    ]);
    await project(fixture, [factsProjection]);
    const after = await reader.read('FRA', 'DEU', clocks);
    expect(after.sides[0].sanctions).toEqual([expect.objectContaining({ by: 'FRA', detail: 'new' })]);
    expect(before.sides[0].sanctions).toEqual([]);
  });

  it('given a cached state, when only facts of other pairs change, then it is reused; when a fact of the pair changes, it is folded again', async () => {
    const reader = new RelationsReader(fixture.pool);
    const clocks = { validAt: '2030-01-01', knownAt: null };
    const before = await reader.read('NOR', 'SWE', clocks);
    const other = `fact-${randomUUID()}`;
    await fixture.store.append(other, [factReported({ factId: other, type: 'SanctionsEnacted', actor: 'NOR', target: 'FIN', occurredOn: day('2018-01-01') })]);
    await project(fixture, [factsProjection]);
    expect(await reader.read('NOR', 'SWE', clocks)).toBe(before);
    const own = `fact-${randomUUID()}`;
    await fixture.store.append(own, [factReported({ factId: own, type: 'SanctionsEnacted', actor: 'SWE', target: 'NOR', occurredOn: day('2018-01-01') })]);
    await project(fixture, [factsProjection]);
    const after = await reader.read('NOR', 'SWE', clocks);
    expect(after.sides.flatMap((side) => side.sanctions)).toEqual([expect.objectContaining({ by: 'SWE' })]);
    expect(before.sides.flatMap((side) => side.sanctions)).toEqual([]);
  });

  it('given a cached page of facts, when only facts its filter cannot hold change, then it is reused; when one it can hold does, it is read again', async () => {
    const handler = new ListFactsHandler(fixture.pool);
    const query = new ListFactsQuery({ actor: 'POL' }, NOW, { after: null, limit: 20 });
    const before = await handler.execute(query);
    const other = `fact-${randomUUID()}`;
    await fixture.store.append(other, [factReported({ factId: other, type: 'AmbassadorSummoned', actor: 'CZE', target: 'POL', occurredOn: day('2016-01-01') })]);
    await project(fixture, [factsProjection]);
    expect(await handler.execute(query)).toBe(before);
    const own = `fact-${randomUUID()}`;
    await fixture.store.append(own, [factReported({ factId: own, type: 'AmbassadorSummoned', actor: 'POL', target: 'CZE', occurredOn: day('2016-01-01') })]);
    await project(fixture, [factsProjection]);
    const after = await handler.execute(query);
    expect(after.bytes.toString()).toContain(own);
    expect(before.bytes.toString()).not.toContain(own);
  });

  it('given reads in one turn, then they share one version query, and a read after it was sent waits for the next', async () => {
    const schema = liveSchema(factsProjection);
    const first = readModelVersion(fixture.pool, schema);
    expect(readModelVersion(fixture.pool, schema)).toBe(first);
    await new Promise((resolve) => setImmediate(resolve));
    // The shared query is under way: it may have started before a change this read must see.
    const next = readModelVersion(fixture.pool, schema);
    expect(next).not.toBe(first);
    expect(await next).toBe(await first);
    const factId = `fact-${randomUUID()}`;
    await fixture.store.append(factId, [factReported({ factId, type: 'AmbassadorSummoned', actor: 'ITA', target: 'ESP', occurredOn: day('2019-01-01') })]);
    await project(fixture, [factsProjection]);
    expect(await readModelVersion(fixture.pool, schema)).not.toBe(await first);
  });

  it('when the timeline of RUS and USA is read, then facts come in valid-time order with generated summaries', async () => {
    const page = await readTimeline(fixture.pool, { countries: ['RUS', 'USA'] }, NOW, { after: null, limit: 50 });
    expect(page.items.map((e) => e.date)).toEqual(['2016-12-01', '2016-12-29', '2016-12-30', '2017-07-01', '2017-07-30', '2017-08-31']);
    expect(page.items.find((e) => e.type === 'StaffReductionOrdered')?.summary).toBe(
      'Russia ordered the United States to cut its diplomatic staff in Russia by 755 to 455 on 30 July 2017, effective 1 September 2017.',
    );
    expect(page.items.find((e) => e.date === '2016-12-30')?.summary).toBe(
      'Russia proposed to expel 35 diplomats of the United States on 30 December 2016.',
    );
  });

  it('when the timeline is paged or narrowed, then it stays in order and leaves out other pairs', async () => {
    const first = await readTimeline(fixture.pool, { countries: ['USA', 'RUS'] }, NOW, { after: null, limit: 4 });
    const second = await readTimeline(fixture.pool, { countries: ['USA', 'RUS'] }, NOW, { after: decodeCursor(first.next!), limit: 4 });
    expect([...first.items, ...second.items]).toHaveLength(6);
    expect(second.next).toBeNull();
    const russia = await readTimeline(fixture.pool, { countries: ['RUS'] }, NOW, { after: null, limit: 50 });
    expect(russia.items).toHaveLength(7);
    const until = await readTimeline(fixture.pool, { countries: ['RUS', 'USA'] }, { validAt: '2017-07-31', knownAt: null }, { after: null, limit: 50 });
    expect(until.items).toHaveLength(5);
  });
});
