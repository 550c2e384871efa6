import type { CurrentEventsEntry, EntryVersion } from '../../../src/domain/stories/current-events-entry.js';
import {
  decideStoryEntry,
  evolveStory,
  initialStoryState,
  type RecordStoryEntry,
  storyEventId,
  type StoryState,
} from '../../../src/domain/stories/story-decider.js';
import type { StoryEvent } from '../../../src/domain/stories/story-events.js';
import { mirrorSlug, mirrorSlugs, newsPath, slugOfPath, storyIdFor, storyIdForPath } from '../../../src/domain/stories/story-identity.js';

// Invented pages of one date: a headline edit gives a page a new slug.
const DATE = '2019-05-06';
const path = (slug: string): string => newsPath(DATE, slug);
const version = (n: number, slug: string, knownAt: string | null, label: EntryVersion['label']): EntryVersion => ({
  version: n,
  title: `Title of ${slug}`,
  path: path(slug),
  slug,
  knownAt,
  label,
});
const entry = (headline: string, versions: EntryVersion[] = [], more: Partial<CurrentEventsEntry> = {}): CurrentEventsEntry => ({
  date: DATE,
  headline,
  category: null,
  summary: null,
  sources: [],
  related: [],
  versions,
  otherSections: [],
  ...more,
});
const command = (documentId: string, e: CurrentEventsEntry, pagePath: string | null = null): RecordStoryEntry => ({
  type: 'RecordStoryEntry',
  documentId,
  entry: e,
  pagePath,
});

type Ledger = Map<string, StoryEvent[]>;

/** Decides on every stream of the ledger and appends what was decided, as ingestion does. */
function record(ledger: Ledger, c: RecordStoryEntry): ReadonlyMap<string, readonly StoryEvent[]> {
  const states = new Map<string, StoryState>([...ledger].map(([id, events]) => [id, events.reduce(evolveStory, initialStoryState())]));
  const decided = decideStoryEntry(c, states);
  for (const [id, events] of decided) ledger.set(id, [...(ledger.get(id) ?? []), ...events]);
  return decided;
}

/** Each story as the read side sees it: merged streams followed to the story they joined. */
function stories(ledger: Ledger): Map<string, { slugs: string[]; documents: string[] }> {
  const into = new Map<string, string>();
  for (const [id, events] of ledger) for (const e of events) if (e.type === 'StoriesMerged') into.set(id, e.data.into);
  const canonical = (id: string): string => (into.has(id) ? canonical(into.get(id)!) : id);
  const out = new Map<string, { slugs: Set<string>; documents: Set<string> }>();
  for (const [id, events] of ledger) {
    const story = out.get(canonical(id)) ?? { slugs: new Set(), documents: new Set() };
    for (const e of events) {
      if ((e.type === 'StoryReported' || e.type === 'StoryRevised') && e.data.path) story.slugs.add(slugOfPath(e.data.path)!);
      if (e.type === 'StoryRevisionRecorded') story.documents.add(e.data.documentId);
    }
    out.set(canonical(id), story);
  }
  return new Map([...out].map(([id, s]) => [id, { slugs: [...s.slugs].sort(), documents: [...s.documents].sort() }]));
}

const permutations = <T>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

// The earliest page, before any edit; its headline gives its slug.
const early = command('doc-early', entry('A dam bursts upstream of the valley town.'));
const earlySlug = mirrorSlug('A dam bursts upstream of the valley town.');
// A later revision retitled the page and lists the earlier version, rewritten with a category prefix.
const revised = command(
  'doc-revised',
  entry('A dam bursts upstream of the valley town, flooding it.', [
    { ...version(1, earlySlug, '2019-05-06T10:00:00Z', 'First version'), title: 'Floods: A dam bursts upstream of the valley town.' },
    version(2, 'a-dam-bursts-upstream-of-the-valley-town-flooding-it', null, 'Current version'),
  ]),
);
// Another page of the date, unrelated until a revision lists it too.
const other = command('doc-other', entry('The valley town is evacuated.'));
const joining = command(
  'doc-joining',
  entry('The valley town is evacuated after a dam bursts.', [
    version(1, earlySlug, '2019-05-06T10:00:00Z', 'First version'),
    version(2, mirrorSlug('The valley town is evacuated.'), '2019-05-06T12:00:00Z', 'Update'),
    version(3, 'the-valley-town-is-evacuated-after-a-dam-bursts', null, 'Current version'),
  ]),
);

describe('story decider: one story across revisions of a page', () => {
  it('given no story of the date, when an entry without Changes is recorded, then its page is the only version, named by its headline slug', () => {
    const ledger: Ledger = new Map();
    const decided = record(ledger, early);
    const storyId = storyIdFor(DATE, earlySlug);
    expect([...decided.keys()]).toEqual([storyId]);
    expect(decided.get(storyId)!.map((e) => e.type)).toEqual(['StoryReported', 'StoryRevisionRecorded']);
    expect(decided.get(storyId)![0]).toMatchObject({ data: { storyId, label: 'Current version', path: path(earlySlug), knownAt: null } });
  });

  it('given an entry with Changes, when recorded, then the story is named by its earliest version and the others follow', () => {
    const decided = record(new Map(), revised);
    const storyId = storyIdForPath(path(earlySlug));
    expect(decided.get(storyId)!.map((e) => [e.type, 'version' in e.data ? e.data.version : null])).toEqual([
      ['StoryReported', 1],
      ['StoryRevised', 2],
      ['StoryRevisionRecorded', null],
    ]);
  });

  it('given the url of the page, when recorded, then its path names the page, not the headline', () => {
    const decided = record(new Map(), command('doc-x', entry('Some headline.'), path('the-real-slug')));
    expect([...decided.keys()]).toEqual([storyIdFor(DATE, 'the-real-slug')]);
  });

  it('given a document already recorded, when recorded again, then nothing', () => {
    const ledger: Ledger = new Map();
    record(ledger, revised);
    expect(record(ledger, revised).size).toBe(0);
  });

  it.each([
    ['earliest first', [early, revised]],
    ['revision first', [revised, early]],
  ])('given a revision pair arriving %s, when both are recorded, then one story with both pages and both documents', (_order, commands) => {
    const ledger: Ledger = new Map();
    for (const c of commands) record(ledger, c);
    expect(stories(ledger)).toEqual(
      new Map([
        [
          storyIdFor(DATE, earlySlug),
          { slugs: [earlySlug, 'a-dam-bursts-upstream-of-the-valley-town-flooding-it'].sort(), documents: ['doc-early', 'doc-revised'] },
        ],
      ]),
    );
  });

  it('given the earliest page first, when the revision states its time, then that time is recorded for the version', () => {
    const ledger: Ledger = new Map();
    record(ledger, early);
    const decided = [...record(ledger, revised).values()].flat();
    expect(decided.filter((e) => e.type === 'StoryRevised').map((e) => [slugOfPath(e.data.path!), e.data.knownAt])).toEqual([
      [earlySlug, '2019-05-06T10:00:00Z'],
      ['a-dam-bursts-upstream-of-the-valley-town-flooding-it', null],
    ]);
  });

  it('given two stories, when a revision lists pages of both, then they are merged, recorded on the story merged away', () => {
    const ledger: Ledger = new Map();
    record(ledger, early);
    record(ledger, other);
    const decided = record(ledger, joining);
    const otherId = storyIdFor(DATE, mirrorSlug('The valley town is evacuated.'));
    expect(decided.get(otherId)).toEqual([
      { type: 'StoriesMerged', schemaVersion: 1, data: { storyId: otherId, into: storyIdFor(DATE, earlySlug), documentId: 'doc-joining' } },
    ]);
  });

  it.each(permutations([early, other, joining, revised]).map((p) => [p.map((c) => c.documentId).join(' > '), p]))(
    'given the pages arriving %s, when all are recorded, then the same single story',
    (_order, commands) => {
      const ledger: Ledger = new Map();
      for (const c of commands) record(ledger, c);
      const all = stories(ledger);
      expect([...all.keys()]).toEqual([storyIdFor(DATE, earlySlug)]);
      expect(all.get(storyIdFor(DATE, earlySlug))!.documents).toEqual(['doc-early', 'doc-joining', 'doc-other', 'doc-revised']);
      expect(all.get(storyIdFor(DATE, earlySlug))!.slugs).toHaveLength(4);
    },
  );

  it('given related entries, when recorded, then links by the related page, none to the story itself, each once', () => {
    const related = [
      { headline: 'Rain falls for a week.', path: '/news/2019/04/30/rain-falls-for-a-week.md', slug: 'rain-falls-for-a-week', date: '2019-04-30', contextTags: ['Weather'] },
      { headline: 'Own page.', path: path(earlySlug), slug: earlySlug, date: DATE, contextTags: [] },
    ];
    const decided = [...record(new Map(), command('doc-r', entry('A dam bursts upstream of the valley town.', [], { related: [...related, related[0]!] }))).values()].flat();
    expect(decided.filter((e) => e.type === 'StoriesLinked').map((e) => e.data.relatedStoryId)).toEqual([storyIdForPath(related[0]!.path)]);
  });

  it('given a story event, when identified, then by what it records: version, document, source, link or merge', () => {
    const events = [...record(new Map(), command('doc-s', entry('Headline.', [], { sources: [{ name: 'Paper', url: 'https://paper.example/a' }] }))).values()].flat();
    const ids = events.map((e) => storyEventId('story-x', e));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the slugs the mirror derives from a headline', () => {
  it('given punctuation, when derived, then each character counts before the cut at 140 and runs collapse after it', () => {
    const headline = `Weather: ${'word '.repeat(40)}`;
    const slug = mirrorSlug(headline);
    // "weather--" takes 9 characters of the 140 before the runs collapse.
    expect(slug).toBe(`weather-${'word-'.repeat(26)}w`);
  });

  it('given non-ASCII letters, when derived, then the plain transliteration and the one read through Latin-1', () => {
    expect(mirrorSlugs('Café talks – São Paulo')).toEqual(['cafe-talks-sao-paulo', 'cafa-c-talks-a-sa-o-paulo']);
    expect(mirrorSlugs('Plain ASCII only.')).toEqual(['plain-ascii-only']);
  });

  it('given a revision listing the earlier page under a slug its title does not give, when both orders are recorded, then one story', () => {
    // The earlier page's path carries a stray "p" the headline does not show.
    const first = command('doc-first', entry('Talks resume in the capital.'));
    const later = command(
      'doc-later',
      entry('Talks resume in the capital after a week.', [
        version(1, 'talks-resume-pin-the-capital', '2019-05-06T09:00:00Z', 'First version'),
        version(2, 'talks-resume-in-the-capital-after-a-week', null, 'Current version'),
      ].map((v, i) => (i === 0 ? { ...v, title: 'Talks resume in the capital.' } : v))),
    );
    for (const order of [[first, later], [later, first]]) {
      const ledger: Ledger = new Map();
      for (const c of order) record(ledger, c);
      expect([...stories(ledger).keys()]).toEqual([storyIdFor(DATE, 'talks-resume-pin-the-capital')]);
    }
  });
});

describe('story decider: revisions that no version link ties', () => {
  // Before the mirror kept Changes lists, an edited headline left pages that name nothing of each other.
  const WIRE = { name: 'Wire', url: 'https://wire.example/harbour-fire' };
  const OTHER = { name: 'Daily', url: 'https://daily.example/rail-strike' };
  const plainTitle = 'A fire at the harbour warehouse burns through the night and closes the port for two days.';
  const plain = command('doc-plain', entry(plainTitle, [], { sources: [WIRE] }));
  const prefixed = command('doc-prefixed', entry(`Harbour fire:${plainTitle}`, [], { sources: [WIRE] }));

  const storyCount = (commands: readonly RecordStoryEntry[]): number => {
    const ledger: Ledger = new Map();
    for (const c of commands) record(ledger, c);
    return stories(ledger).size;
  };

  it.each([
    ['the plain page first', [plain, prefixed]],
    ['the prefixed page first', [prefixed, plain]],
  ])('given a page and the page with a category glued before its headline, arriving %s, when recorded, then one story', (_order, commands) => {
    expect(storyCount(commands)).toBe(1);
  });

  it('given a headline rewritten but the same summary under the same source, when recorded, then one story', () => {
    const summary = 'Firefighters fought the blaze until dawn while the harbour master kept every ship at anchor.';
    const first = command('doc-a', entry('Fire closes the harbour.', [], { summary, sources: [WIRE] }));
    const second = command('doc-b', entry('A warehouse fire shuts the port for two days.', [], { summary, sources: [WIRE] }));
    expect(storyCount([first, second])).toBe(1);
  });

  it('given the same summary under different sources, when recorded, then two stories', () => {
    const summary = 'Firefighters fought the blaze until dawn while the harbour master kept every ship at anchor.';
    const first = command('doc-a', entry('Fire closes the harbour.', [], { summary, sources: [WIRE] }));
    const second = command('doc-b', entry('A rail strike halts trains in the north.', [], { summary, sources: [OTHER] }));
    expect(storyCount([first, second])).toBe(2);
  });

  it('given a short headline and the same with a prefix, when they share a source, then one story, and when not, two', () => {
    const short = (sources: { name: string; url: string }[]): RecordStoryEntry => command('doc-short', entry('"Harbour Lights" wins the prize.', [], { sources }));
    const long = command('doc-long', entry('Film awards of the year. "Harbour Lights" wins the prize.', [], { sources: [WIRE] }));
    expect([storyCount([short([WIRE]), long]), storyCount([short([OTHER]), long])]).toEqual([1, 2]);
  });

  it('given two entries of the date that share a source but not their words, when recorded, then two stories', () => {
    const fire = command('doc-fire', entry(plainTitle, [], { sources: [WIRE] }));
    const strike = command('doc-strike', entry('Rail workers walk out over pay and no trains run in the northern provinces today.', [], { sources: [WIRE] }));
    expect(storyCount([fire, strike])).toBe(2);
  });

  // Two untimed pages joined by their words, then a revision whose Changes list dates one of
  // them first: the story must not be named by a page it has already merged away.
  const untimedA = command('doc-a', entry(plainTitle, [], { sources: [WIRE] }));
  const untimedB = command('doc-b', entry(`Aaa harbour fire. ${plainTitle}`, [], { sources: [WIRE] }));
  const listing = command(
    'doc-c',
    entry('The harbour fire is out after two days; the port reopens.', [
      { ...version(1, mirrorSlug(plainTitle), '2019-05-06T08:00:00Z', 'First version'), title: plainTitle },
      { ...version(2, mirrorSlug(`Aaa harbour fire. ${plainTitle}`), '2019-05-06T09:00:00Z', 'Update'), title: `Aaa harbour fire. ${plainTitle}` },
      version(3, 'the-harbour-fire-is-out-after-two-days-the-port-reopens', null, 'Current version'),
    ], { sources: [WIRE] }),
  );
  it.each(permutations([untimedA, untimedB, listing]).map((p) => [p.map((c) => c.documentId).join(' > '), p]))(
    'given two pages joined by their words and a revision listing both, arriving %s, when recorded, then one story holding all three',
    (_order, commands) => {
      const ledger: Ledger = new Map();
      for (const c of commands) record(ledger, c);
      const all = stories(ledger);
      expect([...all.values()].map((s) => s.documents)).toEqual([['doc-a', 'doc-b', 'doc-c']]);
    },
  );

  it('given a second revision that dates a version earlier than the first did, when recorded, then the earlier time is recorded', () => {
    const ledger: Ledger = new Map();
    const late = version(1, 'the-first-page', '2019-05-07T10:00:00Z', 'First version');
    record(ledger, command('doc-late', entry('The current page.', [late, version(2, 'the-current-page', null, 'Current version')])));
    const decided = [...record(ledger, command('doc-early', entry('The current page!', [{ ...late, knownAt: '2019-05-06T10:00:00Z' }]))).values()].flat();
    expect(decided.filter((e) => e.type === 'StoryRevised').map((e) => [e.data.path, e.data.knownAt])).toEqual([[path('the-first-page'), '2019-05-06T10:00:00Z']]);
  });
});
