import { randomUUID } from 'node:crypto';
import { GetStoryHandler, GetStoryQuery } from '../../../src/api/stories/stories.queries.js';
import { decodeCursor } from '../../../src/projections/read-query/page-cursor.js';
import { liveSchema } from '../../../src/projections/runner/generation.js';
import { inTransaction } from '../../../src/projections/runner/apply-batch.js';
import { storiesProjection } from '../../../src/projections/stories/stories.projection.js';
import { findStory, listStories, listVersions } from '../../../src/projections/stories/stories.reader.js';
import { NOW, createProjectionFixture, project, type ProjectionFixture, snapshotSchema, storiesMerged, storyEvents } from './projection-fixture.js';

describe('stories read model', () => {
  let fixture: ProjectionFixture;
  const storyId = `story-2017-07-30-${randomUUID()}`;

  beforeAll(async () => {
    fixture = await createProjectionFixture();
    await fixture.store.append(storyId, storyEvents(storyId));
    await project(fixture, [storiesProjection]);
  });
  afterAll(() => fixture.db.drop());

  it('given three versions, when read now, then it shows the current headline, summary, date, sources and related entries', async () => {
    const story = await findStory(fixture.pool, storyId, NOW);
    expect(story).toMatchObject({
      id: storyId,
      date: '2017-07-30',
      headline: 'Putin expels 755 U.S. diplomats.',
      summary: 'Putin orders a staff cut.',
      version: { number: 3, label: 'Current version', knownAt: null },
      documentId: 'doc-story',
    });
    expect(story!.sources.map((s) => s.name)).toEqual(['Al Jazeera', 'CNN']);
    expect(story!.related).toEqual([
      {
        // That entry is not in the ledger: a link, not a story.
        storyId: null,
        path: '/news/2016/12/29/expels-35.md',
        slug: 'expels-35',
        headline: 'The United States expels 35 Russian diplomats.',
        date: '2016-12-29',
        contextTags: ['American', 'Russia-United States relations'],
      },
    ]);
  });

  it('given knownAt, when read, then it shows the newest version reported by then', async () => {
    const at = (time: string) => findStory(fixture.pool, storyId, { validAt: null, knownAt: new Date(time) });
    expect((await at('2017-08-10T00:00:00Z'))?.version.number).toBe(1);
    expect((await at('2017-08-28T00:00:00Z'))?.headline).toBe('Russia-United States relations: Putin expels 755 U.S. diplomats.');
    expect(await at('2017-08-01T00:00:00Z')).toBeNull();
    // Sources and links carry no known time of their own: they count from when they were recorded.
    expect((await at('2017-08-10T00:00:00Z'))?.sources).toEqual([]);
  });

  it('given validAt before the entry date, when read, then the story does not exist yet', async () => {
    expect(await findStory(fixture.pool, storyId, { validAt: '2017-07-29', knownAt: null })).toBeNull();
    expect(await findStory(fixture.pool, storyId, { validAt: '2017-07-30', knownAt: null })).not.toBeNull();
  });

  it('when versions are listed, then they come in order with label and known time', async () => {
    expect((await listVersions(fixture.pool, storyId, null))?.versions).toEqual([
      expect.objectContaining({ number: 1, label: 'First version', knownAt: '2017-08-02T07:30:05.000Z' }),
      expect.objectContaining({ number: 2, label: 'Update', knownAt: '2017-08-27T03:48:44.000Z' }),
      expect.objectContaining({ number: 3, label: 'Current version', knownAt: null }),
    ]);
    expect(await listVersions(fixture.pool, 'story-unknown', null)).toBeNull();
  });

  it('given several stories, when listed page by page, then every story comes once, newest date first', async () => {
    const ids = [`story-2017-08-01-${randomUUID()}`, `story-2017-08-02-${randomUUID()}`];
    for (const id of ids) {
      const events = storyEvents(id).map((e, i) => (i === 0 ? { ...e, data: { ...e.data, date: id.slice(6, 16) } } : e));
      await fixture.store.append(id, events);
    }
    await project(fixture, [storiesProjection]);
    const first = await listStories(fixture.pool, NOW, { after: null, limit: 2 });
    expect(first.items.map((s) => s.id)).toEqual([ids[1], ids[0]]);
    const second = await listStories(fixture.pool, NOW, { after: decodeCursor(first.next!), limit: 2 });
    expect(second.items.map((s) => s.id)).toEqual([storyId]);
    expect(second.next).toBeNull();
  });

  it('given events applied already, when applied again, then the rows are unchanged', async () => {
    const schema = liveSchema(storiesProjection);
    const before = await snapshotSchema(fixture.pool, schema);
    const { events } = await fixture.store.readAll({ limit: 1000 });
    await inTransaction(fixture.pool, (client) => storiesProjection.apply(client, schema, events));
    expect(await snapshotSchema(fixture.pool, schema)).toEqual(before);
  });
});

describe('stories read model: merged and linked stories', () => {
  let fixture: ProjectionFixture;
  const survivor = `story-2017-07-30-${randomUUID()}`;
  const merged = `story-2017-07-31-${randomUUID()}`;
  const linking = `story-2017-08-01-${randomUUID()}`;

  beforeAll(async () => {
    fixture = await createProjectionFixture();
    await fixture.store.append(survivor, storyEvents(survivor));
    await fixture.store.append(merged, [...storyEvents(merged, 'doc-merged'), storiesMerged(merged, survivor)]);
    const events = storyEvents(linking, 'doc-linking');
    const link = events.at(-1)!;
    const toMerged = { ...link, eventId: randomUUID(), data: { ...link.data, relatedStoryId: merged, relatedPath: '/news/2017/07/31/merged.md' } };
    await fixture.store.append(linking, [...events, toMerged]);
    await project(fixture, [storiesProjection]);
  });
  afterAll(() => fixture.db.drop());

  it('given a story merged into another, when read by its own id, then the survivor answers with both stories\' documents', async () => {
    const story = await findStory(fixture.pool, merged, NOW);
    expect(story?.id).toBe(survivor);
    expect([...story!.documents].sort()).toEqual(['doc-merged', 'doc-story']);
  });

  it('given a related entry naming a merged story, when read, then it points to the survivor; one not in the ledger points nowhere', async () => {
    const related = (await findStory(fixture.pool, linking, NOW))!.related;
    expect(related.map((r) => [r.path, r.storyId])).toEqual([
      ['/news/2016/12/29/expels-35.md', null],
      ['/news/2017/07/31/merged.md', survivor],
    ]);
  });

  it('given a cached story, when another story changes, then it is reused; when a story it links to appears, it is read again', async () => {
    const handler = new GetStoryHandler(fixture.pool);
    const query = new GetStoryQuery(linking, NOW);
    const before = await handler.execute(query);
    const unrelated = `story-2017-08-02-${randomUUID()}`;
    await fixture.store.append(unrelated, storyEvents(unrelated, 'doc-unrelated'));
    await project(fixture, [storiesProjection]);
    expect(await handler.execute(query)).toBe(before);
    const linked = 'story-2016-12-29-expels-35';
    await fixture.store.append(linked, storyEvents(linked, 'doc-linked'));
    await project(fixture, [storiesProjection]);
    const related = (JSON.parse((await handler.execute(query)).bytes.toString()) as { related: { path: string; storyId: string | null }[] }).related;
    expect(related.find((r) => r.path === '/news/2016/12/29/expels-35.md')?.storyId).toBe(linked);
  });
});
