import type { TestApp } from '../../support/app.js';
import { createSeededApp } from '../read-api/seeded-app.js';

describe('GET /documents/:id, the text quotes point into', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createSeededApp();
  });
  afterAll(async () => t?.close());

  it('returns the stored text, in which every quote of every fact sits at its offsets', async () => {
    const { body } = await t.http.get('/facts?limit=200').expect(200);
    const quotes = body.items.flatMap((fact: { provenance: { documentId: string; quote: string; start: number; end: number }[] }) => fact.provenance);
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) {
      const document = await t.http.get(`/documents/${encodeURIComponent(quote.documentId)}`).expect(200);
      expect(document.body.documentId).toBe(quote.documentId);
      expect(document.body.text.slice(quote.start, quote.end)).toBe(quote.quote);
    }
  });

  it('answers 404 problem+json for an unknown id and for a stream that is not a document', async () => {
    const unknown = await t.http.get('/documents/doc-0000000000000000').expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    const { body } = await t.http.get('/stories').expect(200);
    await t.http.get(`/documents/${encodeURIComponent(body.items[0].id)}`).expect(404);
  });

  it('serves the page at / and its libraries from the service itself', async () => {
    const index = await t.http.get('/').expect(200);
    expect(index.text).toContain('<script type="module" src="/web/app.js">');
    await t.http.get('/web/vendor/preact.mjs').expect(200).expect('Content-Type', /javascript/);
    await t.http.get('/web/vendor/uplot.mjs').expect(200);
    await t.http.get('/web/../package.json').expect(404);
    await t.http.get('/web/nope.js').expect(404);
  });
});
