import { createTestApp, type TestApp } from '../../support/app.js';

/** One wire text about one expulsion, as an outlet republishes it: its own date and footer. */
const reprint = (outlet: number, day: number) => `date 2018-03-${String(26 + (day % 4)).padStart(2, '0')}
The United States expelled 60 Russian diplomats over the poisoning of a former spy.

Republished by outlet ${outlet}.`;

interface Posted {
  status: number;
  body: { documentId: string; created: boolean; position: string; events: { type: string; streamId: string }[] };
}

describe('fact identity under concurrent writers', () => {
  let t: TestApp;
  const post = async (text: string): Promise<Posted> => {
    const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text });
    return { status: res.status, body: res.body };
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('given one document, when posted 50 times in parallel, then exactly one answer says created and all name the same document', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(reprint(0, 0))));

    expect(answers.filter((a) => a.status !== 201 && a.status !== 200)).toEqual([]);
    expect(answers.filter((a) => a.body.created)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.documentId)).size).toBe(1);
  }, 300_000);

  it('given the expulsion known, when 200 documents reporting it are posted by 8 clients, then one fact with 200 corroborations, no conflict, one independent source', async () => {
    const answers: Posted[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, client) => {
        for (let i = 0; i < 25; i++) answers.push(await post(reprint(1 + client * 25 + i, i)));
      }),
    );

    expect(answers.filter((a) => a.status !== 201)).toEqual([]);
    const position = answers.map((a) => BigInt(a.body.position)).reduce((max, p) => (p > max ? p : max)).toString();
    const { body } = await t.http
      .get('/facts')
      .query({ type: 'DiplomatsExpelled', actor: 'USA', target: 'RUS', minPosition: position, limit: 200 })
      .expect(200);
    expect(body.items).toHaveLength(1);
    const [fact] = body.items;
    expect(fact.history.filter((h: { type: string }) => h.type === 'FactCorroborated')).toHaveLength(200);
    expect(fact.disputes).toEqual([]);
    expect(fact.documentCount).toBe(201);
    // One wire text under 201 mastheads: one origin.
    expect(fact.independentSourceCount).toBe(1);
  }, 600_000);

  it('given a write, when its fact is read at the position it answered, then the read includes it', async () => {
    const { body } = await post(`date 2018-03-30\nRussia expelled 60 American diplomats in retaliation.`);
    const fact = body.events.find((e) => e.type === 'DiplomatsExpelled')!;
    const read = await t.http.get(`/facts/${fact.streamId}`).set('Min-Position', String(body.position)).expect(200);
    expect(read.body).toMatchObject({ id: fact.streamId, actor: { country: 'RUS' }, target: { country: 'USA' } });
  });

  it('given a position beyond the log, when read with it, then 503 problem+json with Retry-After after the bounded wait', async () => {
    const res = await t.http.get('/facts').query({ minPosition: '999999999' }).expect(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    await t.http.get('/facts').query({ minPosition: 'soon' }).expect(400);
  });
});
