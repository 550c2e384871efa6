import { mirrorSlug, newsPath, storyIdFor } from '../../../src/domain/stories/story-identity.js';
import { ProjectionRunnerService } from '../../../src/projections/projection-runner.service.js';
import { createTestApp, type TestApp } from '../../support/app.js';

// Two revisions of one invented page, in the mirror's shapes: the earlier has no Changes; the
// later retitled it and lists the earlier version with a category prefix.
const EARLY = 'A river floods the old town after three days of rain.';
const LATE = 'A river floods the old town after three days of rain; hundreds are moved to shelters.';
const RELATED = 'Germany expels 20 Russian diplomats over an espionage case.';
const RELATED_DATE = '2014-02-10';

const dated = (date: string): string => {
  const [y, m, d] = date.split('-');
  return `### [${y}-${m}-${Number(d)}](/news/${y}/${m}/${Number(d)}/index.md)`;
};

const page = (date: string, headline: string, changes: string[] = []): string =>
  [
    `\nFormats: [HTML](${newsPath(date, mirrorSlug(headline)).replace('.md', '.html')})  `,
    dated(date),
    `##### Floods\n# ${headline} `,
    'Officials say the water &quot;rose faster than ever&quot;.',
    '### Sources:',
    [
      '1. [River News](https://river.example/flood)',
      ...(changes.length > 0 ? ['1. [Shelter Desk](https://shelter.example/moved)'] : []),
      '1. [Cover Image](https://river.example/flood.jpg)',
    ].join('\n'),
    ...(changes.length > 0 ? ['### Changes:', changes.join('\n')] : []),
    '### Related:',
    `1. [${RELATED} ](${newsPath(RELATED_DATE, mirrorSlug(RELATED))}) _Context: Germany, Russia_`,
  ].join('\n\n') + '\n';

const early = (date: string): string => page(date, EARLY);
const late = (date: string): string =>
  page(date, LATE, [
    `1. [Floods: ${EARLY} ](${newsPath(date, mirrorSlug(EARLY))}) _${date} 18:00:00 (First version)_`,
    `1. [${LATE} ](${newsPath(date, mirrorSlug(LATE))}) _(Current version)_`,
  ]);
const relatedEntry = [dated(RELATED_DATE), `# ${RELATED}`, '### Sources:', '1. [Paper](https://paper.example/expel)'].join('\n\n') + '\n';

describe('one story across revisions of an entry page, over the API', () => {
  let t: TestApp;
  const post = async (text: string): Promise<string> =>
    (await t.http.post('/documents').set('Authorization', t.auth).send({ text }).expect(201)).body.documentId as string;
  const caughtUp = async (): Promise<void> => {
    const { rows } = await t.db.pool.query<{ last: string }>('SELECT max(global_position) AS last FROM events');
    await t.app.get(ProjectionRunnerService).waitUntilCaughtUp({ position: BigInt(rows[0]!.last) });
  };
  const documents: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await post(relatedEntry);
    // The same pair on two dates, in both arrival orders.
    documents['2019-03-05'] = [await post(early('2019-03-05')), await post(late('2019-03-05'))];
    documents['2019-03-06'] = [await post(late('2019-03-06')), await post(early('2019-03-06'))].reverse();
    await caughtUp();
  }, 240_000);
  afterAll(() => t.close());

  it.each(['2019-03-05', '2019-03-06'])('given the pair of %s, when read, then one story with both documents and one history', async (date) => {
    const { body: list } = await t.http.get('/stories').expect(200);
    const ofDate = list.items.filter((s: { date: string }) => s.date === date);
    expect(ofDate).toHaveLength(1);
    const storyId = storyIdFor(date, mirrorSlug(EARLY));
    expect(ofDate[0].id).toBe(storyId);

    const byLatePage = await t.http.get(`/stories/${storyIdFor(date, mirrorSlug(LATE))}`).expect(200);
    expect(byLatePage.body).toMatchObject({ id: storyId, headline: LATE, category: 'Floods', summary: 'Officials say the water "rose faster than ever".' });
    expect([...byLatePage.body.documents].sort()).toEqual([...documents[date]!].sort());
    // A source is cited from the version whose page first listed it: the shelters only by the later page.
    const riverFirstCitedBy = date === '2019-03-05' ? 1 : 2;
    expect(byLatePage.body.sources).toEqual([
      { name: 'River News', url: 'https://river.example/flood', documentId: expect.any(String), version: riverFirstCitedBy },
      { name: 'Shelter Desk', url: 'https://shelter.example/moved', documentId: expect.any(String), version: 2 },
    ]);

    const { body: history } = await t.http.get(`/stories/${storyId}/versions`).expect(200);
    expect(history.storyId).toBe(storyId);
    expect(history.items.map((v: { headline: string; label: string; knownAt: string | null }) => [v.label, v.headline, v.knownAt])).toEqual([
      ['First version', EARLY, `${date}T18:00:00.000Z`],
      ['Current version', LATE, null],
    ]);
  });

  it('given a related entry that is in the ledger, when the story is read, then its link resolves to that story', async () => {
    const { body } = await t.http.get(`/stories/${storyIdFor('2019-03-05', mirrorSlug(EARLY))}`).expect(200);
    expect(body.related).toEqual([
      expect.objectContaining({ storyId: storyIdFor(RELATED_DATE, mirrorSlug(RELATED)), slug: mirrorSlug(RELATED), date: RELATED_DATE, headline: RELATED }),
    ]);
    await t.http.get(`/stories/${body.related[0].storyId}`).expect(200);
  });

  it('given entries whose Related line reports an expulsion, when ingested, then no fact quotes a Related line', async () => {
    const { rows } = await t.db.pool.query<{ document_id: string; quote: string }>(
      `SELECT data->'provenance'->>'documentId' AS document_id, data->'provenance'->>'quote' AS quote
         FROM events WHERE data ? 'provenance'`,
    );
    const entryDocuments = new Set(Object.values(documents).flat());
    const fromEntries = rows.filter((r) => entryDocuments.has(r.document_id));
    expect(fromEntries.filter((r) => r.quote.includes('Germany expels'))).toEqual([]);
    // The related entry itself states the expulsion: read from its own headline, it is a fact.
    expect(rows.some((r) => r.quote.includes('Germany expels 20 Russian diplomats'))).toBe(true);
  });
});
