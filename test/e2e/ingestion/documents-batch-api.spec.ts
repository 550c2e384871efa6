import { createTestApp, type TestApp } from '../../support/app.js';

const article = (n: number) => `date 2019-03-0${n}
Officials in Lisbon and Madrid met for the ${n}th round of talks about a shared rail timetable on Tuesday.
Neither side said when the next meeting would be held, and the draft timetable was not published.`;

const MANY_ITEMS_ENTRY = [
  '### [2019-03-04](/news/2019/03/4/index.md)',
  '',
  '# A headline above far too many sources',
  '',
  'A short summary.',
  '',
  '### Sources:',
  '',
  ...Array.from({ length: 10_000 }, (_, i) => `1. [Outlet ${i}](https://example.org/${i})`),
].join('\n');

describe('POST /documents/batch', () => {
  let t: TestApp;
  const eventCount = async () => Number((await t.db.pool.query('select count(*) as n from events')).rows[0].n);
  const post = (body: unknown) => t.http.post('/documents/batch').set('Authorization', t.auth).send(body as object);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('given new, repeated, known and unreadable documents, when posted, then one result each, in order, and only the new ones written', async () => {
    const known = await t.http.post('/documents').set('Authorization', t.auth).send({ text: article(1) }).expect(201);
    const before = await eventCount();

    const res = await post({
      documents: [
        { text: article(2), publisher: 'Example Wire' },
        { text: article(1) },
        { text: 'abc\u0001\u0002def' },
        { text: MANY_ITEMS_ENTRY },
        { text: article(2) },
      ],
    }).expect(200);

    expect(res.body).toMatchObject({ created: 1, alreadyIngested: 2, rejected: 2 });
    const [created, again, binary, tooMany, repeated] = res.body.results;
    expect(created).toMatchObject({ index: 0, status: 'created', documentId: expect.stringMatching(/^doc-[0-9a-f]{16}$/) });
    expect(created.events[0]).toMatchObject({ streamId: created.documentId, type: 'DocumentIngested' });
    expect(again).toEqual({ index: 1, status: 'already-ingested', documentId: known.body.documentId });
    expect(binary).toMatchObject({
      index: 2,
      status: 'rejected',
      problem: { status: 422, title: 'Unprocessable Content', code: 'PARSE_ERROR', parseError: 'BINARY_CONTENT' },
    });
    expect(binary.problem.instance).toBe('/documents/batch#/documents/2');
    expect(tooMany.problem).toMatchObject({ status: 422, parseError: 'TOO_MANY_ITEMS' });
    expect(repeated).toEqual({ index: 4, status: 'already-ingested', documentId: created.documentId });
    expect(await eventCount()).toBe(before + created.events.length);

    const stream = await t.http.get(`/streams/${created.documentId}/events`).expect(200);
    expect(stream.body.items[0].data).toMatchObject({ publisher: 'Example Wire', text: article(2) });
  });

  it('given the same batch twice, when posted again, then every document is already ingested and nothing is written', async () => {
    const documents = [{ text: article(3) }, { text: article(4) }];
    await post({ documents }).expect(200);
    const before = await eventCount();
    const res = await post({ documents }).expect(200);
    expect(res.body).toMatchObject({ created: 0, alreadyIngested: 2, rejected: 0 });
    expect(await eventCount()).toBe(before);
  });

  describe('limits (400/401/413 problem+json, nothing written)', () => {
    let before: number;
    beforeEach(async () => {
      before = await eventCount();
    });
    afterEach(async () => {
      expect(await eventCount()).toBe(before);
    });

    it('given 101 documents, when posted, then 400 naming documents', async () => {
      const documents = Array.from({ length: 101 }, (_, i) => ({ text: `Document number ${i} of a batch too large.` }));
      const res = await post({ documents }).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([{ field: 'documents', messages: ['documents must contain no more than 100 elements'] }]);
    });

    it('given no documents, when posted, then 400', async () => {
      await post({ documents: [] }).expect(400);
      await post({}).expect(400);
    });

    it('given one document without text among good ones, when posted, then 400 naming its index and nothing written', async () => {
      const res = await post({ documents: [{ text: article(5) }, { url: 'https://example.org/x' }] }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['documents.1.text']);
    });

    it('given a body over 1 MiB, when posted, then 413', async () => {
      const documents = Array.from({ length: 3 }, (_, i) => ({ text: `${i} ${'word '.repeat(80_000)}` }));
      const res = await post({ documents }).expect(413);
      expect(res.body).toMatchObject({ status: 413 });
    });

    it('given no token, when posted, then 401', async () => {
      await t.http.post('/documents/batch').send({ documents: [{ text: article(6) }] }).expect(401);
    });
  });

  it('is described in the OpenAPI document', async () => {
    const res = await t.http.get('/docs-json').expect(200);
    const operation = res.body.paths['/documents/batch'].post;
    expect(operation.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '413', '415', '503']);
    expect(JSON.stringify(res.body.components.schemas.IngestDocumentBatchDto)).toContain('"maxItems":100');
  });
});
