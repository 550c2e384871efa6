import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

// patches/kafkajs+2.2.4.patch rewrites how kafkajs encodes records (docs/kafka.md, "The kafkajs
// patch"). It must only change the speed: every expected byte below was produced by stock,
// unpatched kafkajs 2.2.4, so these tests fail if the patch ever changes what goes on the wire.

type HeaderValue = string | Buffer;

interface RecordInput {
  offsetDelta: number;
  timestampDelta: number | string;
  key: string | Buffer | null;
  value: string | Buffer | null;
  headers?: Record<string, HeaderValue | HeaderValue[]>;
}

interface Encoder {
  buffer: Buffer;
}

interface DecodedRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | Buffer[]>;
}

// kafkajs's protocol internals are CommonJS modules without types.
const kafkajs = createRequire(import.meta.url);
const encodeRecord = kafkajs('kafkajs/src/protocol/recordBatch/record/v0') as (record: RecordInput) => Encoder;
const { RecordBatch } = kafkajs('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch: (batch: {
    firstOffset?: number;
    firstTimestamp: number;
    maxTimestamp: number;
    producerId?: number;
    producerEpoch?: number;
    firstSequence?: number;
    lastOffsetDelta: number;
    records: Encoder[];
  }) => Promise<Encoder>;
};
const decodeRecordBatch = kafkajs('kafkajs/src/protocol/recordBatch/v0/decoder') as (
  decoder: unknown,
) => Promise<{ records: DecodedRecord[] }>;
const Decoder = kafkajs('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => unknown;
const crc32C = kafkajs('kafkajs/src/protocol/recordBatch/crc32C') as (buffer: Buffer) => number;

const hex = (encoder: Encoder) => encoder.buffer.toString('hex');

const LARGE_VALUE = 'x'.repeat(1500); // beyond kafkajs's 512-byte starting buffer

const cases: { name: string; record: RecordInput; bytes: string }[] = [
  {
    name: 'a relay message: string key and value, the 4 string headers',
    record: {
      offsetDelta: 0,
      timestampDelta: 0,
      key: 'story-2017-07-30-putin-expels-755',
      value: '{"eventId":"3f0b8f7e","type":"StoryRevised"}',
      headers: {
        'event-id': '3f0b8f7e-5d8c-4a7e-9d39-1c9e6c1f7a52',
        'event-type': 'StoryRevised',
        'schema-version': '1',
        'global-position': '1043',
      },
    },
    bytes:
      'fe020000004273746f72792d323031372d30372d33302d707574696e2d657870656c732d373535587b226576656e744964223a2233663062' +
      '38663765222c2274797065223a2253746f727952657669736564227d08106576656e742d69644833663062386637652d356438632d346137' +
      '652d396433392d316339653663316637613532146576656e742d747970651853746f7279526576697365641c736368656d612d7665727369' +
      '6f6e02311e676c6f62616c2d706f736974696f6e0831303433',
  },
  {
    name: 'null key, Buffer value, no headers',
    record: { offsetDelta: 1, timestampDelta: 1, key: null, value: Buffer.from([0x00, 0x01, 0x7f, 0x80, 0xff]) },
    bytes: '16000202010a00017f80ff00',
  },
  {
    name: 'Buffer key, null value, an array-valued header and a Buffer header',
    record: {
      offsetDelta: 2,
      timestampDelta: -1,
      key: Buffer.from('k'),
      value: null,
      headers: { trace: ['a', 'bc'], bin: Buffer.from([0xde, 0xad]) },
    },
    bytes: '3e000104026b01060a747261636502610a74726163650462630662696e04dead',
  },
  {
    name: 'unicode key, value and header, smallest int32 timestamp delta',
    record: {
      offsetDelta: 300,
      timestampDelta: -2147483648,
      key: 'Ελλάδα',
      value: 'посольство ✈ 🇷🇺',
      headers: { città: 'Zürich 🏛' },
    },
    bytes:
      '980100ffffffff0fd80418ce95cebbcebbceacceb4ceb142d0bfd0bed181d0bed0bbd18cd181d182d0b2d0be20e29c8820f09f87b7f09f87' +
      'ba020c63697474c3a0185ac3bc7269636820f09f8f9b',
  },
  {
    name: 'empty strings and an empty Buffer, largest int32 deltas',
    record: {
      offsetDelta: 2147483647,
      timestampDelta: 2147483647,
      key: '',
      value: '',
      headers: { empty: '', none: Buffer.alloc(0) },
    },
    bytes: '3600feffffff0ffeffffff0f0000040a656d70747900086e6f6e6500',
  },
  {
    name: 'negative offset delta, timestamp delta just past int32',
    record: { offsetDelta: -1, timestampDelta: 2147483648, key: 'k', value: 'v' },
    bytes: '1800808080801001026b027600',
  },
  {
    name: 'a timestamp delta of a whole epoch timestamp',
    record: { offsetDelta: 6, timestampDelta: 1700000000123, key: 'k', value: 'v' },
    bytes: '1a00f6a1abfef9620c026b027600',
  },
  {
    name: 'the smallest safe integer as timestamp delta',
    record: { offsetDelta: 7, timestampDelta: -9007199254740991, key: 'k', value: 'v' },
    bytes: '1e00fdffffffffffff1f0e026b027600',
  },
  {
    name: 'a timestamp delta given as a string',
    record: { offsetDelta: 8, timestampDelta: '-12345678901', key: 'k', value: 'v' },
    bytes: '1800e9f0e0fd5b10026b027600',
  },
  {
    name: 'a value larger than the starting buffer',
    record: { offsetDelta: 9, timestampDelta: 0, key: 'large', value: LARGE_VALUE, headers: { 'event-type': 'DocumentIngested' } },
    bytes:
      '88180000120a6c61726765b817' +
      '78'.repeat(LARGE_VALUE.length) +
      '02146576656e742d7479706520446f63756d656e74496e676573746564',
  },
];

// Batch fields before the records: base offset, length, leader epoch, magic, CRC32C, attributes,
// last offset delta, first and max timestamps, producer id and epoch, first sequence, count.
const BATCH_HEADER =
  '0000000000000000000007c60000000002e8a786130000000000090000018bcfe568000000018bcfe569f400000000000010e100030000' +
  '00110000000a';

const encodeBatch = () =>
  RecordBatch({
    firstOffset: 0,
    firstTimestamp: 1700000000000,
    maxTimestamp: 1700000000500,
    producerId: 4321,
    producerEpoch: 3,
    firstSequence: 17,
    lastOffsetDelta: cases.length - 1,
    records: cases.map(({ record }) => encodeRecord(record)),
  });

// Bitwise CRC32C (Castagnoli, reflected polynomial 0x82f63b78), independent of kafkajs's tables.
const referenceCrc32C = (buffer: Buffer) => {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
};

describe('kafkajs record encoding (patched) writes the bytes stock kafkajs 2.2.4 writes', () => {
  it.each(cases)('given a record with $name, then its bytes are the stock ones', ({ record, bytes }) => {
    expect(hex(encodeRecord(record))).toBe(bytes);
  });

  it('given the same records in a record batch, then the batch, its CRC included, is the stock one', async () => {
    expect(hex(await encodeBatch())).toBe(BATCH_HEADER + cases.map(({ bytes }) => bytes).join(''));
  });

  it('given a batch of 1,100 relay-sized records, then its bytes are the stock ones', async () => {
    const eventId = (i: number) => `7b0c8a50-4d1b-4c6e-9f0a-${String(i).padStart(12, '0')}`;
    const records = Array.from({ length: 1100 }, (_, i) =>
      encodeRecord({
        offsetDelta: i,
        timestampDelta: i % 3 === 0 ? 0 : i * 7,
        key: `story-${i % 97}`,
        value: JSON.stringify({ eventId: eventId(i), type: 'StoryRevised', data: { headline: `Headline ${i} `.repeat(40) } }),
        headers: { 'event-id': eventId(i), 'event-type': 'StoryRevised', 'schema-version': '1', 'global-position': String(100000 + i) },
      }),
    );
    const batch = (await RecordBatch({ firstTimestamp: 1700000000000, maxTimestamp: 1700000007693, lastOffsetDelta: 1099, records })).buffer;

    expect(batch.length).toBe(817504);
    expect(batch.subarray(0, 61).toString('hex')).toBe(
      '0000000000000000000c795400000000028bc9fdbb00000000044b0000018bcfe568000000018bcfe5860dffffffffffffffff0000000000000000044c',
    );
    expect(createHash('sha256').update(batch).digest('hex')).toBe('650b6414932951d8a2804817660486b5db22f07358697a87d1b3258abeb74c9d');
  });

  it('given the batch, then kafkajs decodes every record back as it was given', async () => {
    const { records } = await decodeRecordBatch(new Decoder((await encodeBatch()).buffer));
    const asBuffer = (value: HeaderValue | null) => (value == null ? null : Buffer.from(value));

    expect(records).toHaveLength(cases.length);
    records.forEach((decoded, i) => {
      const { record } = cases[i];
      expect(decoded.offset).toBe(String(record.offsetDelta));
      expect(decoded.timestamp).toBe(String(1700000000000n + BigInt(record.timestampDelta)));
      expect(decoded.key).toEqual(asBuffer(record.key));
      expect(decoded.value).toEqual(asBuffer(record.value));
      const headers = Object.entries(record.headers ?? {}).map(([key, value]) => [
        key,
        Array.isArray(value) ? value.map(asBuffer) : asBuffer(value),
      ]);
      expect(decoded.headers).toEqual(Object.fromEntries(headers));
    });
  });

  it('given buffers of every length up to 100 at every alignment, then the CRC32C is the reference one', () => {
    const data = Buffer.from(Array.from({ length: 120 }, (_, i) => (i * 193 + 71) & 0xff));
    expect(crc32C(Buffer.from('123456789'))).toBe(0xe3069283);
    for (let start = 0; start < 8; start++) {
      for (let length = 0; length <= 100; length++) {
        const slice = data.subarray(start, start + length);
        expect(crc32C(slice)).toBe(referenceCrc32C(slice));
      }
    }
  });
});
