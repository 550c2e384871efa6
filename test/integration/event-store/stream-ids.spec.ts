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

  it('given several prefixes, when listed at once, then each prefix with what it alone would list, none for an unmatched one', async () => {
    const prefixes = ['fact-diplomats-expelled-usa-rus-', 'fact-diplomats-expelled-usb-', 'fact-consulate'];
    const found = await f.store.streamIdsStartingWithAny(prefixes, 2);
    expect([...found.keys()].sort()).toEqual([...prefixes].sort());
    for (const prefix of prefixes) expect(found.get(prefix)).toEqual(await f.store.streamIdsStartingWith(prefix, 2));
  });

  it('given existing and unknown streams, when read at once, then each existing one whole and in order, and each one\'s last event', async () => {
    const ids = ['fact-diplomats-expelled-usa-rus-2016-12', 'fact-diplomats-expelledx', 'doc-nowhere'];
    const streams = await f.store.readStreams(ids);
    const heads = await f.store.readStreamHeads(ids);
    expect([...streams.keys()].sort()).toEqual(ids.slice(0, 2).sort());
    expect([...heads.keys()].sort()).toEqual(ids.slice(0, 2).sort());
    for (const id of ids.slice(0, 2)) {
      const one = await f.store.readStream(id);
      expect(streams.get(id)!.map((e) => e.eventId)).toEqual(one.map((e) => e.eventId));
      expect(heads.get(id)!.eventId).toBe(one.at(-1)!.eventId);
      expect(heads.get(id)!.streamVersion).toBe(3n);
    }
    expect((await f.store.readStreams([])).size).toBe(0);
  });
});
