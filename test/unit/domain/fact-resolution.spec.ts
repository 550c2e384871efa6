import { factDecider, type FactState, quotesOf, type ReportFact } from '../../../src/domain/facts/fact-decider.js';
import type { FactEvent, FactOrigin, FactValues } from '../../../src/domain/facts/fact-events.js';
import { type CandidateFact, resolveReport } from '../../../src/domain/facts/fact-resolution.js';
import type { Resolution } from '../../../src/domain/facts/resolution-record.js';
import { validIntervalOf } from '../../../src/domain/facts/valid-interval.js';
import { day, expulsion, month, quoted } from './fact-fixtures.js';

const origin: FactOrigin = { method: 'extracted', extractorVersion: 'test', confidence: 0.8 };

const closure = (city: string, occurredOn: string): FactValues =>
  expulsion({
    counts: null,
    places: [{ name: city, country: 'USA', facility: 'consulate' }],
    validTime: { occurredOn: day(occurredOn), effectiveOn: null, occurredBy: occurredOn },
  });

/**
 * A ledger of facts in one identity key, as the resolver sees it: each report is resolved
 * against the facts known so far and decided on the fact it resolves to.
 */
class Ledger {
  private readonly facts = new Map<string, FactState>();
  readonly decided: { factId: string; events: readonly FactEvent[] }[] = [];

  /** A fact already in the ledger, whatever resolution would make of it. */
  given(factId: string, values: FactValues, quote = 'the first report'): this {
    return this.decide(factId, values, quote, undefined);
  }

  when(values: FactValues, quote: string): this {
    const candidates: CandidateFact[] = [...this.facts].flatMap(([factId, state]) =>
      state.status === 'reported' ? [{ factId, recorded: state.recorded, quotes: quotesOf(state.reports) }] : [],
    );
    const resolution = resolveReport({ values, quote }, candidates);
    return this.decide(resolution.matchedFactId ?? `fact-${this.facts.size + 1}`, values, quote, resolution);
  }

  private decide(factId: string, values: FactValues, quote: string, resolution: Resolution | undefined): this {
    const command: ReportFact = {
      type: 'ReportFact',
      factType: 'DiplomatsExpelled',
      factId,
      values,
      provenance: quoted(`doc-${this.decided.length}`, quote),
      origin,
      ...(resolution ? { resolution } : {}),
    };
    const state = this.facts.get(factId) ?? factDecider.initialState();
    const events = factDecider.decide(command, state);
    this.facts.set(factId, events.reduce(factDecider.evolve, state));
    this.decided.push({ factId, events });
    return this;
  }

  get factIds(): string[] {
    return [...this.facts.keys()];
  }

  eventsSince(index: number): FactEvent[] {
    return this.decided.slice(index).flatMap((d) => d.events);
  }
}

describe('fact resolution', () => {
  it('given an expulsion announced, when three outlets report it over four days as "about 60", "60" and "dozens", then one fact with three corroborations and no dispute', () => {
    const ledger = new Ledger().given('fact-expulsion', expulsion(), 'The United States ordered 60 Russian diplomats out.');
    ledger
      .when(
        expulsion({ counts: { from: null, to: null, change: 60, approximate: true }, validTime: { occurredOn: null, effectiveOn: null, occurredBy: '2018-03-26' } }),
        'Washington is expelling about 60 Russians it calls spies.',
      )
      .when(expulsion({ validTime: { occurredOn: day('2018-03-26'), effectiveOn: null, occurredBy: '2018-03-27' } }), 'On Monday the US expelled 60 diplomats.')
      // "dozens" gives no figure: the report leaves the count out.
      .when(expulsion({ counts: null, validTime: { occurredOn: null, effectiveOn: null, occurredBy: '2018-03-29' } }), 'Dozens of Russian envoys were told to leave.');

    expect(ledger.factIds).toEqual(['fact-expulsion']);
    expect(ledger.eventsSince(1).map((e) => e.type)).toEqual(['FactCorroborated', 'FactCorroborated', 'FactCorroborated']);
    expect(ledger.decided.slice(1).map((d) => d.events[0]!.data)).toEqual(
      Array(3).fill(expect.objectContaining({ resolution: expect.objectContaining({ decision: 'corroborates', matchedFactId: 'fact-expulsion' }) })),
    );
  });

  it('given the expulsion of 60 in March 2018, when an expulsion of 10 in April 2021 is reported, then a second fact, no dispute', () => {
    const ledger = new Ledger()
      .given('fact-2018', expulsion())
      .when(expulsion({ counts: { from: null, to: null, change: 10, approximate: false }, validTime: { occurredOn: day('2021-04-15'), effectiveOn: null, occurredBy: '2021-04-15' } }), 'The US expelled 10 Russian diplomats.');

    expect(ledger.factIds).toHaveLength(2);
    const [created] = ledger.eventsSince(1);
    expect(created!.type).toBe('DiplomatsExpelled');
    expect(created!.data).toMatchObject({ resolution: { decision: 'new-fact', candidates: [{ factId: 'fact-2018', excludedBecause: expect.stringContaining('days apart') }] } });
  });

  it('given a fact of 2016, when a report that states no date is published in 2018, then it is anchored before its publication and becomes a fact of its own', () => {
    const undated = expulsion({ counts: { from: null, to: null, change: 35, approximate: false }, validTime: { occurredOn: null, effectiveOn: null, occurredBy: '2018-03-30' } });
    const ledger = new Ledger()
      .given('fact-2016', expulsion({ counts: { from: null, to: null, change: 35, approximate: false }, validTime: { occurredOn: day('2016-12-29'), effectiveOn: null, occurredBy: '2016-12-29' } }))
      .when(undated, 'The US has expelled 35 Russian diplomats.');

    expect(validIntervalOf(undated.validTime)).toEqual({ from: '2018-02-28', to: '2018-03-30', precision: 'on-or-before' });
    expect(ledger.factIds).toHaveLength(2);
    expect(ledger.eventsSince(1)[0]!.type).toBe('DiplomatsExpelled');
  });

  it('given an expulsion dated the day before, when a report states only the departure deadline two weeks on, then it is anchored by its publication and joins that fact', () => {
    const deadlineOnly = expulsion({ counts: null, validTime: { occurredOn: null, effectiveOn: day('2018-04-10'), occurredBy: '2018-03-27' } });
    const ledger = new Ledger()
      .given('fact-expulsion', expulsion({ counts: null }))
      .when(deadlineOnly, 'The envoys have until the tenth of April to leave the country.');

    expect(validIntervalOf(deadlineOnly.validTime)).toEqual({ from: '2018-02-25', to: '2018-04-10', precision: 'on-or-before' });
    expect(ledger.factIds).toEqual(['fact-expulsion']);
    expect(ledger.eventsSince(1)[0]!.type).toBe('FactCorroborated');
  });

  it('given a report whose act took effect before it was published, then it is anchored on or before that day', () => {
    const tookEffect = expulsion({ validTime: { occurredOn: null, effectiveOn: day('2018-03-01'), occurredBy: '2018-03-20' } });
    expect(validIntervalOf(tookEffect.validTime)).toEqual({ from: '2018-01-30', to: '2018-03-01', precision: 'on-or-before' });
  });

  it('given the expulsion of 60, when a report of the same day counts 48, then a dispute on the count alone', () => {
    const ledger = new Ledger()
      .given('fact-expulsion', expulsion())
      .when(expulsion({ counts: { from: null, to: null, change: 48, approximate: false } }), 'The US expelled 48 diplomats.');

    expect(ledger.factIds).toEqual(['fact-expulsion']);
    const [disputed] = ledger.eventsSince(1);
    expect(disputed!.type).toBe('FactDisputed');
    expect(disputed!.data).toMatchObject({
      disputes: [{ field: 'counts.change', recorded: 60, reported: 48 }],
      resolution: { decision: 'disputes', disputedFields: ['counts.change'] },
    });
  });

  it('given the consulate in San Francisco closed in 2017, when the consulate in Seattle is reported closed, even the same week, then another fact', () => {
    const ledger = new Ledger()
      .given('fact-san-francisco', closure('San Francisco', '2017-09-02'))
      .when(closure('Seattle', '2017-09-04'), 'The Russian consulate in Seattle was closed.');

    expect(ledger.factIds).toHaveLength(2);
    expect(ledger.eventsSince(1)[0]!.data).toMatchObject({
      resolution: { decision: 'new-fact', candidates: [{ excludedBecause: 'missions in other places: seattle / san francisco' }] },
    });
  });

  it('given a consulate closure, when another report names the same city in other words, then it corroborates, with the shared place among its reasons', () => {
    const ledger = new Ledger()
      .given('fact-san-francisco', closure('San Francisco', '2017-09-02'))
      .when(closure('San Francisco', '2017-09-01'), 'Russia vacated its San Francisco consulate.');

    expect(ledger.factIds).toEqual(['fact-san-francisco']);
    const [event] = ledger.eventsSince(1);
    expect(event!.type).toBe('FactDisputed');
    expect(event!.data).toMatchObject({ resolution: { reasons: expect.arrayContaining([expect.stringContaining('places shared: san francisco')]) } });
  });

  it('given a proposal to expel, when the expulsion itself is reported, then another fact: a proposal is not the act', () => {
    const ledger = new Ledger().given('fact-proposed', expulsion({ modality: 'proposed' })).when(expulsion(), 'The US expelled 60.');
    expect(ledger.factIds).toHaveLength(2);
  });

  it('given two facts a candidate could be, when a report fits one better, then it joins the better one', () => {
    const ledger = new Ledger()
      .given('fact-march', expulsion({ validTime: { occurredOn: month('2018-03'), effectiveOn: null, occurredBy: '2018-03-31' } }))
      .given('fact-april', expulsion({ counts: { from: null, to: null, change: 12, approximate: false }, validTime: { occurredOn: day('2018-04-02'), effectiveOn: null, occurredBy: '2018-04-02' } }))
      .when(expulsion({ counts: { from: null, to: null, change: 12, approximate: false }, validTime: { occurredOn: day('2018-04-01'), effectiveOn: null, occurredBy: '2018-04-01' } }), 'Twelve more were expelled.');

    expect(ledger.decided.at(-1)!.factId).toBe('fact-april');
  });
});

describe('fact resolution: how close is close enough', () => {
  it('given the expulsion of 60, when a report two days later counts 48, then still a dispute of that fact: the close time outweighs the count', () => {
    const ledger = new Ledger()
      .given('fact-expulsion', expulsion())
      .when(expulsion({ counts: { from: null, to: null, change: 48, approximate: false }, validTime: { occurredOn: day('2018-03-28'), effectiveOn: null, occurredBy: '2018-03-28' } }), 'Forty-eight were expelled.');
    expect(ledger.factIds).toEqual(['fact-expulsion']);
    expect(ledger.eventsSince(1)[0]!.type).toBe('FactDisputed');
  });

  it('given the expulsion of 60, when a report of another count comes a week later, then another fact', () => {
    const ledger = new Ledger()
      .given('fact-expulsion', expulsion())
      .when(expulsion({ counts: { from: null, to: null, change: 12, approximate: false }, validTime: { occurredOn: day('2018-04-03'), effectiveOn: null, occurredBy: '2018-04-03' } }), 'Twelve were expelled.');
    expect(ledger.factIds).toHaveLength(2);
  });
});
