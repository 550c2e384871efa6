import { factDecider, factEventId, type ReportFact, type RetractFact } from '../../../src/domain/facts/fact-decider.js';
import type { FactEvent, FactOrigin } from '../../../src/domain/facts/fact-events.js';
import { specify } from './decider-specification.js';
import { quoted, staffCut } from './fact-fixtures.js';

const factId = 'fact-staff-reduction-ordered-rus-usa-2017-07';
const curated: FactOrigin = { method: 'curated', extractorVersion: null, confidence: 1 };
const extracted = (version: string): FactOrigin => ({ method: 'extracted', extractorVersion: version, confidence: 0.8 });

const reportedBy = (documentId: string, quote: string, origin: FactOrigin): FactEvent => ({
  type: 'StaffReductionOrdered',
  schemaVersion: 1,
  data: { factId, ...staffCut(), provenance: quoted(documentId, quote), origin },
});

const retract = (documentId: string, extractorVersion = '1.1.0'): RetractFact => ({
  type: 'RetractFact',
  factId,
  documentId,
  extractorVersion,
  reason: 'no longer extracted',
});

const retracted = (documentId: string, extractorVersion = '1.1.0'): FactEvent => ({
  type: 'FactRetracted',
  schemaVersion: 1,
  data: { factId, documentId, extractorVersion, reason: 'no longer extracted' },
});

describe('fact decider: retraction of extracted reports', () => {
  const spec = specify(factDecider);

  it('given a fact extracted from a document, when retracted for that document, then FactRetracted', () => {
    spec.given([reportedBy('doc-a', 'Putin ordered 755 to leave.', extracted('1.0.0'))]).when(retract('doc-a')).then([retracted('doc-a')]);
  });

  it('given only a curated report from the document, when retracted, then nothing: curators are not overruled', () => {
    spec.given([reportedBy('doc-a', 'Putin ordered 755 to leave.', curated)]).when(retract('doc-a')).then([]);
  });

  it('given another document extracted it, when retracted for this one, then nothing', () => {
    spec.given([reportedBy('doc-b', 'Putin ordered 755 to leave.', extracted('1.0.0'))]).when(retract('doc-a')).then([]);
  });

  it('given an already retracted report, when retracted again, then nothing', () => {
    spec
      .given([reportedBy('doc-a', 'Putin ordered 755 to leave.', extracted('1.0.0')), retracted('doc-a')])
      .when(retract('doc-a', '1.2.0'))
      .then([]);
  });

  it('given a retracted extraction, when a newer extractor reports the same quote, then a new report with its own event id', () => {
    const first = reportedBy('doc-a', 'Putin ordered 755 to leave.', extracted('1.0.0'));
    const again: ReportFact = {
      type: 'ReportFact',
      factType: 'StaffReductionOrdered',
      factId,
      values: staffCut(),
      provenance: quoted('doc-a', 'Putin ordered 755 to leave.'),
      origin: extracted('1.2.0'),
    };
    const decided = factDecider.decide(again, [first, retracted('doc-a')].reduce(factDecider.evolve, factDecider.initialState()));
    expect(decided.map((e) => e.type)).toEqual(['FactCorroborated']);
    expect(factEventId(factId, decided[0]!)).not.toBe(factEventId(factId, first));
  });
});
