import { extractFacts } from '../../../src/ingestion/extraction/extract-facts.js';
import { EXTRACTOR_VERSION, extractedOrigin } from '../../../src/ingestion/extraction/extractor-version.js';
import { join } from 'node:path';
import { loadRealSet, repositoryRoot } from '../../../src/ingestion/extraction/evaluation/real-set.js';
import { briefsOf, factsOf } from './facts-of.js';

const texts = loadRealSet(join(repositoryRoot(import.meta.url), 'test/fixtures/extraction-dev'));

describe('extractFacts', () => {
  it('given every real text, when extracted, then each quote is the verbatim text at its offsets and confidence is in 0..1', () => {
    for (const { gold, body, publishedAt } of texts) {
      for (const f of extractFacts({ documentId: gold.file, text: body, publishedAt })) {
        expect(body.slice(f.provenance.start, f.provenance.end)).toBe(f.provenance.quote);
        expect(f.provenance.documentId).toBe(gold.file);
        expect(f.confidence).toBeGreaterThan(0);
        expect(f.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('given the extractor, then its version is semver and is what extracted facts record as their origin', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(extractedOrigin(0.8)).toEqual({ method: 'extracted', extractorVersion: EXTRACTOR_VERSION, confidence: 0.8 });
  });

  it('given a sentence that names no party but continues an act, when extracted, then it completes that act in one quote', () => {
    const text = 'The US ordered that Russian diplomatic offices in San Francisco and Washington be closed. The consulate general and official residence in San Francisco was ordered to be closed on Saturday, as well as trade mission offices in New York.';
    const [f, ...rest] = factsOf(text, '2017-08-31');
    expect(rest).toEqual([]);
    expect(f!.provenance.quote).toBe(text);
    expect(f!.values.places.map((p) => `${p.name}:${p.facility}`)).toEqual(['San Francisco:consulate-general', 'Washington:diplomatic-mission', 'San Francisco:residence', 'New York:trade-mission']);
    expect(f!.values.validTime.effectiveOn).toEqual({ value: '2017-09-02', precision: 'day' });
  });

  it('given a quoted speaker, when a quoted act names no actor, then the speaker\'s country acts, at lower confidence', () => {
    const text = 'The Russian president said: “We waited long enough.\n“Of the more than a thousand employees working for the Americans, 755 will have to cease their activities.”';
    const [f] = factsOf(text, null);
    expect(f).toMatchObject({ type: 'StaffReductionOrdered', values: { actor: { country: 'RUS' }, target: { country: 'USA' } } });
    expect(f!.confidence).toBeLessThan(0.8);
  });

  it('given an act whose other side the text never names, when extracted, then no side is invented', () => {
    expect(briefsOf('A former diplomat who was expelled from Moscow in the 1980s has written a memoir.')).toEqual([]);
    expect(briefsOf('The expelled diplomats\' families are expected to leave on the same flight.')).toEqual([]);
  });

  it('given explicit segments with their own reference dates, when extracted, then each is dated by its own', () => {
    const text = 'Britain expels 23 Russian diplomats. Russia expels 23 British diplomats.';
    const facts = extractFacts({
      documentId: 'digest',
      text,
      publishedAt: null,
      segments: [
        { start: 0, end: 36, referenceDate: '2018-03-14', eventsOnReferenceDate: true, continuesPrevious: false },
        { start: 37, end: text.length, referenceDate: '2018-03-17', eventsOnReferenceDate: true, continuesPrevious: false },
      ],
    });
    expect(facts.map((f) => f.values.validTime.occurredOn?.value)).toEqual(['2018-03-14', '2018-03-17']);
  });
});
