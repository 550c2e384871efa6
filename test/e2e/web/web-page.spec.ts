import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { LiveEventsController } from '../../../src/api/live/live-events.controller.js';
import { ProjectionRunnerService } from '../../../src/projections/projection-runner.service.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { describeWithChromium, launchChromium } from '../../support/chromium.js';
import { createSeededApp } from '../read-api/seeded-app.js';

// Screenshots of the main views, kept as test artifacts (and shown in docs/web.md).
const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join('test-artifacts', 'screenshots');

async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Drags a range input to `date`: its value is a day count, read off the label at the left end. */
async function moveSlider(page: Page, slider: string, label: string, date: string): Promise<void> {
  const set = (value: number) =>
    page.locator(slider).evaluate((input, v) => {
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
      setter.call(input, String(v));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  await set(0);
  const start = await page.locator(label).textContent();
  const days = Math.round((Date.parse(date) - Date.parse(start!)) / 86_400_000);
  await set(days);
  await page.locator(label).filter({ hasText: date }).waitFor();
}

/** The diff the page shows, in the API's terms. */
async function shownDiff(page: Page, from: number, to: number): Promise<{ op: string; text: string | null }[]> {
  await page.getByLabel('From version', { exact: true }).selectOption(String(from));
  await page.getByLabel('To version', { exact: true }).selectOption(String(to));
  const diff = page.getByLabel(`Changes from version ${from} to version ${to}`);
  await diff.waitFor();
  return diff.locator('> *').evaluateAll((nodes) =>
    nodes.map((node) => ({ op: { INS: 'insert', DEL: 'delete' }[node.tagName as string] ?? 'equal', text: node.textContent })),
  );
}

/** Posts documents one by one, then waits until the read models have caught up with them. */
async function post(t: TestApp, texts: string[]): Promise<void> {
  for (const text of texts) await t.http.post('/documents').set('Authorization', t.auth).send({ text }).expect(201);
  const { rows } = await t.db.pool.query<{ last: string }>('SELECT max(global_position) AS last FROM events');
  await t.app.get(ProjectionRunnerService).waitUntilCaughtUp({ position: BigInt(rows[0]!.last) });
}

const side = (page: Page, country: string) => page.locator(`#relations-state .side[data-country="${country}"]`);

describeWithChromium('the web page, in a real browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await createSeededApp();
    base = await listen(t);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Nothing beyond the service: a request elsewhere fails the test.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort('blockedbyclient'),
    );
  });
  afterEach(async () => page?.close());

  it('moves the valid-date slider across the 2017 measures and shows the state on each date', async () => {
    await page.goto(`${base}/#/relations?a=RUS&b=USA`);
    await page.locator('#valid-slider').waitFor();

    await moveSlider(page, '#valid-slider', '#valid-value', '2017-07-28');
    await page.locator('#relations-state[data-valid-at="2017-07-28"]').waitFor();
    expect(await side(page, 'USA').locator('[data-kind="staff-cap"]').count()).toBe(0);
    expect(await side(page, 'RUS').locator('[data-kind="mission"]').first().textContent()).toBe('San Francisco consulate general: open');

    await moveSlider(page, '#valid-slider', '#valid-value', '2017-09-01');
    await page.locator('#relations-state[data-valid-at="2017-09-01"]').waitFor();
    const cap = await side(page, 'USA').locator('[data-kind="staff-cap"]').allTextContents();
    expect(cap).toHaveLength(1);
    expect(cap[0]).toMatch(/^cap of 455 .*in-effect/);
    expect(await side(page, 'RUS').locator('[data-kind="mission"]').first().textContent()).toMatch(
      /^San Francisco consulate general: open — closure by USA pending \(ordered 2017-08-31, effective 2017-09-02\)/,
    );

    await moveSlider(page, '#valid-slider', '#valid-value', '2018-03-30');
    await page.locator('#relations-state[data-valid-at="2018-03-30"]').waitFor();
    expect(await side(page, 'RUS').locator('[data-kind="mission"]').first().textContent()).toBe(
      'San Francisco consulate general: closed since 2017-09-02',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'relations-1280.png'), fullPage: true });

    // The second clock: on 1 August 2017 nobody had reported the consulate's closure yet.
    await moveSlider(page, '#known-slider', '#known-value', '2017-08-01');
    await page.locator('#state-title').filter({ hasText: 'as known on 2017-08-01' }).waitFor();
    await page.locator('#relations-state').waitFor();
    await side(page, 'RUS').locator('.none').first().waitFor();
    expect(await side(page, 'RUS').locator('[data-kind="mission"]').count()).toBe(0);
    expect(await side(page, 'USA').locator('[data-kind="staff-cap"]').count()).toBe(1);
  });

  it('moves the valid date a day with the arrow key', async () => {
    await page.goto(`${base}/#/relations?a=RUS&b=USA&validAt=2017-08-31`);
    await page.locator('#valid-value').filter({ hasText: '2017-08-31' }).waitFor();
    await page.locator('#valid-slider').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#relations-state[data-valid-at="2017-09-01"]').waitFor();
  });

  it('opens a fact and highlights each quote in its document, exactly the stored quote', async () => {
    const { body } = await t.http.get('/facts?type=StaffReductionOrdered').expect(200);
    const fact = body.items[0];
    expect(fact.provenance.length).toBeGreaterThan(1);

    await page.goto(`${base}/#/facts`);
    await page.getByRole('link', { name: /^Staff reduction ordered/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Proof/ }).waitFor();
    expect(await page.locator('.fields').textContent()).toContain('RUS (Vladimir Putin)');
    expect(await page.locator('blockquote').allTextContents()).toEqual(fact.provenance.map((p: { quote: string }) => p.quote));
    await page.screenshot({ path: join(SCREENSHOTS, 'fact-1280.png'), fullPage: true });

    for (const [i, provenance] of fact.provenance.entries()) {
      await page.getByRole('link', { name: 'Open the quote in its document' }).nth(i).click();
      await page.locator('mark').waitFor();
      expect(await page.locator('mark').textContent()).toBe(provenance.quote);
      await page.goBack();
      await page.locator('blockquote').first().waitFor();
    }
  });

  it('shows a posted document as it arrives, without reloading', async () => {
    await page.goto(`${base}/`);
    await page.locator('.live[data-status="live"]').waitFor();
    await t.http
      .post('/documents')
      .set('Authorization', t.auth)
      .send({ text: 'date 2021-04-17\nThe Czech Republic expelled 18 Russian diplomats on Saturday.' })
      .expect(201);
    const item = page.locator('.recent li').filter({ hasText: 'The Czech Republic expelled 18 Russian diplomats' });
    await item.waitFor();
    expect(await item.locator('.kind').textContent()).toBe('document');
  });

  it('says when the live connection is lost, and reconnects', async () => {
    await page.goto(`${base}/`);
    await page.locator('.live[data-status="live"]').waitFor();
    // The service ends every open stream, as it does when it stops.
    await t.app.get(LiveEventsController).beforeApplicationShutdown();
    // The stream asks browsers to wait 2 s before reconnecting: the page says so meanwhile.
    await page.locator('.live[data-status="lost"]').filter({ hasText: 'Live updates lost — reconnecting…' }).waitFor();
    await page.locator('.live[data-status="live"]:not([data-reconnects="0"])').waitFor();
    const reconnects = Number(await page.locator('.live').getAttribute('data-reconnects'));
    expect(reconnects).toBeGreaterThanOrEqual(1);
  });

  it('diffs two versions of the seed entry word by word', async () => {
    const { body } = await t.http.get('/stories').expect(200);
    const story = body.items.find((s: { headline: string }) => s.headline.includes('expels 755'));
    const expected = await t.http.get(`/stories/${encodeURIComponent(story.id)}/diff?from=1&to=2`).expect(200);

    await page.goto(`${base}/#/stories`);
    await page.getByLabel('Search headlines and summaries').fill('755 diplomats');
    await page.getByRole('link', { name: story.headline }).click();
    const parts = await shownDiff(page, 1, 2);
    expect(parts).toEqual(expected.body.changes);
    expect(parts).toContainEqual({ op: 'insert', text: expect.stringContaining('Russia-United States relations:') });
    const { body: detail } = await t.http.get(`/stories/${encodeURIComponent(story.id)}`).expect(200);
    const shownSources = await page.locator('section[aria-labelledby="sources-title"] li').allTextContents();
    expect(shownSources).toHaveLength(detail.sources.length);
    for (const [i, source] of (detail.sources as { name: string; version: number | null }[]).entries()) {
      expect(shownSources[i]).toContain(source.name);
      expect(shownSources[i]).toContain(`cited from version ${source.version}`);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'story-1280.png'), fullPage: true });
  });

  it('searches stories on the server, keeps the search in the address, and shows each story\'s fact count', async () => {
    const { body } = await t.http.get('/stories').query({ q: 'sanction' }).expect(200);
    expect(body.items.length).toBeGreaterThan(0);

    await page.goto(`${base}/#/stories`);
    await page.getByLabel('Search headlines and summaries').fill('sanction');
    await page.waitForURL(`${base}/#/stories?q=sanction`);
    const cards = page.locator('ul.cards > li');
    await page.locator('p.count').filter({ hasText: 'matching “sanction”' }).waitFor();
    await expect(cards.count()).resolves.toBe(body.items.length);
    for (const [i, story] of (body.items as { headline: string; factCount: number }[]).entries()) {
      await expect(cards.nth(i).locator('.headline').textContent()).resolves.toBe(story.headline);
      await expect(cards.nth(i).locator('.fact-count').textContent()).resolves.toBe(`${story.factCount} ${story.factCount === 1 ? 'fact' : 'facts'}`);
    }

    await page.getByLabel('Search headlines and summaries').fill('zeppelin');
    await page.getByRole('status').filter({ hasText: 'No story matches “zeppelin”' }).waitFor();
    await page.reload();
    await expect(page.getByLabel('Search headlines and summaries').inputValue()).resolves.toBe('zeppelin');
  });

  it('keeps a story of 500 versions on one scrolling line and diffs its first and last', async () => {
    // A made-up entry whose headline was revised 500 times.
    const changes = Array.from({ length: 500 }, (_, i) => {
      const n = i + 1;
      const when = n === 500 ? '' : `2020-01-01 ${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00 `;
      const label = n === 1 ? 'First version' : n === 500 ? 'Current version' : 'Update';
      return `${n}. [The town council adopts its budget, draft ${n}. ](/news/2020/01/01/the-town-council-adopts-its-budget-draft-${n}.md) _${when}(${label})_`;
    });
    await post(t, [
      ['### [2020-01-01](/news/2020/01/01/index.md)', '', '# The town council adopts its budget, draft 500. ', '', 'A headline revised many times.', '', '', '### Changes:', '', ...changes, ''].join('\n'),
    ]);
    const { body } = await t.http.get('/stories').expect(200);
    const story = body.items.find((s: { version: { number: number } }) => s.version.number === 500);
    const expected = await t.http.get(`/stories/${encodeURIComponent(story.id)}/diff?from=1&to=500`).expect(200);

    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${base}/#/story/${encodeURIComponent(story.id)}`);
    const line = page.getByRole('list', { name: 'Versions in order' });
    await line.waitFor();
    expect(await line.getByRole('button').count()).toBe(500);
    expect(await line.evaluate((list) => list.scrollWidth > list.clientWidth)).toBe(true);
    expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await shownDiff(page, 1, 500)).toEqual(expected.body.changes);
  });

  it('lists every one of 200 corroborating quotes of a fact', async () => {
    await post(
      t,
      Array.from({ length: 200 }, (_, i) => `date 2021-04-17\nThe Czech Republic expelled 18 Russian diplomats on Saturday, report number ${i + 1} said.`),
    );
    const { body } = await t.http.get('/facts?actor=CZE').expect(200);
    const fact = body.items[0];
    expect(fact.provenance.length).toBeGreaterThanOrEqual(200);

    await page.goto(`${base}/#/fact/${encodeURIComponent(fact.id)}`);
    await page.getByRole('heading', { level: 2, name: `Proof: ${fact.provenance.length} quotes` }).waitFor();
    expect(await page.locator('blockquote').count()).toBe(fact.provenance.length);
    await page.getByRole('link', { name: 'Open the quote in its document' }).last().click();
    expect(await page.locator('mark').textContent()).toBe(fact.provenance.at(-1).quote);
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const [name, hash] of [
      ['stories', '#/stories'],
      ['relations', '#/relations?a=RUS&b=USA&validAt=2017-09-01'],
      ['facts', '#/facts'],
    ]) {
      await page.goto(`${base}/${hash}`);
      await page.locator('main h1').waitFor();
      await page.locator('main .loading').waitFor({ state: 'detached' });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-360.png`), fullPage: true });
      expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });
});

describeWithChromium('the web page on an empty ledger', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    base = await listen(t);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('says plainly that there is nothing yet', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'The ledger is empty' }).waitFor();
    await page.goto(`${base}/#/facts`);
    await page.getByText('No facts in the ledger yet.').waitFor();
    await page.goto(`${base}/#/relations?a=RUS&b=USA`);
    await page.getByRole('heading', { name: 'Nothing between RUS and USA yet' }).waitFor();
    await page.close();
  });
});
