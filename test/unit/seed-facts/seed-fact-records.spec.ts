import { fileURLToPath } from 'node:url';
import { readSeedFactRecord } from '../../../src/ingestion/seed-facts/seed-fact-record-reader.js';
import type { SeedFactRecord } from '../../../src/ingestion/seed-facts/seed-fact-record.js';
import { readSeedFactRecords } from '../../../src/ingestion/seed-facts/seed-files.js';

const SEED_FACTS_DIR = fileURLToPath(new URL('../../../seeds/facts/', import.meta.url));

const valid = {
  factId: 'fact-diplomats-expelled-usa-rus-2016-12',
  type: 'DiplomatsExpelled',
  actor: 'USA',
  target: 'RUS',
  modality: 'enacted',
  validOn: '2016-12-29',
  cameo: '166',
  summary: 'The US expels 35 Russian diplomats.',
  reports: [{ document: '001.txt', quote: 'expelled 35 Russian diplomats', counts: { change: 35 }, occurredOn: '2016-12' }],
};

const problemWith = (json: unknown): string => {
  const result = readSeedFactRecord(json, 'x.json');
  return result.ok ? 'valid' : result.error.message;
};

describe('curated seed fact files', () => {
  let records: readonly SeedFactRecord[] = [];

  beforeAll(async () => {
    const read = await readSeedFactRecords(SEED_FACTS_DIR);
    if (!read.ok) throw new Error(read.error.map((e) => e.message).join('\n'));
    records = read.value;
  });

  it('given seeds/facts, when read, then each file is named after its fact id', () => {
    for (const record of records) expect(record.file).toBe(`${record.factId}.json`);
  });

  it('given seeds/facts, when read, then the facts the issue asks for are all there', () => {
    expect(records.map((r) => r.factId).sort()).toEqual([
      'fact-consulate-closed-usa-rus-2017-08',
      'fact-diplomatic-property-seized-rus-usa-2017-07',
      'fact-diplomatic-property-seized-usa-rus-2016-12',
      'fact-diplomats-expelled-rus-usa-proposed-2016-12',
      'fact-diplomats-expelled-rus-usa-rejected-2016-12',
      'fact-diplomats-expelled-usa-rus-2016-12',
      'fact-sanctions-enacted-usa-rus-2017-07',
      'fact-sanctions-enacted-usa-rus-proposed-2017-06',
      'fact-staff-reduction-ordered-rus-usa-2017-07',
      'fact-talks-held-usa-rus-2017-08',
      'fact-talks-held-usa-rus-2017-09',
      'fact-treaty-extension-declined-usa-rus-2017-01',
    ]);
  });

  it('given the staff reduction, when read, then all four seed documents report it', () => {
    const staff = records.find((r) => r.key.type === 'StaffReductionOrdered')!;
    expect(new Set(staff.reports.map((r) => r.document.slice(0, 3)))).toEqual(new Set(['000', '001', '002', '003']));
  });
});

describe('seed fact record validation', () => {
  it('given a valid record, when read, then defaults fill what a report leaves out', () => {
    const result = readSeedFactRecord(valid, 'x.json');
    expect(result.ok && result.value.reports[0]!.values).toEqual({
      actor: { country: 'USA', organisation: null, name: null },
      target: { country: 'RUS', organisation: null, name: null },
      counts: { from: null, to: null, change: 35, approximate: false },
      places: [],
      validTime: { occurredOn: { value: '2016-12', precision: 'month' }, effectiveOn: null },
      modality: 'enacted',
      cameo: '166',
      detail: null,
    });
  });

  it.each([
    ['not an object', [], 'the record must be an object'],
    ['an unknown type', { ...valid, type: 'Invaded' }, 'type must be one of'],
    ['a factId that is not its key', { ...valid, factId: 'fact-x' }, 'is not the key of its fields, fact-diplomats-expelled-usa-rus-2016-12'],
    ['a two-letter country', { ...valid, actor: 'US' }, 'actor must be an ISO alpha-3 code'],
    ['an impossible date', { ...valid, reports: [{ ...valid.reports[0], occurredOn: '2016-02-30' }] }, 'reports[0].occurredOn must be'],
    ['a negative count', { ...valid, reports: [{ ...valid.reports[0], counts: { change: -1 } }] }, 'reports[0].counts.change must be'],
    ['an empty quote', { ...valid, reports: [{ ...valid.reports[0], quote: '' }] }, 'reports[0].quote must be a non-empty string'],
    ['no reports', { ...valid, reports: [] }, 'at least one report'],
  ])('given %s, when read, then INVALID_RECORD saying what is wrong', (_what, json, message) => {
    expect(problemWith(json)).toContain(message);
  });
});
