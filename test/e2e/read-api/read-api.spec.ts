import type { AddressInfo } from 'node:net';
import { createNewsledgerClient } from '../../../client/index.js';
import type { TestApp } from '../../support/app.js';
import { createSeededApp } from './seeded-app.js';

const CURRENT = 'Russian President Vladimir Putin expels 755 U.S. diplomats in response to new sanctions imposed by the United States.';
const FIRST = 'Russian President Vladimir Putin expels 755 United States diplomats in response to new sanctions imposed by the United States.';
const UPDATE = `Russia-United States relations: ${CURRENT}`;

describe('read API over the seeds', () => {
  let t: TestApp;
  let storyId: string;

  let api: ReturnType<typeof createNewsledgerClient>;

  beforeAll(async () => {
    t = await createSeededApp();
    await t.app.listen(0, '127.0.0.1');
    api = createNewsledgerClient(`http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`);
    const { body } = await t.http.get('/stories').expect(200);
    storyId = body.items.find((s: { date: string }) => s.date === '2017-07-30').id;
  });
  afterAll(() => t.close());

  describe('through the generated client (client/, typed from the OpenAPI description)', () => {
    it('reads a story, its versions and its facts with typed parameters and answers', async () => {
      const story = await api.GET('/stories/{id}', { params: { path: { id: storyId } } });
      expect(story.response.status).toBe(200);
      expect(story.data!.headline).toBe(CURRENT);
      const versions = await api.GET('/stories/{id}/versions', { params: { path: { id: storyId } } });
      expect(versions.data!.items.map((v) => v.headline)).toEqual([FIRST, UPDATE, CURRENT]);
      expect(versions.data!.next).toBeNull();
      const facts = await api.GET('/facts', { params: { query: { actor: 'RUS', target: 'USA', limit: 200 } } });
      expect(facts.data!.items.length).toBeGreaterThan(0);
      expect(facts.data!.items.every((f) => f.actor.country === 'RUS' && f.target.country === 'USA')).toBe(true);
    });

    it('pages the log by next and reads typed problem details on errors', async () => {
      const first = await api.GET('/events', { params: { query: { limit: 5 } } });
      const second = await api.GET('/events', { params: { query: { limit: 5, cursor: first.data!.next! } } });
      expect(BigInt(second.data!.items[0]!.globalPosition)).toBeGreaterThan(BigInt(first.data!.items.at(-1)!.globalPosition));
      const missing = await api.GET('/facts/{id}', { params: { path: { id: 'fact-none' } } });
      expect(missing.response.status).toBe(404);
      expect(missing.error).toMatchObject({ status: 404, errors: [] });
      const bad = await api.GET('/events', { params: { query: { limit: 0 } } });
      expect(bad.error!.errors!.map((e) => e.field)).toEqual(['limit']);
    });
  });

  describe('stories', () => {
    it('GET /stories counts, per story, the facts its documents report', async () => {
      const { body: stories } = await t.http.get('/stories').expect(200);
      const { body: facts } = await t.http.get('/facts').query({ limit: 200 }).expect(200);
      for (const story of stories.items as { id: string; factCount: number }[]) {
        const { body: detail } = await t.http.get(`/stories/${story.id}`).expect(200);
        const documents = new Set<string>(detail.documents);
        const reporting = (facts.items as { provenance: { documentId: string }[] }[]).filter((fact) =>
          fact.provenance.some((entry) => documents.has(entry.documentId)),
        );
        expect(story.factCount).toBe(reporting.length);
      }
      expect(stories.items.find((s: { id: string }) => s.id === storyId).factCount).toBeGreaterThan(0);
    });

    it('GET /stories?q= finds stories by words of any version, stemmed, and nothing for words no story has', async () => {
      const ids = async (q: string): Promise<string[]> =>
        ((await t.http.get('/stories').query({ q }).expect(200)).body.items as { id: string }[]).map((s) => s.id);
      expect(await ids('expelled diplomats')).toContain(storyId);
      expect(await ids('"Russia-United States relations"')).toContain(storyId);
      expect(await ids('expels -diplomats')).not.toContain(storyId);
      expect(await ids('zeppelin')).toEqual([]);
      await t.http.get('/stories').query({ q: 'x'.repeat(201) }).expect(400);
    });

    it('GET /stories/:id shows the current headline, summary, date, sources and related entries', async () => {
      const { body } = await t.http.get(`/stories/${storyId}`).expect(200);
      expect(body).toMatchObject({
        id: storyId,
        date: '2017-07-30',
        headline: CURRENT,
        summary: 'President Vladimir Putin orders reduction in staff and vows for additional measures in retaliation to new US sanctions.',
        version: { number: 3, label: 'Current version', knownAt: null },
      });
      // The one seeded document is the page of the current version, which lists both.
      expect(body.sources.map((s: { name: string; version: number | null }) => [s.name, s.version])).toEqual([['Al Jazeera', 3], ['CNN', 3]]);
      expect(body.related).toHaveLength(5);
      expect(body.related[4]).toMatchObject({ date: '2016-12-29', contextTags: ['American', 'Russia-United States relations'] });
    });

    it('GET /stories/:id?knownAt= shows the version reported by then', async () => {
      const at = async (knownAt: string) => (await t.http.get(`/stories/${storyId}`).query({ knownAt }).expect(200)).body.headline;
      expect(await at('2017-08-10T00:00:00Z')).toBe(FIRST);
      expect(await at('2017-08-28T00:00:00Z')).toBe(UPDATE);
      await t.http.get(`/stories/${storyId}`).query({ knownAt: '2017-08-01T00:00:00Z' }).expect(404);
    });

    it('GET /stories/:id/versions lists every version with number, label, known time and headline', async () => {
      const { body } = await t.http.get(`/stories/${storyId}/versions`).expect(200);
      expect(body.items.map((v: Record<string, unknown>) => [v.number, v.label, v.knownAt, v.headline])).toEqual([
        [1, 'First version', '2017-08-02T07:30:05.000Z', FIRST],
        [2, 'Update', '2017-08-27T03:48:44.000Z', UPDATE],
        [3, 'Current version', null, CURRENT],
      ]);
      expect((await t.http.get(`/stories/${storyId}/versions/2`).expect(200)).body.headline).toBe(UPDATE);
      await t.http.get(`/stories/${storyId}/versions/4`).expect(404);
      await t.http.get(`/stories/${storyId}/versions/two`).expect(400);
      await t.http.get('/stories/story-unknown/versions').expect(404);
    });

    it('GET /stories/:id/diff?from=1&to=2 shows the inserted prefix and "United States" changed to "U.S."', async () => {
      const { body } = await t.http.get(`/stories/${storyId}/diff`).query({ from: 1, to: 2 }).expect(200);
      const changed = body.changes.filter((c: { op: string }) => c.op !== 'equal').map((c: { op: string; text: string }) => [c.op, c.text.trim()]);
      expect(changed).toEqual([
        ['insert', 'Russia-United States relations:'],
        ['delete', 'United States'],
        ['insert', 'U.S.'],
      ]);
      expect(body.changes.map((c: { op: string; text: string }) => (c.op === 'delete' ? '' : c.text)).join('')).toBe(UPDATE);
    });

    it('GET /stories/:id/diff with versions that are not numbers names each field once, each message once', async () => {
      const { body } = await t.http.get(`/stories/${storyId}/diff`).query({ from: 'x', to: '0' }).expect(400);
      expect(body.errors).toEqual([
        { field: 'from', messages: ['from must be a version number (1, 2, ...)'] },
        { field: 'to', messages: ['to must be a version number (1, 2, ...)'] },
      ]);
    });
  });

  describe('facts and timeline', () => {
    it('GET /facts?type= lists the fact with values, provenance, documents, disputes and history', async () => {
      const { body } = await t.http.get('/facts').query({ type: 'StaffReductionOrdered' }).expect(200);
      expect(body.items).toHaveLength(1);
      const fact = body.items[0];
      expect(fact).toMatchObject({
        id: expect.stringMatching(/^fact-[0-9a-f-]{36}$/),
        actor: { country: 'RUS', organisation: null, name: 'Vladimir Putin' },
        target: { country: 'USA' },
        counts: { to: 455, change: 755 },
        status: 'supported',
        documentCount: 4,
      });
      expect(fact.provenance[0]).toEqual(
        expect.objectContaining({ documentId: expect.stringMatching(/^doc-/), quote: expect.any(String), start: expect.any(Number), end: expect.any(Number) }),
      );
      expect(fact.disputes).toEqual([expect.objectContaining({ field: 'validTime.occurredOn' })]);
      expect(fact.history.map((h: { type: string }) => h.type)).toContain('FactDisputed');
      const one = await t.http.get(`/facts/${fact.id}`).expect(200);
      expect(one.body).toEqual(fact);
      await t.http.get('/facts/fact-unknown').expect(404);
    });

    it('GET /facts filters by actor, target and valid time, and pages with a cursor', async () => {
      const all = (await t.http.get('/facts').query({ limit: 200 }).expect(200)).body.items;
      const seen: string[] = [];
      for (let cursor: string | null = null, page = 0; page === 0 || cursor; page++) {
        const { body }: { body: { items: { id: string }[]; next: string | null } } = await t.http
          .get('/facts')
          .query({ limit: 3, ...(cursor ? { cursor } : {}) })
          .expect(200);
        seen.push(...body.items.map((f) => f.id));
        cursor = body.next;
      }
      expect(seen).toEqual(all.map((f: { id: string }) => f.id));
      const byUs = (await t.http.get('/facts').query({ actor: 'usa', target: 'RUS', validFrom: '2016-12-01', validTo: '2016-12-31' }).expect(200)).body;
      expect(byUs.items.map((f: { type: string }) => f.type).sort()).toEqual(['DiplomaticPropertySeized', 'DiplomatsExpelled']);
    });

    it('GET /timeline?countries=RUS,USA lists facts in valid-time order with generated one-line summaries', async () => {
      const { body } = await t.http.get('/timeline').query({ countries: 'RUS,USA' }).expect(200);
      const dated = body.items.filter((e: { date: string | null }) => e.date !== null).map((e: { date: string }) => e.date);
      expect(dated).toEqual([...dated].sort());
      expect(body.items.map((e: { summary: string }) => e.summary)).toContain(
        'Russia (Vladimir Putin) ordered the United States to cut its diplomatic staff in Russia by 755 to 455 on 30 July 2017, effective 1 September 2017.',
      );
      expect(body.items.find((e: { type: string }) => e.type === 'DiplomatsExpelled').summary).toBe(
        'The United States (Obama administration) expelled 35 diplomats of Russia on 29 December 2016.',
      );
    });
  });

  describe('relations', () => {
    const relations = async (validAt: string, a = 'RUS', b = 'USA') =>
      (await t.http.get(`/relations/${a}/${b}`).query({ validAt }).expect(200)).body;
    const mission = (side: { missions: { place: string; facility: string }[] }, place: string, facility: string) =>
      side.missions.find((m) => m.place === place && m.facility === facility);

    it('on 2017-08-15 the staff cut is ordered but not yet in effect and the San Francisco consulate still open', async () => {
      const [russia, us] = (await relations('2017-08-15')).sides;
      expect(us.staffCaps).toEqual([
        expect.objectContaining({ cap: 455, by: 'RUS', status: 'pending', effectiveOn: { value: '2017-09-01', precision: 'day' } }),
      ]);
      expect(mission(russia, 'San Francisco', 'consulate-general')).toMatchObject({ status: 'open' });
    });

    it('on 2017-09-05 both are in effect, with every seed measure on the side that bore it', async () => {
      const [russia, us] = (await relations('2017-09-05')).sides;
      expect(us).toMatchObject({ country: 'USA', in: 'RUS' });
      expect(us.staffCaps).toEqual([expect.objectContaining({ cap: 455, status: 'in-effect', effectiveOn: { value: '2017-09-01', precision: 'day' } })]);
      for (const [place, facility] of [['San Francisco', 'consulate-general'], ['New York', 'trade-mission'], ['Washington', 'trade-mission']]) {
        expect(mission(russia, place!, facility!)).toMatchObject({ status: 'closed', since: { value: '2017-09-02', precision: 'day' } });
      }
      expect(russia.expulsions).toEqual([expect.objectContaining({ count: 35, by: 'USA', orderedOn: { value: '2016-12-29', precision: 'day' } })]);
      expect(us.seizedProperty.map((p: { place: string; facility: string; by: string }) => [p.place, p.facility, p.by])).toEqual([
        ['Serebryany Bor', 'dacha', 'RUS'],
        ['Moscow', 'warehouse', 'RUS'],
      ]);
      expect(russia.seizedProperty.map((p: { place: string; facility: string; by: string }) => [p.place, p.facility, p.by])).toEqual([
        ['Maryland', 'compound', 'USA'],
        ['New York', 'compound', 'USA'],
      ]);
      expect(russia.sanctions).toEqual([expect.objectContaining({ by: 'USA', status: 'in-effect' })]);
    });

    it('does not depend on the order of the two countries', async () => {
      expect(await relations('2017-09-05', 'usa', 'rus')).toEqual(await relations('2017-09-05'));
    });
  });

  describe('cached answers are sent with an ETag and revalidate to 304', () => {
    it.each([
      ['/relations/RUS/USA', { validAt: '2017-09-05' }],
      ['/facts', { type: 'StaffReductionOrdered' }],
      ['/stories/:id', { knownAt: '2017-08-28T00:00:00Z' }],
    ])('GET %s %j', async (route, query) => {
      const path = route.replace(':id', storyId);
      const first = await t.http.get(path).query(query).expect(200);
      expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await t.http.get(path).query(query).expect(200);
      expect(again.headers.etag).toBe(etag);
      expect(again.body).toEqual(first.body);
      const unchanged = await t.http.get(path).query(query).set('If-None-Match', etag).expect(304);
      expect(unchanged.text).toBe('');
      expect(unchanged.headers.etag).toBe(etag);
      await t.http.get(path).query(query).set('If-None-Match', '"something-else"').expect(200);
    });
  });

  describe('bad clocks and parameters are 400 problem+json', () => {
    it.each([
      ['/stories', { knownAt: 'yesterday' }, 'knownAt'],
      ['/stories', { knownAt: '2017-08-10T00:00:00' }, 'knownAt'],
      ['/facts', { validAt: '2017-02-30' }, 'validAt'],
      ['/facts', { type: 'Nope' }, 'type'],
      ['/facts', { limit: '0' }, 'limit'],
      ['/facts', { cursor: 'garbage' }, 'cursor'],
      ['/facts', { colour: 'red' }, 'colour'],
      ['/timeline', { countries: 'RUS;USA' }, 'countries'],
      ['/relations/RUS/USA', { validAt: '15.08.2017' }, 'validAt'],
    ])('GET %s %j', async (path, query, field) => {
      const res = await t.http.get(path).query(query).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(res.body)).toContain(field);
    });

    it('refuses country codes that are not ISO alpha-3, and one country twice', async () => {
      await t.http.get('/relations/RU/USA').expect(400);
      await t.http.get('/relations/USA/usa').expect(400);
      await t.http.get('/facts').query({ validFrom: '2017-09-01', validTo: '2017-08-01' }).expect(400);
    });
  });
});
