import { factDecider, factEventId, type ReportFact } from '../../../src/domain/facts/fact-decider.js';
import type { FactEvent, FactOrigin } from '../../../src/domain/facts/fact-events.js';
import { specify } from './decider-specification.js';
import { quoted, staffCut } from './fact-fixtures.js';

const factId = 'fact-staff-reduction-ordered-rus-usa-2017-07';
const origin: FactOrigin = { method: 'curated', extractorVersion: null, confidence: 1 };
const day = (value: string) => ({ value, precision: 'day' as const });

const report = (documentId: string, quote: string, values = staffCut()): ReportFact => ({
  type: 'ReportFact',
  factType: 'StaffReductionOrdered',
  factId,
  values,
  provenance: quoted(documentId, quote),
  origin,
});

const first = report('doc-a', 'Putin has ordered 755 staff to leave.');
const reported: FactEvent = {
  type: 'StaffReductionOrdered',
  schemaVersion: 2,
  data: { factId, ...staffCut(), provenance: first.provenance, origin },
};

describe('fact decider', () => {
  const spec = specify(factDecider);

  it('given a new fact, when it is reported, then the typed fact event', () => {
    spec.given([]).when(first).then([reported]);
  });

  it('given the fact, when the same document reports it in the same words, then nothing', () => {
    spec.given([reported]).when(first).then([]);
  });

  it('given the fact, when another document reports it compatibly, then FactCorroborated with its values', () => {
    const second = report('doc-b', '755 people must stop their activities.', staffCut({ counts: null }));
    spec
      .given([reported])
      .when(second)
      .then([{ type: 'FactCorroborated', schemaVersion: 2, data: { factId, provenance: second.provenance, origin, values: second.values } }]);
  });

  it('given the fact, when another document gives another date, then FactDisputed naming the field', () => {
    const late = report('doc-c', 'cut by 755 members on July 31', staffCut({ validTime: { occurredOn: day('2017-07-31'), effectiveOn: null } }));
    spec
      .given([reported])
      .when(late)
      .then([
        {
          type: 'FactDisputed',
          schemaVersion: 2,
          data: {
            factId,
            provenance: late.provenance,
            origin,
            values: late.values,
            disputes: [{ field: 'validTime.occurredOn', recorded: day('2017-07-30'), reported: day('2017-07-31') }],
          },
        },
      ]);
  });

  it('given a first report without a date and a corroboration that dates it, when a third disagrees, then it is disputed', () => {
    const undated = staffCut({ validTime: { occurredOn: null, effectiveOn: null } });
    const history = spec.given([]).when(report('doc-a', 'ordered', undated)).thenDecides();
    const dated = spec.given(history).when(report('doc-b', 'confirmed')).thenDecides();
    const third = spec
      .given([...history, ...dated])
      .when(report('doc-c', 'July 31', staffCut({ validTime: { occurredOn: day('2017-07-31'), effectiveOn: null } })))
      .thenDecides();
    expect(dated.map((e) => e.type)).toEqual(['FactCorroborated']);
    expect(third.map((e) => e.type)).toEqual(['FactDisputed']);
  });

  it('given a disputed report, when the same report comes again, then nothing', () => {
    const late = report('doc-c', 'July 31', staffCut({ validTime: { occurredOn: day('2017-07-31'), effectiveOn: null } }));
    const disputed = spec.given([reported]).when(late).thenDecides();
    spec.given([reported, ...disputed]).when(late).then([]);
  });

  it("given an extractor's report was retracted, when that document reports again, then it is taken in again", () => {
    const retracted: FactEvent = {
      type: 'FactRetracted',
      schemaVersion: 1,
      data: { factId, documentId: 'doc-a', extractorVersion: '1.0.0', reason: 'superseded' },
    };
    const extractedOrigin: FactOrigin = { method: 'extracted', extractorVersion: '1.0.0', confidence: 0.9 };
    const extracted: FactEvent = { ...reported, data: { ...reported.data, origin: extractedOrigin } } as FactEvent;
    expect(spec.given([extracted, retracted]).when(first).thenDecides().map((e) => e.type)).toEqual(['FactCorroborated']);
  });

  it('given the stream of another fact type, when reported, then FACT_MISMATCH', () => {
    spec.given([reported]).when({ ...report('doc-b', 'x'), factType: 'ConsulateClosed' }).thenFailsWith('FACT_MISMATCH');
  });

  it('given offsets that do not span the quote or a malformed date, when reported, then INVALID_FACT_REPORT', () => {
    spec.given([]).when({ ...first, provenance: { ...first.provenance, end: 3 } }).thenFailsWith('INVALID_FACT_REPORT');
    const badDate = staffCut({ validTime: { occurredOn: { value: '2017-07', precision: 'day' }, effectiveOn: null } });
    spec.given([]).when(report('doc-a', 'q', badDate)).thenFailsWith('INVALID_FACT_REPORT');
  });

  it('given one report, when its event is identified, then the id is the same whether it reported or corroborated', () => {
    const corroborated = spec.given([reported]).when(report('doc-b', 'q')).thenDecides()[0]!;
    const asFirst = spec.given([]).when(report('doc-b', 'q')).thenDecides()[0]!;
    expect(factEventId(factId, corroborated)).toBe(factEventId(factId, asFirst));
    expect(factEventId(factId, corroborated)).not.toBe(factEventId(factId, reported));
  });
});
