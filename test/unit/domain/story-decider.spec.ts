import type { CurrentEventsEntry } from '../../../src/domain/stories/current-events-entry.js';
import { storyDecider, storyEventId } from '../../../src/domain/stories/story-decider.js';
import type { StoryEvent } from '../../../src/domain/stories/story-events.js';
import { dateInNewsPath, storyIdForEntry, storyIdForPath } from '../../../src/domain/stories/story-identity.js';
import { specify } from './decider-specification.js';

const FIRST_PATH = '/news/2017/07/30/russian-president-vladimir-putin-expels-755-united-states-diplomats.md';
const RELATED_PATH = '/news/2016/12/29/the-united-states-expels-35-russian-diplomats.md';

const entry: CurrentEventsEntry = {
  date: '2017-07-30',
  headline: 'Putin expels 755 U.S. diplomats.',
  summary: 'Putin orders reduction in staff.',
  sources: [{ name: 'CNN', url: 'http://cnn.example/a' }],
  related: [{ headline: 'The US expels 35 Russian diplomats.', path: RELATED_PATH, date: '2016-12-29', contextTags: ['American'] }],
  versions: [
    { version: 1, title: 'Putin expels 755 United States diplomats.', path: FIRST_PATH, knownAt: '2017-08-02T07:30:05Z', label: 'First version' },
    { version: 2, title: 'Putin expels 755 U.S. diplomats.', path: '/news/2017/07/30/putin-expels.md', knownAt: null, label: 'Current version' },
  ],
};
const storyId = storyIdForEntry(entry);
const documentId = 'doc-0123456789abcdef';

const reported: StoryEvent = {
  type: 'StoryReported',
  schemaVersion: 1,
  data: {
    storyId,
    documentId,
    date: '2017-07-30',
    version: 1,
    label: 'First version',
    headline: 'Putin expels 755 United States diplomats.',
    summary: 'Putin orders reduction in staff.',
    path: FIRST_PATH,
    knownAt: '2017-08-02T07:30:05Z',
  },
};
const revised: StoryEvent = {
  type: 'StoryRevised',
  schemaVersion: 1,
  data: { storyId, documentId, version: 2, label: 'Current version', headline: 'Putin expels 755 U.S. diplomats.', path: '/news/2017/07/30/putin-expels.md', knownAt: null },
};
const cited: StoryEvent = { type: 'StorySourceCited', schemaVersion: 1, data: { storyId, documentId, name: 'CNN', url: 'http://cnn.example/a' } };
const linked: StoryEvent = {
  type: 'StoriesLinked',
  schemaVersion: 1,
  data: {
    storyId,
    documentId,
    relatedStoryId: storyIdForPath(RELATED_PATH),
    relatedPath: RELATED_PATH,
    relatedHeadline: 'The US expels 35 Russian diplomats.',
    relatedDate: '2016-12-29',
    contextTags: ['American'],
  },
};

describe('story identity', () => {
  it('given an entry path, when named, then the id is dated, readable, URL-safe and stable', () => {
    const id = storyIdForPath(FIRST_PATH);
    expect(id).toMatch(/^story-2017-07-30-russian-president-vladimir-putin-expels-755-[0-9a-f]{8}$/);
    expect(storyIdForPath(FIRST_PATH)).toBe(id);
    expect(encodeURIComponent(id)).toBe(id);
  });

  it('given an entry, when named, then it gets the id a link to its first version path gets', () => {
    expect(storyId).toBe(storyIdForPath(FIRST_PATH));
  });

  it('given a path with a one-digit day, when dated, then the date is zero-padded', () => {
    expect(dateInNewsPath('/news/2017/02/9/when-russian-president.md')).toBe('2017-02-09');
    expect(dateInNewsPath('/news/2017/02/30/x.md')).toBeNull();
    expect(storyIdForPath('/elsewhere/x.md')).toMatch(/^story-undated-x-[0-9a-f]{8}$/);
  });

  it('given two titles that start alike, when named, then the ids differ', () => {
    const long = 'a-very-long-title-that-goes-on-and-on-well-past-the-slug-limit';
    expect(storyIdForPath(`/news/2017/01/01/${long}-one.md`)).not.toBe(storyIdForPath(`/news/2017/01/01/${long}-two.md`));
  });
});

describe('story decider', () => {
  const spec = specify(storyDecider);
  const record = { type: 'RecordStoryEntry' as const, documentId, entry };

  it('given a new story, when an entry is recorded, then its first version, revisions, sources and links', () => {
    spec.given([]).when(record).then([reported, revised, cited, linked]);
  });

  it('given the entry was recorded, when it is recorded again, then nothing', () => {
    spec.given([reported, revised, cited, linked]).when(record).then([]);
  });

  it('given an older copy of the entry, when a copy with one more version comes, then only that version', () => {
    const third = { version: 3, title: 'Third.', path: '/news/2017/07/30/third.md', knownAt: null, label: 'Current version' as const };
    const newer = { ...entry, versions: [...entry.versions, third] };
    spec
      .given([reported, revised, cited, linked])
      .when({ ...record, entry: newer })
      .then([{ type: 'StoryRevised', schemaVersion: 1, data: { storyId, documentId, version: 3, label: 'Current version', headline: 'Third.', path: third.path, knownAt: null } }]);
  });

  it('given duplicate sources and links in one entry, when recorded, then each is cited or linked once', () => {
    const doubled = { ...entry, sources: [...entry.sources, ...entry.sources], related: [...entry.related, ...entry.related] };
    expect(spec.given([]).when({ ...record, entry: doubled }).thenDecides()).toHaveLength(4);
  });

  it('given the stream of another story, when an entry is recorded, then STORY_ID_MISMATCH', () => {
    const other = { ...reported, data: { ...reported.data, storyId: 'story-other' } } as StoryEvent;
    spec.given([other]).when(record).thenFailsWith('STORY_ID_MISMATCH');
  });

  it('given an entry without versions, when recorded, then STORY_WITHOUT_VERSIONS', () => {
    spec.given([]).when({ ...record, entry: { ...entry, versions: [] } }).thenFailsWith('STORY_WITHOUT_VERSIONS');
  });

  it('given the events of one entry, when identified, then each has its own deterministic id', () => {
    const ids = [reported, revised, cited, linked].map((e) => storyEventId(storyId, e));
    expect(new Set(ids).size).toBe(4);
    expect(storyEventId(storyId, reported)).toBe(ids[0]);
  });
});
