import { envelopeJsonText, toEnvelopeJson } from '../../../src/event-store/envelope-json.js';
import type { StoredEvent } from '../../../src/event-store/event-store.port.js';
import { jsonTextOf, parseJsonKeepingText } from '../../../src/event-store/json-text.js';

const storedEvent = (data: Record<string, unknown>, metadata: Record<string, unknown>): StoredEvent => ({
  globalPosition: 9_007_199_254_740_993n,
  transactionId: 812n,
  streamId: 'fact-"quoted"\\stream',
  streamVersion: 2n,
  eventId: '4f6d0b7e-2f1a-4c1e-9a4b-0d7a3b1c2e5f',
  type: 'StaffReductionOrdered',
  schemaVersion: 1,
  data,
  metadata,
  recordedAt: new Date('2017-07-30T10:00:00.123Z'),
});

describe('JSON text kept from parsing', () => {
  it('given text parsed with its text kept, when written out again, then it is that very text', () => {
    const text = '{"b": [1, 2], "a": "Ä \\"q\\" \\\\"}';
    const value = parseJsonKeepingText(text);
    expect(value).toEqual({ b: [1, 2], a: 'Ä "q" \\' });
    expect(jsonTextOf(value)).toBe(text);
  });

  it('given a parsed value, when copied or compared, then the kept text is invisible', () => {
    const value = parseJsonKeepingText('{"a": 1}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['a']);
    expect(JSON.stringify(value)).toBe('{"a":1}');
    const copy = { ...value, b: 2 };
    expect(jsonTextOf(copy)).toBe('{"a":1,"b":2}');
    expect(value).toStrictEqual({ a: 1 });
  });

  it('given values without kept text, when written out, then JSON.stringify says it', () => {
    expect(jsonTextOf({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
    expect(jsonTextOf('s')).toBe('"s"');
    expect(jsonTextOf(null)).toBe('null');
    expect(jsonTextOf(undefined)).toBe('null');
    expect(parseJsonKeepingText('3')).toBe(3);
  });
});

describe('envelope JSON text', () => {
  it('given an event built in memory, when written as text, then it is byte for byte JSON.stringify of the envelope', () => {
    const event = storedEvent({ factId: 'f-1', quote: 'said "no"\n' }, { knownAt: '2017-07-30T00:00:00Z' });
    expect(envelopeJsonText(event)).toBe(JSON.stringify(toEnvelopeJson(event)));
  });

  it('given an event whose data and metadata kept their stored text, when written, then that text is pasted in', () => {
    const data = parseJsonKeepingText('{"quote": "said \\"no\\"", "factId": "f-1"}') as Record<string, unknown>;
    const metadata = parseJsonKeepingText('{"knownAt": "2017-07-30T00:00:00Z"}') as Record<string, unknown>;
    const text = envelopeJsonText(storedEvent(data, metadata));
    expect(text).toContain('"data":{"quote": "said \\"no\\"", "factId": "f-1"},"metadata":{"knownAt": "2017-07-30T00:00:00Z"}}');
    expect(JSON.parse(text)).toEqual(toEnvelopeJson(storedEvent(data, metadata)));
  });
});
