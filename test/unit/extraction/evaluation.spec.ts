import type { ExtractedFact } from '../../../src/ingestion/extraction/extracted-fact.js';
import { evaluate } from '../../../src/ingestion/extraction/evaluation/evaluate.js';
import type { LabelledDocument, LabelledFact } from '../../../src/ingestion/extraction/evaluation/labelled-set.js';
import { loadLabelledSet, repositoryRoot } from '../../../src/ingestion/extraction/evaluation/load-labelled-set.js';
import { formatReport } from '../../../src/ingestion/extraction/evaluation/format-report.js';
import { extractFacts } from '../../../src/ingestion/extraction/extract-facts.js';

const label = (over: Partial<LabelledFact> = {}): LabelledFact => ({
  type: 'TalksHeld', actor: 'USA', target: 'RUS', modality: 'enacted', counts: null, occurredOn: null, effectiveOn: null, places: [], ...over,
});
const doc = (expected: LabelledFact[]): LabelledDocument => ({ id: 'd', subset: 'toy', input: { documentId: 'd', text: 'x', publishedAt: null }, expected });
const fact = (over: { type?: ExtractedFact['type']; actor?: string; target?: string; modality?: ExtractedFact['values']['modality']; start?: number; change?: number } = {}): ExtractedFact => ({
  type: over.type ?? 'TalksHeld',
  values: {
    actor: { country: over.actor ?? 'USA', organisation: null, name: null },
    target: { country: over.target ?? 'RUS', organisation: null, name: null },
    counts: over.change === undefined ? null : { from: null, to: null, change: over.change, approximate: false },
    places: [],
    validTime: { occurredOn: null, effectiveOn: null },
    modality: over.modality ?? 'enacted',
    cameo: null,
    detail: null,
  },
  provenance: { documentId: 'd', quote: 'x', start: over.start ?? 0, end: 1 },
  confidence: 1,
});

describe('evaluate', () => {
  it('given talks reported from either side, when scored, then they match: talks have no direction', () => {
    expect(evaluate([doc([label()])], () => [fact({ actor: 'RUS', target: 'USA' })]).overall.f1).toBe(1);
  });

  it('given the same act announced then ordered, when scored, then it matches; a threat of it does not', () => {
    const expelled = label({ type: 'DiplomatsExpelled', modality: 'ordered' });
    expect(evaluate([doc([expelled])], () => [fact({ type: 'DiplomatsExpelled', modality: 'announced' })]).overall.truePositives).toBe(1);
    const threat = evaluate([doc([expelled])], () => [fact({ type: 'DiplomatsExpelled', modality: 'threatened' })]);
    expect(threat.overall).toMatchObject({ truePositives: 0, precision: 0, recall: 0 });
    expect(threat.discrepancies.map((d) => d.kind)).toEqual(['missed', 'spurious']);
  });

  it('given a fact reported twice in a document, when scored, then it counts once with the first value of each field', () => {
    const expelled = label({ type: 'DiplomatsExpelled', counts: { from: null, to: null, change: 35, approximate: false } });
    const report = evaluate([doc([expelled])], () => [fact({ type: 'DiplomatsExpelled', start: 5 }), fact({ type: 'DiplomatsExpelled', start: 9, change: 35 })]);
    expect(report.overall).toMatchObject({ expected: 1, predicted: 1, truePositives: 1 });
    expect(report.strict.truePositives).toBe(1);
  });

  it('given a wrong count, when scored, then the match stands but the strict score and the count accuracy drop', () => {
    const expelled = label({ type: 'DiplomatsExpelled', counts: { from: null, to: null, change: 35, approximate: false } });
    const report = evaluate([doc([expelled])], () => [fact({ type: 'DiplomatsExpelled', change: 53 })]);
    expect(report.overall.f1).toBe(1);
    expect(report.strict.f1).toBe(0);
    expect(report.fields.counts).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });
});

describe('extractor accuracy on the labelled set', () => {
  const documents = loadLabelledSet(repositoryRoot(import.meta.url));
  const seeds = documents.filter((d) => d.subset === 'seed');

  it('given the labelled set, then it has the four seeds and at least 60 written examples', () => {
    expect(seeds).toHaveLength(4);
    expect(documents.length - seeds.length).toBeGreaterThanOrEqual(60);
  });

  it('given the four seed documents, when scored, then F1 with counts and dates right is at least 0.9', () => {
    const report = evaluate(seeds, extractFacts);
    if (report.strict.f1 < 0.9) console.log(formatReport('Seed documents', report, true));
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.strict.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('given the full labelled set, when scored, then F1 is at least 0.85', () => {
    const report = evaluate(documents, extractFacts);
    if (report.overall.f1 < 0.85) console.log(formatReport('Full labelled set', report, true));
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.85);
  });
});
