import { createStoreFixture, newEvent, newEvents, type StoreFixture } from './event-store-fixture.js';

describe('event store: stream ids by prefix', () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await createStoreFixture();
    for (const id of [
      'fact-diplomats-expelled-usa-rus-2016-12',
      'fact-diplomats-expelled-usa-rus-2018-03',
      'fact-diplomats-expelled-usa-rus-proposed-2016-12',
      'fact-diplomats-expelled-usa-rusx-2016-12',
      'fact-diplomats-expelled-usb-rus-2016-12',
      'fact-diplomats-expelledx',
    ]) {
      await f.store.append(id, newEvents(3));
    }
  });
  afterAll(() => f.db.drop());

  it('given streams of several events, when listed by prefix, then each matching stream once, in id order', async () => {
    expect(await f.store.streamIdsStartingWith('fact-diplomats-expelled-usa-rus-')).toEqual([
      'fact-diplomats-expelled-usa-rus-2016-12',
      'fact-diplomats-expelled-usa-rus-2018-03',
      'fact-diplomats-expelled-usa-rus-proposed-2016-12',
    ]);
  });

  it('given a limit, when listed, then at most that many', async () => {
    expect(await f.store.streamIdsStartingWith('fact-', 2)).toHaveLength(2);
  });

  it('given no stream with the prefix, when listed, then none', async () => {
    await f.store.append('document-1', [newEvent()]);
    expect(await f.store.streamIdsStartingWith('fact-consulate')).toEqual([]);
  });

  it('given some existing and some unknown ids, when asked which exist, then exactly the existing ones, each once', async () => {
    const existing = await f.store.existingStreams([
      'fact-diplomats-expelled-usa-rus-2016-12',
      'fact-diplomats-expelled-usa-rus-2016',
      'fact-diplomats-expelledx',
      'fact-diplomats-expelledx',
      'doc-nowhere',
    ]);
    expect([...existing].sort()).toEqual(['fact-diplomats-expelled-usa-rus-2016-12', 'fact-diplomats-expelledx']);
    expect(await f.store.existingStreams([])).toEqual(new Set());
  });
});
