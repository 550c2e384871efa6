import { join } from 'node:path';
import type { ExtractedFact } from '../../../src/ingestion/extraction/extracted-fact.js';
import { extractFacts } from '../../../src/ingestion/extraction/extract-facts.js';
import { formatRealSetScore } from '../../../src/ingestion/extraction/evaluation/format-real-set.js';
import { type GoldFact, loadRealSet, type RealText, repositoryRoot } from '../../../src/ingestion/extraction/evaluation/real-set.js';
import { scoreRealSet, typeFamily } from '../../../src/ingestion/extraction/evaluation/score-real-set.js';

const root = repositoryRoot(import.meta.url);

const text = (facts: GoldFact[], extra: Partial<RealText['gold']> = {}): RealText => ({
  gold: { file: 'toy.txt', facts, ...extra },
  body: 'Ruritania acted. Something else happened.',
  publishedAt: null,
});
const gold = (over: Partial<GoldFact> = {}): GoldFact => ({ type: 'DiplomatsExpelled', actor: { country: 'NOR' }, target: 'SWE', ...over });
const fact = (over: { type?: ExtractedFact['type']; actor?: string | null; target?: string; modality?: ExtractedFact['values']['modality']; change?: number; start?: number } = {}): ExtractedFact => ({
  type: over.type ?? 'DiplomatsExpelled',
  values: {
    actor: over.actor === null ? { country: null, organisation: 'Arab League', name: null } : { country: over.actor ?? 'NOR', organisation: null, name: null },
    target: { country: over.target ?? 'SWE', organisation: null, name: null },
    counts: over.change === undefined ? null : { from: null, to: null, change: over.change, approximate: false },
    places: [],
    validTime: { occurredOn: { value: '2020-05-05', precision: 'day' }, effectiveOn: null },
    modality: over.modality ?? 'enacted',
    cameo: null,
    detail: null,
  },
  provenance: { documentId: 'toy.txt', quote: 'Ruritania acted.', start: over.start ?? 0, end: 16 },
  confidence: 1,
});

describe('scoring a real set like the outside scorer', () => {
  it('given type names, then families group them by their words and keep opposites apart', () => {
    expect(typeFamily('EmbassyStaffRecalled')).toBe(typeFamily('AmbassadorRecalled'));
    expect(typeFamily('EntryBanImposed')).toBe(typeFamily('SanctionsEnacted'));
    expect(typeFamily('HighLevelContactsSuspended')).toBe(typeFamily('DiplomaticRelationsSuspended'));
    expect(typeFamily('DiplomaticRelationsRestored')).not.toBe(typeFamily('DiplomaticRelationsSuspended'));
    expect(typeFamily('SanctionsEased')).not.toBe(typeFamily('SanctionsEnacted'));
    expect(typeFamily('MissionReopened')).not.toBe(typeFamily('ConsulateClosed'));
  });

  it('given a fact of the same family and countries, then it matches; another target is a miss and an extra', () => {
    expect(scoreRealSet([text([gold({ type: 'AmbassadorRecalled' })])], () => [fact({ type: 'EmbassyStaffRecalled' })]).f1).toBe(1);
    const wrong = scoreRealSet([text([gold()])], () => [fact({ target: 'DNK' })]);
    expect(wrong).toMatchObject({ truePositives: 0, falseNegatives: 1, falsePositives: 1 });
  });

  it('given a threat of the act, then it is a statement: neither a match nor an extra', () => {
    const s = scoreRealSet([text([gold()])], () => [fact({ modality: 'threatened' })]);
    expect(s).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
  });

  it('given background and optional facts, then extracting them costs nothing and missing them costs nothing', () => {
    const s = scoreRealSet([text([gold({ background: true })], { optional_facts: [gold({ target: 'DNK' })] })], () => [fact(), fact({ target: 'DNK' })]);
    expect(s).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  });

  it('given a bloc as actor in the labels, then any actor matches; the count is checked unless a lone 1 is unstated', () => {
    const s = scoreRealSet([text([gold({ type: 'SanctionsEnacted', actor: { country: null }, count: 14 })])], () => [fact({ type: 'SanctionsEnacted', actor: null, change: 14 })]);
    expect(s).toMatchObject({ truePositives: 1, counted: 1, countsRight: 1 });
    const one = scoreRealSet([text([gold({ count: 1 })])], () => [fact()]);
    expect(one.counted).toBe(0);
  });

  it('given two texts reporting one act, then the second reads the fact the first left in the ledger, as the outside scorer does', () => {
    const texts = [text([gold({ count: 5 })], { file: 'first.txt' }), text([gold({ count: 5 })], { file: 'second.txt' })];
    const s = scoreRealSet(texts, (input) => [input.documentId === 'first.txt' ? fact({ change: 5 }) : fact()]);
    expect(s).toMatchObject({ truePositives: 2, falsePositives: 0, counted: 2, countsRight: 2 });
  });

  it('given a labelled non-event, when a fact that happened is extracted from its words, then it is counted', () => {
    const s = scoreRealSet([text([], { non_events: [{ quote: 'Ruritania acted.' }] })], () => [fact()]);
    expect(s.nonEventsExtracted).toBe(1);
  });
});

/**
 * The gates on real text, at what the extractor reaches today (docs/extraction.md, rounded down),
 * so a regression fails CI. extraction-dev: 71 texts nobody here wrote. extraction-real: 77 texts
 * from other outlets and years. extraction-heldout: 20 portal entries, F1 0.64 on their first run,
 * then used to check the restoration, reopening and easing rules. extraction-fresh: 36 texts of
 * outlets and years the others lack, labelled before the extractor read them: F1 0.76, counts 4/7
 * and 7 of 43 non-events extracted on that first run (extractor 2.1.0, after a fix that only made a
 * title-case headline terminate), which is the figure that predicts unseen text; the rules of 2.2.0
 * were then checked against it too, so it no longer is held out. extraction-fifth: 47 texts of
 * outlets and years the others lack (2004-2026), labelled before the extractor read them: F1 0.68,
 * counts 3/4 and 11 of 65 non-events extracted on its first run (extractor 2.2.0), which now predicts
 * unseen text; the rules of 2.3.0 were written for what that run showed (and for a read-back audit
 * of unlabelled real text), so it no longer is held out.
 */
const GATES = [
  { set: 'extraction-dev', texts: 71, f1: 0.92, counts: 10 / 10, nonEvents: 0 },
  { set: 'extraction-real', texts: 77, f1: 0.85, counts: 12 / 14, nonEvents: 0 },
  { set: 'extraction-heldout', texts: 20, f1: 1, counts: 1, nonEvents: 0 },
  { set: 'extraction-fresh', texts: 36, f1: 0.93, counts: 10 / 11, nonEvents: 0 },
  { set: 'extraction-fifth', texts: 47, f1: 0.94, counts: 4 / 5, nonEvents: 2 },
];

describe.each(GATES)('extractor accuracy on $set', (gate) => {
  const score = scoreRealSet(loadRealSet(join(root, 'test/fixtures', gate.set)), extractFacts);

  it('given its texts, then F1 on type, actor and target, counts right and non-events extracted hold at today\'s figures', () => {
    if (score.f1 < gate.f1) console.log(formatRealSetScore(gate.set, score, true));
    expect(score.texts).toBe(gate.texts);
    expect(score.f1).toBeGreaterThanOrEqual(gate.f1);
    expect(score.countsRight / score.counted).toBeGreaterThanOrEqual(gate.counts);
    expect(score.nonEventsExtracted).toBeLessThanOrEqual(gate.nonEvents);
  });
});
