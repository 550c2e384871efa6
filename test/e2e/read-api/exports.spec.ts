import { parse } from 'csv-parse/sync';
import type { TestApp } from '../../support/app.js';
import { createSeededApp } from './seeded-app.js';

/** Every item of a paged JSON list, in order. */
async function allItems<T>(t: TestApp, path: string, query: Record<string, string> = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const body: { items: T[]; next: string | null } = (await t.http.get(path).query({ ...query, limit: '7', ...(cursor ? { cursor } : {}) }).expect(200)).body;
    items.push(...body.items);
    cursor = body.next;
  } while (cursor !== null);
  return items;
}

describe('exports', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createSeededApp();
  });
  afterAll(() => t.close());

  describe('GET /timeline', () => {
    it.each([
      ['format=csv', { format: 'csv' }, {}],
      ['Accept: text/csv', {}, { Accept: 'text/csv' }],
    ])('given %s, then every entry as a CSV row, in timeline order, with a header', async (_, query, headers) => {
      const entries = await allItems<{ factId: string; summary: string; date: string }>(t, '/timeline', { countries: 'RUS,USA' });
      const res = await t.http.get('/timeline').query({ countries: 'RUS,USA', ...query }).set(headers).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="timeline.csv"');
      const rows = parse(res.text, { columns: true }) as Record<string, string>[];
      expect(entries.length).toBeGreaterThan(3);
      expect(rows.map((r) => [r.factId, r.summary, r.date])).toEqual(entries.map((e) => [e.factId, e.summary, e.date]));
      expect(Object.keys(rows[0]!)).toEqual(['date', 'factId', 'type', 'actor', 'actorName', 'target', 'targetName', 'modality', 'occurredOn', 'effectiveOn', 'summary', 'documentCount']);
    });

    it('given format=timelinejs, then TimelineJS JSON: a slide per dated entry, dated as precisely as the fact', async () => {
      const entries = await allItems<{ factId: string; summary: string; date: string | null; validTime: { occurredOn: { value: string; precision: string } | null } }>(t, '/timeline');
      const { body } = await t.http.get('/timeline').query({ format: 'timelinejs' }).expect(200).expect('Content-Type', /^application\/json/);
      expect(body.title.text.headline).toBe('Newsledger');
      const dated = entries.filter((e) => e.date !== null);
      expect(body.events.map((e: { unique_id: string }) => e.unique_id)).toEqual(dated.map((e) => e.factId));
      for (const [i, entry] of dated.entries()) {
        const slide = body.events[i];
        expect(slide.text.headline).toBe(entry.summary);
        const [year, month, day] = (entry.validTime.occurredOn?.value ?? entry.date!).split('-').map(Number);
        expect(slide.start_date).toEqual({ year, ...(month ? { month } : {}), ...(day ? { day } : {}) });
      }
    });

    it('given an unknown format, then 400 naming format', async () => {
      const res = await t.http.get('/timeline').query({ format: 'ndjson' }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['format']);
    });
  });

  describe('GET /facts', () => {
    it('given format=ndjson, then every fact whole, one per line, as the pages hold them', async () => {
      const facts = await allItems<{ id: string }>(t, '/facts', { actor: 'RUS' });
      const res = await t.http.get('/facts').query({ actor: 'RUS', format: 'ndjson' }).expect(200);
      expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
      const lines = res.text.trimEnd().split('\n').map((line) => JSON.parse(line));
      expect(lines).toEqual(facts);
    });

    it('given Accept: text/csv, then one row per fact with its values', async () => {
      const facts = await allItems<{ id: string; type: string; actor: { country: string }; documentCount: number; places: { name: string }[] }>(t, '/facts');
      const res = await t.http.get('/facts').set('Accept', 'text/csv').expect(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="facts.csv"');
      const rows = parse(res.text, { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => [r.id, r.type, r.actor, Number(r.documentCount), r.places])).toEqual(
        facts.map((f) => [f.id, f.type, f.actor.country, f.documentCount, f.places.map((p) => p.name).join('; ')]),
      );
    });

    it('given no format, then the JSON page as before', async () => {
      const { body } = await t.http.get('/facts').expect(200).expect('Content-Type', /^application\/json/);
      expect(Object.keys(body).sort()).toEqual(['items', 'next']);
    });
  });
});
