import { createTestApp, type TestApp } from '../../support/app.js';

const ARTICLE = `date 2021-04-17
The Czech Republic expelled 18 Russian diplomats on Saturday over a 2014 explosion at an ammunition depot.
Prague said the Russian embassy staff were identified as intelligence officers.`;

describe('POST /documents', () => {
  let t: TestApp;
  const eventCount = async () => Number((await t.db.pool.query('select count(*) as n from events')).rows[0].n);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('given a new article, when posted, then 201 with its id and the events written', async () => {
    const res = await t.http
      .post('/documents')
      .set('Authorization', t.auth)
      .send({ text: ARTICLE, publisher: 'Example News', url: 'https://example.org/czech' })
      .expect(201);
    expect(res.body.documentId).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(res.body.created).toBe(true);
    expect(res.body.events[0]).toMatchObject({ streamId: res.body.documentId, type: 'DocumentIngested' });
    const stream = await t.http.get(`/streams/${res.body.documentId}/events`).expect(200);
    expect(stream.body.items[0].data).toMatchObject({
      kind: 'article',
      publisher: 'Example News',
      url: 'https://example.org/czech',
      publishedAt: '2021-04-17',
      text: ARTICLE,
    });
    expect(stream.body.items[0].metadata.knownAt).toBe('2021-04-17T00:00:00.000Z');
  });

  it('given an ingested text, when posted again, then 200 with the same id and nothing written', async () => {
    const before = await eventCount();
    const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: ARTICLE }).expect(200);
    expect(res.body).toEqual({ documentId: expect.stringMatching(/^doc-/), created: false, events: [], position: expect.stringMatching(/^\d+$/) });
    expect(await eventCount()).toBe(before);
  });

  it('given a JSON document, when posted, then its text is stored and quoted, its fields are the metadata and the original is kept as a digest', async () => {
    const json = JSON.stringify({ text: ARTICLE.split('\n').slice(1).join('\n'), url: 'https://example.org/czech-json', publishedAt: '2021-04-17T09:00:00Z', title: 'Prague expels diplomats', publisher: 'Example Wire' });
    const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: json }).expect(201);
    const stream = await t.http.get(`/streams/${res.body.documentId}/events`).expect(200);
    expect(stream.body.items[0].data).toMatchObject({
      kind: 'article',
      title: 'Prague expels diplomats',
      publisher: 'Example Wire',
      url: 'https://example.org/czech-json',
      publishedAt: '2021-04-17T09:00:00.000Z',
      text: ARTICLE.split('\n').slice(1).join('\n'),
      original: { format: 'json', length: json.length },
    });
    const quotes = res.body.events.filter((e: { type: string }) => e.type !== 'DocumentIngested');
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('given no date in the text, when ingested, then the publication time stays unknown', async () => {
    const res = await t.http
      .post('/documents')
      .set('Authorization', t.auth)
      .send({ text: 'Diplomats met in Geneva to discuss the crisis.' })
      .expect(201);
    const stream = await t.http.get(`/streams/${res.body.documentId}/events`).expect(200);
    expect(stream.body.items[0].data.publishedAt).toBeNull();
    expect(stream.body.items[0].metadata.knownAt).toBeNull();
  });

  describe('errors (problem+json, nothing written)', () => {
    let before: number;
    beforeEach(async () => {
      before = await eventCount();
    });
    afterEach(async () => {
      expect(await eventCount()).toBe(before);
    });

    it('given no token, when posting, then 401', async () => {
      const res = await t.http.post('/documents').send({ text: 'Some text here.' }).expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, title: 'Unauthorized' });
    });

    it('given a wrong token, when posting, then 401', async () => {
      await t.http.post('/documents').set('Authorization', 'Bearer wrong-token').send({ text: 'x y z' }).expect(401);
    });

    it('given an unknown field, when posting, then 400 naming it', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .send({ text: 'Some text here.', author: 'me' })
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([{ field: 'author', messages: ['property author should not exist'] }]);
    });

    it('given no text and a bad date, when posting, then 400 listing both fields', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .send({ publishedAt: 'yesterday', kind: 'poem' })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'publishedAt', 'text']);
    });

    it('given malformed JSON, when posting, then 400', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .set('Content-Type', 'application/json')
        .send('{"text": ')
        .expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('given a body over 1 MiB, when posting, then 413', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .send({ text: 'a'.repeat(1024 * 1024 + 10) })
        .expect(413);
      expect(res.body).toMatchObject({ status: 413, title: 'Payload Too Large' });
    });

    it('given binary content, when posting, then 422 with the parse error code', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .send({ text: 'abc\u0001\u0002def' })
        .expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'PARSE_ERROR', parseError: 'BINARY_CONTENT' });
    });

    it('given an entry sent as an article, when posted, then 422 KIND_MISMATCH naming what it reads as', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .send({ kind: 'article', text: '### [2017-07-30](/news/2017/07/30/index.md)\n\n# A headline\n\nA summary.\n' })
        .expect(422);
      expect(res.body).toMatchObject({ parseError: 'KIND_MISMATCH', detail: expect.stringContaining('current-events entry') });
    });

    it('given an entry without its headline, when posted, then 422 naming the line', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .send({ text: '### [2017-07-30](/news/2017/07/30/index.md)\n\nA summary only.\n' })
        .expect(422);
      expect(res.body).toMatchObject({ parseError: 'MISSING_HEADLINE', line: 2 });
    });
  });
});

describe('GET /events and /streams/:id/events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NEWSLEDGER_SEED_ON_START: 'true' });
  });
  afterAll(() => t.close());

  it.each([
    ['/events?limit=0', 'limit'],
    ['/events?limit=abc', 'limit'],
    ['/events?after=-1', 'after'],
    ['/events?cursor=x', 'cursor'],
    ['/events?after=999999', 'after'],
    ['/streams/doc-x/events?direction=sideways', 'direction'],
    ['/streams/doc-x/events?fromVersion=1.5', 'fromVersion'],
  ])('given bad paging values (%s), when reading, then 400 problem+json naming %s in errors', async (url, field) => {
    const res = await t.http.get(url).expect(400).expect('Content-Type', /application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    if (url.endsWith('999999')) expect(res.body.detail).toMatch(/No event at position 999999/);
  });

  it('given the whole log, when paged by next as cursor, then every event once and next null at the end', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const { body } = await t.http.get('/events').query({ limit: 7, ...(cursor ? { cursor } : {}) }).expect(200);
      expect(Object.keys(body).sort()).toEqual(['items', 'next']);
      seen.push(...body.items.map((e: { globalPosition: string }) => e.globalPosition));
      if (body.next === null) break;
      expect(body.next).toBe(body.items.at(-1).globalPosition);
      cursor = body.next;
    }
    const all = (await t.db.pool.query<{ p: string }>('SELECT global_position::text AS p FROM events ORDER BY global_position')).rows.map((r) => r.p);
    expect(seen).toEqual(all);
  });

  it('given a stream, when read backwards with a limit, then newest first', async () => {
    const staff = (await t.http.get('/events?limit=200').expect(200)).body.items.find((e: { type: string }) => e.type === 'StaffReductionOrdered');
    const res = await t.http.get(`/streams/${staff.streamId}/events?direction=backwards&limit=2`).expect(200);
    expect(res.body.items.map((e: { streamVersion: string }) => e.streamVersion)).toEqual(['5', '4']);
    expect(res.body.next).toBe('3');
    const rest = await t.http.get(`/streams/${staff.streamId}/events`).query({ direction: 'backwards', cursor: res.body.next }).expect(200);
    expect(rest.body.items.map((e: { streamVersion: string }) => e.streamVersion)).toEqual(['3', '2', '1']);
    expect(rest.body.next).toBeNull();
  });

  it('given an unknown stream, when read, then an empty list', async () => {
    const res = await t.http.get('/streams/doc-0000000000000000/events').expect(200);
    expect(res.body).toEqual({ items: [], next: null });
  });
});
