import { ProjectionRunnerService } from '../../../src/projections/projection-runner.service.js';
import { loadCurrentEventsFixtures, readManifest } from '../../fixtures/current-events/load-fixtures.js';
import { loadUnseenFixtures, readUnseenManifest } from '../../fixtures/current-events-unseen/load-fixtures.js';
import { createTestApp, type TestApp } from '../../support/app.js';

/** The real entries of test/fixtures/current-events/ posted one by one, as a user would, in both orders. */
const fixtures = loadCurrentEventsFixtures();
const { revisionGroups } = readManifest();
/** Each group's history as each order showed it: order -> group -> [label, headline, knownAt] per version. */
const histories = new Map<string, Map<string, unknown[]>>();

describe.each([
  ['in file order', fixtures],
  ['in reverse order', [...fixtures].reverse()],
])('real entries posted %s', (order, posted) => {
  let t: TestApp;
  const storyOf = new Map<string, string>();
  const documentOf = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const f of posted) {
      const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: f.text });
      if (res.status !== 201) throw new Error(`${f.file}: ${res.status} ${JSON.stringify(res.body)}`);
      documentOf.set(f.file, res.body.documentId);
      const recorded = res.body.events.find((e: { type: string }) => e.type === 'StoryRevisionRecorded');
      storyOf.set(f.file, recorded.streamId);
    }
    const { rows } = await t.db.pool.query<{ last: string }>('SELECT max(global_position) AS last FROM events');
    await t.app.get(ProjectionRunnerService).waitUntilCaughtUp({ position: BigInt(rows[0]!.last) });
  }, 600_000);
  afterAll(() => t.close());

  it('given every entry, when posted, then each was accepted as an entry and recorded on a story', () => {
    expect(documentOf.size).toBe(fixtures.length);
  });

  it('given each revision group, when its stories are read, then one story holds every revision', async () => {
    for (const group of revisionGroups) {
      const stories = await Promise.all(group.files.map(async (file) => (await t.http.get(`/stories/${storyOf.get(file)}`).expect(200)).body));
      expect([group.storyGroup, new Set(stories.map((s) => s.id)).size]).toEqual([group.storyGroup, 1]);
      expect([group.storyGroup, [...stories[0].documents].sort()]).toEqual([group.storyGroup, expect.arrayContaining(group.files.map((f) => documentOf.get(f)))]);
      const { body } = await t.http.get(`/stories/${stories[0].id}/versions`).expect(200);
      const seen = histories.get(order) ?? new Map<string, unknown[]>();
      seen.set(group.storyGroup, [stories[0].id, ...body.items.map((v: { label: string; headline: string; knownAt: string | null }) => [v.label, v.headline, v.knownAt])]);
      histories.set(order, seen);
    }
  });

  it('given every story, when read, then no Cover Image among its sources', async () => {
    const { rows } = await t.db.pool.query<{ name: string }>("SELECT data->>'name' AS name FROM events WHERE type = 'StorySourceCited'");
    expect(rows.filter((r) => /cover image/i.test(r.name))).toEqual([]);
  });
});

describe('real entries in both orders', () => {
  it('given each revision group, when posted in either order, then the same story id and the same history', () => {
    const [forward, reverse] = [histories.get('in file order')!, histories.get('in reverse order')!];
    const differing = revisionGroups.filter((g) => JSON.stringify(forward.get(g.storyGroup)) !== JSON.stringify(reverse.get(g.storyGroup)));
    expect(differing.map((g) => [g.storyGroup, forward.get(g.storyGroup), reverse.get(g.storyGroup)])).toEqual([]);
  });
});

/** The second real set (test/fixtures/current-events-unseen/): posted one by one, in both orders, as a user would. */
const unseen = loadUnseenFixtures();
const { revisionGroups: unseenGroups } = readUnseenManifest();

describe.each([
  ['in file order', unseen],
  ['in reverse order', [...unseen].reverse()],
])('a second set of real entries posted %s', (_order, posted) => {
  let t: TestApp;
  const storyOf = new Map<string, string>();
  const refused = new Map<string, unknown>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const f of posted) {
      const res = await t.http.post('/documents').set('Authorization', t.auth).send({ text: f.text });
      if (res.status === 201) storyOf.set(f.file, res.body.events.find((e: { type: string }) => e.type === 'StoryRevisionRecorded').streamId);
      else refused.set(f.file, [res.status, res.body.parseError, res.body.line]);
    }
    const { rows } = await t.db.pool.query<{ last: string }>('SELECT max(global_position) AS last FROM events');
    await t.app.get(ProjectionRunnerService).waitUntilCaughtUp({ position: BigInt(rows[0]!.last) });
  }, 600_000);
  afterAll(() => t.close());

  it('given every entry and the day indexes, when posted, then each entry recorded on a story and each index refused as DAY_INDEX', () => {
    expect(new Map([...refused].sort())).toEqual(new Map(unseen.filter((f) => f.kind === 'day-index').map((f) => [f.file, [422, 'DAY_INDEX', 1]])));
    expect(storyOf.size).toBe(unseen.filter((f) => f.kind === 'entry').length);
  });

  it('given each revision group, when its revisions are read, then one story, with no Cover Image among its sources', async () => {
    for (const group of unseenGroups) {
      const stories = await Promise.all(group.files.map(async (file) => (await t.http.get(`/stories/${storyOf.get(file)}`).expect(200)).body));
      expect([group.storyGroup, new Set(stories.map((s) => s.id)).size]).toEqual([group.storyGroup, 1]);
      expect([group.storyGroup, stories[0].sources.filter((s: { name: string }) => /cover image/i.test(s.name))]).toEqual([group.storyGroup, []]);
    }
  });
});
