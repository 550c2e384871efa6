import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../../support/app.js';
import { createSeededApp } from './seeded-app.js';

interface Frame {
  readonly id: string;
  readonly envelope: { globalPosition: string; type: string; eventId: string };
}

/** Reads an SSE stream until `count` events arrived. */
function readEvents(port: number, count: number, headers: Record<string, string> = {}): Promise<Frame[]> {
  return new Promise((resolve, reject) => {
    const frames: Frame[] = [];
    const req = httpRequest({ port, path: '/events/live', headers: { Accept: 'text/event-stream', ...headers } }, (res: IncomingMessage) => {
      if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop()!;
        for (const block of blocks) {
          const id = /^id: (\d+)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (id && data) frames.push({ id, envelope: JSON.parse(data) });
        }
        if (frames.length >= count) {
          req.destroy();
          resolve(frames.slice(0, count));
        }
      });
    });
    req.on('error', (error) => (frames.length >= count ? undefined : reject(error)));
    req.end();
  });
}

describe('projections API and the live feed', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createSeededApp();
    const server: Server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it("GET /projections shows every projection's checkpoint and lag", async () => {
    const { body } = await t.http.get('/projections').expect(200);
    expect(body.projections.map((p: { name: string }) => p.name)).toEqual(['stories', 'facts']);
    for (const projection of body.projections) {
      expect(projection).toMatchObject({ caughtUp: true, lag: 0, checkpoint: { globalPosition: expect.stringMatching(/^\d+$/) } });
    }
    expect(Number(body.headPosition)).toBeGreaterThan(30);
  });

  it('POST /projections/:name/rebuild needs the token, knows its projections, and returns a job that GET /projections reports', async () => {
    await t.http.post('/projections/stories/rebuild').expect(401);
    await t.http.post('/projections/nothing/rebuild').set('Authorization', t.auth).expect(404);
    const before = (await t.http.get('/stories').expect(200)).body;

    const started = await t.http.post('/projections/all/rebuild').set('Authorization', t.auth).expect(202);
    expect(started.body).toMatchObject({ id: expect.any(String), projections: ['stories', 'facts'], status: 'running' });
    expect(started.headers.location).toBe(`/projections/jobs/${started.body.id}`);

    let job = started.body;
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      // The old generation keeps serving while the new one is built.
      expect((await t.http.get('/stories').expect(200)).body).toEqual(before);
      await new Promise((r) => setTimeout(r, 25));
      job = (await t.http.get(`/projections/jobs/${job.id}`).expect(200)).body;
    }
    expect(job).toMatchObject({ status: 'succeeded', phase: 'done', eventsDone: expect.any(Number) });
    expect(job.eventsDone).toBeGreaterThan(30);
    const overview = (await t.http.get('/projections').expect(200)).body;
    expect(overview.projections[0].rebuild).toMatchObject({ id: job.id, status: 'succeeded' });
    expect((await t.http.get('/stories').expect(200)).body).toEqual(before);
  });

  it('GET /events/live streams envelopes after Last-Event-ID, in order, without gaps or repeats', async () => {
    const log = (await t.http.get('/events').query({ limit: 1000 }).expect(200)).body.items as { globalPosition: string }[];
    const resumeAfter = log[9]!.globalPosition;
    const frames = await readEvents(port, 15, { 'Last-Event-ID': String(resumeAfter), Authorization: t.auth });
    expect(frames.map((f) => f.envelope.globalPosition)).toEqual(log.slice(10, 25).map((e) => e.globalPosition));
    expect(frames.every((f) => f.id === f.envelope.globalPosition)).toBe(true);
  });

  it('GET /events/live delivers what is appended after connecting', async () => {
    const live = readEvents(port, 1, { Authorization: t.auth });
    await new Promise((r) => setTimeout(r, 200));
    const posted = await t.http
      .post('/documents')
      .set('Authorization', t.auth)
      .send({ text: 'date 2021-04-17\nThe Czech Republic expelled 18 Russian diplomats on Saturday.' })
      .expect(201);
    const [frame] = await live;
    expect(frame!.envelope).toMatchObject({ type: 'DocumentIngested', eventId: posted.body.events[0].eventId });
  });

  it('/docs describes every read endpoint with its clocks', async () => {
    const { body } = await t.http.get('/docs-json').expect(200);
    for (const path of ['/stories', '/stories/{id}', '/stories/{id}/versions', '/stories/{id}/versions/{n}', '/stories/{id}/diff', '/facts', '/facts/{id}', '/timeline', '/relations/{a}/{b}', '/projections', '/projections/{name}/rebuild', '/events/live']) {
      expect(Object.keys(body.paths)).toContain(path);
    }
    const parameters = body.paths['/relations/{a}/{b}'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(['a', 'b', 'validAt', 'knownAt']));
  });

  it('GET /events/live refuses a Last-Event-ID that names no event', async () => {
    await t.http.get('/events/live').set('Authorization', t.auth).set('Last-Event-ID', 'abc').expect(400);
    await t.http.get('/events/live').set('Authorization', t.auth).set('Last-Event-ID', '999999999').expect(400);
  });
});
