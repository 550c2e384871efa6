import type { FactValues } from '../../../src/domain/facts/fact-events.js';
import { summarizeFact } from '../../../src/projections/timeline/fact-summary.js';

const values = (overrides: Partial<FactValues>): FactValues => ({
  actor: { country: 'RUS', organisation: null, name: null },
  target: { country: 'USA', organisation: null, name: null },
  counts: null,
  places: [],
  validTime: { occurredOn: null, effectiveOn: null },
  modality: 'enacted',
  cameo: null,
  detail: null,
  ...overrides,
});

describe('one-line fact summaries', () => {
  it('given the seed staff cut, then it names who, to whom, how many, when and from when', () => {
    const text = summarizeFact(
      'StaffReductionOrdered',
      values({
        actor: { country: 'RUS', organisation: null, name: 'Vladimir Putin' },
        counts: { from: 1000, to: 455, change: 755, approximate: true },
        validTime: { occurredOn: { value: '2017-07-30', precision: 'day' }, effectiveOn: { value: '2017-09-01', precision: 'day' } },
        modality: 'ordered',
      }),
    );
    expect(text).toBe(
      'Russia (Vladimir Putin) ordered the United States to cut its diplomatic staff in Russia by 755 to 455 on 30 July 2017, effective 1 September 2017.',
    );
  });

  it('given places, then named places replace loose descriptions of the same kind', () => {
    const text = summarizeFact(
      'DiplomaticPropertySeized',
      values({
        places: [
          { name: 'holiday properties', country: 'RUS', facility: 'dacha' },
          { name: 'Serebryany Bor', country: 'RUS', facility: 'dacha' },
          { name: 'Moscow', country: 'RUS', facility: 'warehouse' },
        ],
        validTime: { occurredOn: { value: '2017-07', precision: 'month' }, effectiveOn: null },
      }),
    );
    expect(text).toBe('Russia seized the dacha in Serebryany Bor and the warehouse in Moscow, property of the United States in July 2017.');
  });

  it.each([
    ['proposed', 'Russia proposed to expel about 35 diplomats of the United States in 2016.'],
    ['denied', 'Russia denied it would expel about 35 diplomats of the United States in 2016.'],
    ['threatened', 'Russia threatened to expel about 35 diplomats of the United States in 2016.'],
    ['negated', 'Russia did not expel about 35 diplomats of the United States in 2016.'],
  ] as const)('given modality %s, then the sentence says so', (modality, expected) => {
    const text = summarizeFact(
      'DiplomatsExpelled',
      values({
        modality,
        counts: { from: null, to: null, change: 35, approximate: true },
        validTime: { occurredOn: { value: '2016', precision: 'year' }, effectiveOn: null },
      }),
    );
    expect(text).toBe(expected);
  });

  it('given an unknown country code and no date, then the code stands in and no date is invented', () => {
    expect(summarizeFact('TalksHeld', values({ target: { country: 'XKX', organisation: null, name: null } }))).toBe('Russia held talks with XKX.');
  });
});
