import { createTestApp, type TestApp } from '../../support/app.js';

/** The HTTP edge under hostile requests: every answer a 4xx problem+json, nothing written. */
describe('the HTTP edge', () => {
  let t: TestApp;
  const eventCount = async () => Number((await t.db.pool.query('select count(*) as n from events')).rows[0].n);
  // docs/api.md: every 4xx is problem+json with errors[], naming the input at fault where there is one.
  const expectProblem = (res: { status: number; headers: Record<string, string>; body: { errors?: unknown } }, status: number, field?: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Array.isArray(res.body.errors)).toBe(true);
    if (field !== undefined) expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
  };
  let before: number;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    before = await eventCount();
  });
  afterEach(async () => {
    expect(await eventCount()).toBe(before);
  });
  afterAll(() => t.close());

  describe('bodies', () => {
    it('given a form-urlencoded body, when posted, then 415 and the body is not echoed', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .type('form')
        .send('text=secret-form-value');
      expectProblem(res, 415);
      expect(res.text).not.toContain('secret-form-value');
    });

    it('given a text/plain body, when posted, then 415', async () => {
      expectProblem(await t.http.post('/documents').set('Authorization', t.auth).type('text/plain').send('hello'), 415, 'Content-Type');
    });

    it.each(['__proto__', 'constructor'])('given a "%s" key, when posted, then 400', async (key) => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .type('application/json')
        .send(`{"text": "Diplomats met.", "${key}": {"polluted": true}}`);
      expectProblem(res, 400);
      expect(res.body.detail).toContain(key);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('given JSON nested 5,000 deep, when posted, then 400', async () => {
      const body = `{"text": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
      expectProblem(await t.http.post('/documents').set('Authorization', t.auth).type('application/json').send(body), 400);
    });

    it('given an HTML page nested 20,000 deep, when posted, then 422 HTML_TOO_DEEP and the service answers on', async () => {
      const page = `<!doctype html><html><body>${'<div>'.repeat(20_000)}<p>The envoys met.</p>${'</div>'.repeat(20_000)}</body></html>`;
      const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: page });
      expectProblem(res, 422);
      expect(res.body).toMatchObject({ code: 'PARSE_ERROR', parseError: 'HTML_TOO_DEEP' });
      await t.http.get('/health/live').expect(200);
    });

    it('given a plain-text article of 100,001 characters, when posted, then 422 DOCUMENT_TOO_LARGE', async () => {
      const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: 'The envoys met. '.repeat(6251).slice(0, 100_001) });
      expectProblem(res, 422);
      expect(res.body).toMatchObject({ parseError: 'DOCUMENT_TOO_LARGE' });
    });

    it('given malformed JSON, when posted, then 400 without echoing it', async () => {
      const res = await t.http.post('/documents').set('Authorization', t.auth).type('application/json').send('{"text": secret-token');
      expectProblem(res, 400);
      expect(res.text).not.toContain('secret-token');
    });

    it('given a body over 1 MiB, when posted, then 413 as problem+json', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .send({ text: 'x'.repeat(1024 * 1024 + 1) });
      expectProblem(res, 413);
    });

    it.each([
      ['a lone surrogate in text', '{"text": "Diplomats \\ud800 met."}'],
      ['a NUL in text', '{"text": "Diplomats \\u0000 met."}'],
      ['a NUL in publisher', '{"text": "Diplomats met.", "publisher": "BBC\\u0000"}'],
      ['a lone surrogate in publisher', '{"text": "Diplomats met.", "publisher": "BBC\\udc00"}'],
      ['a NUL in url', '{"text": "Diplomats met.", "url": "https://example.org/\\u0000"}'],
    ])('given %s, when posted, then 400', async (_, body) => {
      expectProblem(await t.http.post('/documents').set('Authorization', t.auth).type('application/json').send(body), 400);
    });
  });

  describe('auth before the body', () => {
    it('given no token and malformed JSON, when posted, then 401 (the body is never parsed)', async () => {
      expectProblem(await t.http.post('/documents').type('application/json').send('{not json'), 401, 'Authorization');
    });

    it('given no token and a body over the limit, when posted, then 401, not 413', async () => {
      expectProblem(await t.http.post('/documents').send({ text: 'x'.repeat(2 * 1024 * 1024) }), 401);
    });

    it('given no token and a form body, when posted, then 401', async () => {
      expectProblem(await t.http.post('/documents').type('form').send('text=hello'), 401);
    });
  });

  describe('values', () => {
    it.each(['2017-W01', '20170101', '2017-01-01T10', '2016-366', '2017-01-01T10:00:00,5Z', '-0001-01-01', '0000-01-01', '2017-01-01T10:00:00', '2017-01-01T24:00Z'])(
      'given publishedAt %s, when posted, then 400 naming the field',
      async (publishedAt) => {
        const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: 'Diplomats met in Geneva.', publishedAt });
        expectProblem(res, 400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['publishedAt']);
      },
    );

    it('given publishedAt with nanoseconds and an offset, when posted, then it is read as that instant', async () => {
      const res = await t.http
        .post('/documents')
        .set('Authorization', t.auth)
        .send({ text: 'Diplomats met in Vienna on a Tuesday.', publishedAt: '2017-01-01T10:00:00.123456789+02:00' })
        .expect(201);
      const stream = await t.http.get(`/streams/${res.body.documentId}/events`).expect(200);
      expect(stream.body.items[0].data.publishedAt).toBe('2017-01-01T08:00:00.123Z');
      before += res.body.events.length;
    });

    it.each([
      ['/relations/RUS/USA?validAt=0000-01-01'],
      ['/relations/RUS/USA?validAt=-0001-01-01'],
      ['/relations/RUS/USA?knownAt=0000-01-01T00:00:00Z'],
      ['/facts?validFrom=0000-01-01'],
      ['/facts?validTo=0000-12-31'],
      ['/timeline?countries=RUS&validFrom=0000-01-01'],
      [`/stories?cursor=${Buffer.from(JSON.stringify(['0000-01-01', 'story-x'])).toString('base64url')}`],
      [`/facts?cursor=${Buffer.from(JSON.stringify(['0000-01-01', 'fact-x'])).toString('base64url')}`],
    ])('given %s, when read, then 400', async (path) => {
      expectProblem(await t.http.get(path), 400);
    });

    it.each(['/stories/story-%00', '/facts/fact%00x', '/streams/doc-%00/events', '/relations/RU%00/USA', '/stories/%ED%A0%80', '/facts/%E0%A4%A'])(
      'given %s in the path, when read, then 400',
      async (path) => {
        expectProblem(await t.http.get(path), 400);
      },
    );

    it('given a NUL in a query value, when read, then 400', async () => {
      expectProblem(await t.http.get('/facts?actor=RU%00'), 400);
    });
  });

  describe('headers', () => {
    it('given any answer, then no X-Powered-By and the usual security headers', async () => {
      const res = await t.http.get('/health');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBeDefined();
      expect(res.headers['x-frame-options']).toBeDefined();
    });

    it('given headers over the server limit, when sent, then 431 as problem+json', async () => {
      const res = await t.http.get('/health').set('X-Big', 'x'.repeat(20_000));
      expectProblem(res, 431, 'headers');
      expect(res.body.status).toBe(431);
    });

    it('given the API docs, when loaded, then they are still served', async () => {
      await t.http.get('/docs-json').expect(200);
      await t.http.get('/docs/').expect(200);
    });
  });
});
