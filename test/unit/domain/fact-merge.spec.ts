import { factDecider, type MergeFacts } from '../../../src/domain/facts/fact-decider.js';
import type { FactEvent, FactValues } from '../../../src/domain/facts/fact-events.js';
import { decideMerge, MERGE_THRESHOLD, mergeCommands, whyNotOneEvent } from '../../../src/domain/facts/fact-merge.js';
import { type CandidateFact, scoreCandidate } from '../../../src/domain/facts/fact-resolution.js';
import { specify } from './decider-specification.js';
import { day, expulsion as expulsionOn, month, quoted, year } from './fact-fixtures.js';

const undatedBy = (publishedOn: string) => ({ occurredOn: null, effectiveOn: null, occurredBy: publishedOn });

/** The United States sending Russian diplomats home, reported without a date in May 2018 unless told otherwise. */
const expulsion = (overrides: Partial<FactValues> = {}): FactValues => expulsionOn({ validTime: undatedBy('2018-05-10'), ...overrides });

const fact = (factId: string, recorded: FactValues, quote: string): CandidateFact => ({ factId, recorded, quotes: [quote] });

describe('fact merges: when two facts the ledger holds are one event', () => {
  // Recorded first: an undated report published in May, so its window starts in April.
  const mayReport = fact('fact-a', expulsion(), 'Washington has sent sixty Russian envoys packing');
  // Recorded second: a report, ingested later, that dates the act to 26 March; 15 days before that window.
  const marchReport = fact(
    'fact-b',
    expulsion({ validTime: { occurredOn: day('2018-03-26'), effectiveOn: null, occurredBy: '2018-03-27' } }),
    'On Monday sixty Russian envoys were told by Washington to leave',
  );
  const bridging = { values: expulsion({ validTime: undatedBy('2018-04-12') }), quote: 'Sixty Russian envoys were sent home by Washington' };

  it('given an undated fact and a dated one just before its window, when a report published between them matches both strongly, then the later-recorded fact is absorbed by the earlier', () => {
    const decision = decideMerge(bridging, [mayReport, marchReport]);

    expect(decision).toMatchObject({ survivorId: 'fact-a', absorbed: [{ factId: 'fact-b' }] });
    expect(decision!.absorbed[0]!.score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(decision!.survivorScore).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it('given the same two facts, when listed the other way round, then the survivor is still the first recorded (the order given)', () => {
    expect(decideMerge(bridging, [marchReport, mayReport])).toMatchObject({ survivorId: 'fact-b', absorbed: [{ factId: 'fact-a' }] });
  });

  it('given the bridging decision, when it becomes a command, then the absorbed fact decides FactsMerged with the report, both scores and the reasons', () => {
    const [command] = mergeCommands(decideMerge(bridging, [mayReport, marchReport])!, { documentId: 'doc-c', quote: bridging.quote });
    const absorbedReport: FactEvent = {
      type: 'DiplomatsExpelled',
      schemaVersion: 2,
      data: { factId: 'fact-b', ...marchReport.recorded, provenance: quoted('doc-b', marchReport.quotes[0]!), origin: { method: 'extracted', extractorVersion: 'test', confidence: 0.8 } },
    };

    const [merged] = specify(factDecider).given([absorbedReport]).when(command!).thenDecides();

    expect(merged).toMatchObject({ type: 'FactsMerged', schemaVersion: 1, data: { factId: 'fact-b', mergedInto: 'fact-a', documentId: 'doc-c', quote: bridging.quote } });
    const data = (merged as Extract<FactEvent, { type: 'FactsMerged' }>).data;
    expect(data.score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(data.reasons.some((reason) => reason.startsWith('report against fact-b: counts agree'))).toBe(true);
  });

  it('given a report that matches one fact strongly and the other only on time, then no merge', () => {
    const weak = { values: expulsion({ counts: null, validTime: undatedBy('2018-04-12') }), quote: 'diplomatic staff affected' };
    expect(scoreCandidate(weak, marchReport).score).toBeLessThan(MERGE_THRESHOLD);
    expect(decideMerge(weak, [mayReport, marchReport])).toBeNull();
  });

  it('given two expulsions two years apart, when a report vague enough to reach both matches each strongly, then they never merge', () => {
    const quote = 'Russian envoys expelled from Washington';
    const in2018 = fact('fact-2018', expulsion({ counts: null, validTime: undatedBy('2018-03-26') }), quote);
    const in2021 = fact('fact-2021', expulsion({ counts: null, validTime: undatedBy('2021-04-15') }), quote);
    const vague = { values: expulsion({ counts: null, validTime: { occurredOn: year('2018'), effectiveOn: month('2021-04') } }), quote };
    expect(scoreCandidate(vague, in2018).score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(scoreCandidate(vague, in2021).score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);

    expect(decideMerge(vague, [in2018, in2021])).toBeNull();
    expect(whyNotOneEvent(in2018, in2021)).toMatch(/days apart/);
  });

  it('given sixty expelled in 2018 and ten in 2021, then the counts alone keep them apart', () => {
    const sixty = fact('fact-60', expulsion({ validTime: undatedBy('2018-03-26') }), 'sixty sent home');
    const ten = fact('fact-10', expulsion({ counts: { from: null, to: null, change: 10, approximate: false }, validTime: undatedBy('2018-03-28') }), 'ten sent home');
    expect(whyNotOneEvent(sixty, ten)).toBe('they disagree on counts.change');
  });

  it('given consulates closed in two cities on one day, when a report naming no city matches both strongly, then they never merge', () => {
    const quote = 'the consulate was ordered shut by Moscow';
    const closure = (city: string) =>
      expulsion({ counts: null, places: [{ name: city, country: 'USA', facility: 'consulate' }], validTime: { occurredOn: day('2018-03-29'), effectiveOn: null, occurredBy: '2018-03-29' } });
    const seattle = fact('fact-seattle', closure('Seattle'), quote);
    const sanFrancisco = fact('fact-san-francisco', closure('San Francisco'), quote);
    const cityless = { values: closure('a consulate'), quote };
    expect(scoreCandidate(cityless, seattle).score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(scoreCandidate(cityless, sanFrancisco).score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);

    expect(decideMerge(cityless, [seattle, sanFrancisco])).toBeNull();
    expect(whyNotOneEvent(seattle, sanFrancisco)).toMatch(/other places: seattle \/ san francisco/);
  });

  describe('replayed or re-extracted', () => {
    const spec = specify(factDecider);
    const origin = { method: 'extracted' as const, extractorVersion: 'test', confidence: 0.8 };
    const absorbedReport: FactEvent = {
      type: 'DiplomatsExpelled',
      schemaVersion: 2,
      data: { factId: 'fact-b', ...marchReport.recorded, provenance: quoted('doc-b', 'sixty envoys told to leave'), origin },
    };
    const command: MergeFacts = { type: 'MergeFacts', factId: 'fact-b', mergedInto: 'fact-a', documentId: 'doc-c', quote: 'q', score: 2, survivorScore: 2, reasons: [] };

    it('given a fact already merged, when the same merge is decided again, then nothing is appended', () => {
      const merged = spec.given([absorbedReport]).when(command).thenDecides();
      expect(merged).toHaveLength(1);
      spec.given([absorbedReport, ...merged]).when(command).then([]);
    });

    it('given a fact already merged, when a merge into yet another fact is decided, then nothing: the first merge stands', () => {
      const merged = spec.given([absorbedReport]).when(command).thenDecides();
      spec.given([absorbedReport, ...merged]).when({ ...command, mergedInto: 'fact-z' }).then([]);
    });

    it('given a fact, when it is to be merged into itself, then nothing', () => {
      spec.given([absorbedReport]).when({ ...command, mergedInto: 'fact-b' }).then([]);
    });
  });
});
